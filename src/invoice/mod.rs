//! Invoice previews: the invoice an Orb subscription produces, computed line by line from
//! its price intervals, adjustment intervals and usage (BILLING_RULES.md 6).

mod adjust;
mod explanation;
mod fees;
#[allow(clippy::module_inception)]
mod invoice;
mod lines;
mod number;
mod orb;
mod preview;
mod pricing;
mod subscription;
mod usage;

pub use adjust::MAX_ADJUSTMENT_INTERVALS;
pub use fees::{MAX_PRICE_INTERVALS, MAX_TRANSITIONS};
pub use invoice::{Invoice, InvoiceLine, InvoiceLineKind, LineAdjustment};
pub use number::OrbNumber;
pub use orb::*;
pub use preview::{preview_invoice, PreviewInvoiceInput, PreviewRequest};
pub use subscription::{Subscription, MAX_NET_TERMS};
pub use usage::{UsageGroup, UsageSpec, MAX_USAGE_ENTRIES};

use crate::names::check_name;

/// `check` run with an empty field name, then again with `field()` only when it fails, so
/// that its error names the field: the paths of values read were most of a preview's
/// allocations, and only an error reads one. `check` is pure, so the second run fails the
/// same way.
pub(crate) fn named<T>(
    check: impl Fn(&str) -> crate::Result<T>,
    field: impl FnOnce() -> String,
) -> crate::Result<T> {
    check("").or_else(|_| check(&field()))
}

/// An id or a name the invoice repeats on its lines, once [`check_name`] accepts it: shared,
/// so that each line holds it without a copy.
pub(crate) fn read_name(
    text: &str,
    field: impl FnOnce() -> String,
) -> crate::Result<std::sync::Arc<str>> {
    named(|at| check_name(text, at), field).map(std::sync::Arc::from)
}

/// The sum of `amounts`, or `out_of_range` at `field` when it leaves what a decimal holds:
/// `Sum` for `Decimal` panics on overflow, and a panic in wasm kills the page's module.
pub(crate) fn checked_sum(
    amounts: impl IntoIterator<Item = rust_decimal::Decimal>,
    field: &str,
) -> crate::Result<rust_decimal::Decimal> {
    amounts
        .into_iter()
        .try_fold(rust_decimal::Decimal::ZERO, |sum, amount| {
            sum.checked_add(amount)
        })
        .ok_or_else(|| {
            crate::Error::new(
                crate::ErrorCode::OutOfRange,
                field,
                "the amounts are too large to add up exactly",
            )
        })
}

/// `amount * used / total`, rounded once to `currency` by `rounding`, or `out_of_range` at
/// `field` when the integers overflow.
pub(crate) fn round_share(
    amount: rust_decimal::Decimal,
    (used, total): (i64, i64),
    currency: &crate::money::Currency,
    rounding: crate::money::RoundingMode,
    field: &str,
) -> crate::Result<rust_decimal::Decimal> {
    crate::money::share(
        amount,
        i128::from(used),
        i128::from(total),
        currency.scale,
        rounding,
    )
    .ok_or_else(|| {
        crate::Error::new(
            crate::ErrorCode::OutOfRange,
            field,
            "the amounts are too large to round exactly",
        )
    })
}
