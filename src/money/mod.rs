//! Money: exact decimal amounts, currencies with their minor units, rounding once by an
//! explicit mode, and splits whose pieces add up.

mod allocate;
mod amount;
mod currency;
mod decimal_text;
mod fraction;
mod quantity;
mod rounding;
mod wide;

pub use allocate::{allocate, allocate_amount, AllocateInput, MAX_PIECES};
pub use amount::{parse_amount, parse_decimal, DecimalText, MAX_INTEGER_DIGITS, MAX_SCALE};
pub use currency::{Currency, CurrencySpec};
pub(crate) use decimal_text::push_decimal;
pub use fraction::{exact_share, share};
pub use quantity::{parse_quantity, QuantityText};
pub use rounding::RoundingMode;
