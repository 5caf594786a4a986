//! Changes in the middle of a period, as the credit and charge lines they cause.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::calendar::instant::parse_instant;
use crate::calendar::zone::customer_zone;
use crate::error::{Error, ErrorCode, Result};
use crate::money::{
    exact_share, parse_amount, parse_quantity, share, Currency, CurrencySpec, DecimalText,
    QuantityText, RoundingMode,
};
use crate::proration::measure::ProrationUnit;
use crate::proration::prorate::{serialize_decimal, Span};

/// What changed, and the amounts before and after.
///
/// Read from `{ "type": "plan_change", ... }` through a flat object: serde's internally
/// tagged enums buffer the whole input first, which cost 20 KB of wasm and lost the field
/// paths of errors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "ChangeFields")]
pub enum Change {
    /// A plan change: credits the unused part of the old in-advance fee and charges the new
    /// fee for the rest of the period.
    PlanChange {
        /// The old plan's fee for the whole period.
        old_amount: DecimalText,
        /// The new plan's fee for the whole period.
        new_amount: DecimalText,
    },
    /// A fixed-fee quantity change: charges (or credits) the prorated difference.
    QuantityChange {
        /// The fee per unit for the whole period.
        unit_amount: DecimalText,
        /// The quantity before the change.
        old_quantity: QuantityText,
        /// The quantity from the change on.
        new_quantity: QuantityText,
    },
    /// A cancellation: credits the unused part of the in-advance fee.
    Cancellation {
        /// The fee for the whole period.
        amount: DecimalText,
    },
}

/// The kinds of [`Change`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ChangeKind {
    PlanChange,
    QuantityChange,
    Cancellation,
}

/// A [`Change`] as its JSON object, every field optional until the `type` says which.
#[derive(Deserialize)]
struct ChangeFields {
    #[serde(rename = "type")]
    kind: ChangeKind,
    old_amount: Option<DecimalText>,
    new_amount: Option<DecimalText>,
    unit_amount: Option<DecimalText>,
    old_quantity: Option<QuantityText>,
    new_quantity: Option<QuantityText>,
    amount: Option<DecimalText>,
}

impl TryFrom<ChangeFields> for Change {
    type Error = String;

    fn try_from(fields: ChangeFields) -> std::result::Result<Change, String> {
        Ok(match fields.kind {
            ChangeKind::PlanChange => Change::PlanChange {
                old_amount: required(fields.old_amount, "old_amount", "plan_change")?,
                new_amount: required(fields.new_amount, "new_amount", "plan_change")?,
            },
            ChangeKind::QuantityChange => Change::QuantityChange {
                unit_amount: required(fields.unit_amount, "unit_amount", "quantity_change")?,
                old_quantity: required(fields.old_quantity, "old_quantity", "quantity_change")?,
                new_quantity: required(fields.new_quantity, "new_quantity", "quantity_change")?,
            },
            ChangeKind::Cancellation => Change::Cancellation {
                amount: required(fields.amount, "amount", "cancellation")?,
            },
        })
    }
}

/// `value`, or the message that a change of `kind` needs the field `name`.
fn required<T>(value: Option<T>, name: &str, kind: &str) -> std::result::Result<T, String> {
    value.ok_or_else(|| format!("a {kind} needs `{name}`"))
}

/// A change at instant `at` in the period `[period_start, period_end)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProrateChangeInput {
    /// Start of the nominal cycle the in-advance fee was for (a `Period`'s `cycle_start`).
    pub period_start: String,
    /// End of that cycle (`cycle_end`).
    pub period_end: String,
    /// When the change takes effect: the new state covers `[at, period_end)`.
    pub at: String,
    /// The customer's IANA zone; `UTC` when absent.
    #[serde(default)]
    pub timezone: Option<String>,
    /// `day` (the default) or `second`.
    #[serde(default)]
    pub unit: Option<ProrationUnit>,
    /// Round each line to this currency's minor unit; absent, lines are not rounded.
    #[serde(default)]
    pub currency: Option<CurrencySpec>,
    /// How to round; `half_up` when absent.
    #[serde(default)]
    pub rounding: Option<RoundingMode>,
    /// What changed.
    pub change: Change,
}

/// Whether a line takes money back or asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// A negative line: a refund of unused time.
    Credit,
    /// A positive line.
    Charge,
}

/// One line a change causes: rounded once from its exact value, with the fraction used and
/// a sentence that explains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProrationLine {
    /// Credit or charge.
    pub kind: LineKind,
    /// The line's amount, rounded once (negative for credits).
    #[serde(serialize_with = "serialize_decimal")]
    pub amount: Decimal,
    /// The same at full precision, before rounding.
    #[serde(serialize_with = "serialize_decimal")]
    pub exact: Decimal,
    /// Units (days or seconds) from the change to the period's end.
    pub used: i64,
    /// Units of the whole period.
    pub total: i64,
    /// For people: `Unused time on the old plan: 15/30 days of 10.00`.
    pub explanation: String,
}

/// The lines a mid-period change causes (BILLING_RULES.md 4). The change instant belongs to
/// the new state, which covers `[at, period_end)`; each line is its amount times that
/// fraction of the period, kept exact and rounded once.
///
/// ```
/// use billkit::money::CurrencySpec;
/// use billkit::proration::{prorate_change, Change, ProrateChangeInput};
///
/// // Stripe's example: $10 to $20 halfway through a 30-day month.
/// let lines = prorate_change(&ProrateChangeInput {
///     period_start: "2024-04-01".into(), period_end: "2024-05-01".into(), at: "2024-04-16".into(),
///     timezone: None, unit: None,
///     currency: Some(CurrencySpec::Iso("USD".into())), rounding: None,
///     change: Change::PlanChange { old_amount: "10.00".into(), new_amount: "20.00".into() },
/// })?;
/// let amounts: Vec<String> = lines.iter().map(|line| line.amount.to_string()).collect();
/// assert_eq!(amounts, ["-5.00", "10.00"]);
/// assert_eq!(lines[0].explanation, "Unused time on the old plan: 15/30 days of 10.00");
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// As [`crate::proration::prorate`], with `at` in place of `from`, and the fields of
/// `change` named under `change.`.
pub fn prorate_change(input: &ProrateChangeInput) -> Result<Vec<ProrationLine>> {
    let zone = customer_zone(input.timezone.as_deref())?;
    let currency = Currency::resolve_optional(input.currency.as_ref(), "currency")?;
    let period_start = parse_instant(&input.period_start, zone, "period_start")?;
    let period_end = parse_instant(&input.period_end, zone, "period_end")?;
    let at = parse_instant(&input.at, zone, "at")?;
    let span = Span::new(period_start, period_end, at, period_end)
        .map_err(|error| at_field(error, "from", "at"))?;
    let unit = input.unit.unwrap_or_default();
    let (used, total) = span.measure(unit, at)?;
    let line = LineMaker {
        used,
        total,
        unit,
        currency: currency.as_ref(),
        rounding: input.rounding.unwrap_or_default(),
    };
    match &input.change {
        Change::PlanChange {
            old_amount,
            new_amount,
        } => {
            let old = parse_amount(old_amount, "change.old_amount")?;
            let new = parse_amount(new_amount, "change.new_amount")?;
            Ok(vec![
                line.make(-old, format_args!("Unused time on the old plan"), old)?,
                line.make(new, format_args!("Remaining time on the new plan"), new)?,
            ])
        }
        Change::QuantityChange {
            unit_amount,
            old_quantity,
            new_quantity,
        } => {
            let price = parse_amount(unit_amount, "change.unit_amount")?;
            let old = parse_quantity(old_quantity, "change.old_quantity")?;
            let new = parse_quantity(new_quantity, "change.new_quantity")?;
            let step = new
                .checked_sub(old)
                .ok_or_else(|| too_large("change.new_quantity"))?;
            let difference = step
                .checked_mul(price)
                .ok_or_else(|| too_large("change.unit_amount"))?;
            let what = format_args!("Quantity {old} to {new}, {step} × {price}");
            Ok(vec![line.make(difference, what, difference.abs())?])
        }
        Change::Cancellation { amount } => {
            let fee = parse_amount(amount, "change.amount")?;
            Ok(vec![line.make(
                -fee,
                format_args!("Unused time after cancellation"),
                fee,
            )?])
        }
    }
}

/// Makes the lines of one change: the same fraction of the period for each.
pub(crate) struct LineMaker<'a> {
    pub(crate) used: i64,
    pub(crate) total: i64,
    pub(crate) unit: ProrationUnit,
    pub(crate) currency: Option<&'a Currency>,
    pub(crate) rounding: RoundingMode,
}

impl LineMaker<'_> {
    /// The line for `amount` (signed: negative for credits) times the fraction, explained as
    /// `what: used/total units of shown`.
    pub(crate) fn make(
        &self,
        amount: Decimal,
        what: fmt::Arguments,
        shown: Decimal,
    ) -> Result<ProrationLine> {
        let (used, total) = (i128::from(self.used), i128::from(self.total));
        let exact = exact_share(amount, used, total).ok_or_else(|| too_large("change"))?;
        let rounded = match self.currency {
            Some(currency) => share(amount, used, total, currency.scale, self.rounding)
                .ok_or_else(|| too_large("change"))?,
            None => exact,
        };
        Ok(ProrationLine {
            kind: if amount.is_sign_negative() && !amount.is_zero() {
                LineKind::Credit
            } else {
                LineKind::Charge
            },
            amount: rounded,
            exact,
            used: self.used,
            total: self.total,
            explanation: format!(
                "{what}: {}/{} {} of {shown}",
                self.used,
                self.total,
                self.unit.plural()
            ),
        })
    }
}

fn too_large(field: &str) -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        field,
        "the amounts are too large to prorate exactly",
    )
}

/// `error`, reported at `to` instead of `from` when that is where it was found.
fn at_field(error: Error, from: &str, to: &str) -> Error {
    if error.field() == from {
        Error::new(
            error.code(),
            to,
            error
                .message()
                .replace(&format!("`{from}`"), &format!("`{to}`")),
        )
    } else {
        error
    }
}
