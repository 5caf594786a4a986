//! Invoice previews: the invoice an Orb subscription produces, computed line by line from
//! its price intervals, adjustment intervals and usage (BILLING_RULES.md 6).

mod adjust;
mod fees;
#[allow(clippy::module_inception)]
mod invoice;
mod lines;
mod number;
mod orb;
mod preview;
mod pricing;
mod usage;

pub use adjust::MAX_ADJUSTMENT_INTERVALS;
pub use fees::{MAX_PRICE_INTERVALS, MAX_TRANSITIONS};
pub use invoice::{Invoice, InvoiceLine, InvoiceLineKind, LineAdjustment};
pub use number::OrbNumber;
pub use orb::*;
pub use preview::{preview_invoice, PreviewInvoiceInput, MAX_NET_TERMS};
pub use usage::{UsageGroup, UsageSpec, MAX_USAGE_ENTRIES};
