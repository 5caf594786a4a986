//! What a preview returns: Orb's invoice, line by line.

use std::sync::Arc;

use chrono::DateTime;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::calendar::instant::{serialize_instant, serialize_optional_instant};
use crate::calendar::periods::Period;
use crate::calendar::Zone;
use crate::proration::serialize_decimal;

/// The invoice a subscription produces when a billing period starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invoice {
    /// The currency's code.
    pub currency: String,
    /// When the invoice is issued: the start of `period`.
    #[serde(serialize_with = "serialize_instant")]
    pub invoice_date: DateTime<Zone>,
    /// `net_terms` local days after the issue date.
    #[serde(serialize_with = "serialize_instant")]
    pub due_date: DateTime<Zone>,
    /// The billing period the invoice opens: its fixed fees in advance pay for it.
    pub period: Period,
    /// The period before it, billed in arrears (usage, fees in arrears, changes), if any.
    pub previous_period: Option<Period>,
    /// The lines, in order: fees in advance, one-time fees, fees in arrears, usage, then
    /// the credits and charges of changes.
    pub lines: Vec<InvoiceLine>,
    /// The lines before adjustments.
    #[serde(serialize_with = "serialize_decimal")]
    pub subtotal: Decimal,
    /// The lines after adjustments: always the sum of the lines' `amount`.
    #[serde(serialize_with = "serialize_decimal")]
    pub total: Decimal,
    /// What the customer's balance covers (negative when the customer owes it).
    #[serde(serialize_with = "serialize_decimal")]
    pub balance_applied: Decimal,
    /// `total` less `balance_applied`.
    #[serde(serialize_with = "serialize_decimal")]
    pub amount_due: Decimal,
}

/// What a line bills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceLineKind {
    /// A fixed fee for the period that starts.
    InAdvance,
    /// A one-time fee.
    OneTime,
    /// A fixed fee for the period that ended.
    InArrears,
    /// Usage over the period that ended.
    Usage,
    /// Unused time of a fee paid in advance, given back after a change.
    Credit,
    /// A fee paid in advance, for the rest of its period after a change.
    Charge,
}

impl InvoiceLineKind {
    /// The kind's snake_case name, as serde writes it: `in_advance`, `credit`.
    pub const fn as_str(self) -> &'static str {
        match self {
            InvoiceLineKind::InAdvance => "in_advance",
            InvoiceLineKind::OneTime => "one_time",
            InvoiceLineKind::InArrears => "in_arrears",
            InvoiceLineKind::Usage => "usage",
            InvoiceLineKind::Credit => "credit",
            InvoiceLineKind::Charge => "charge",
        }
    }
}

/// One line: a price over a service period, rounded once, then adjusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvoiceLine {
    /// What the line bills.
    pub kind: InvoiceLineKind,
    /// The price's name (shared by the price's lines).
    pub name: Arc<str>,
    /// The price's id.
    pub price_id: Arc<str>,
    /// The price interval's id.
    pub price_interval_id: Option<Arc<str>>,
    /// The service period's first instant.
    #[serde(serialize_with = "serialize_instant")]
    pub start: DateTime<Zone>,
    /// The service period's end.
    #[serde(serialize_with = "serialize_optional_instant")]
    pub end: Option<DateTime<Zone>>,
    /// The fixed quantity, or the usage.
    #[serde(serialize_with = "serialize_decimal")]
    pub quantity: Decimal,
    /// The amount per unit, for prices with one rate.
    #[serde(serialize_with = "serialize_optional_decimal")]
    pub unit_amount: Option<Decimal>,
    /// The amount before adjustments, rounded once.
    #[serde(serialize_with = "serialize_decimal")]
    pub subtotal: Decimal,
    /// The adjustments applied, in Orb's order.
    pub adjustments: Vec<LineAdjustment>,
    /// `subtotal` plus the adjustments: what the line charges.
    #[serde(serialize_with = "serialize_decimal")]
    pub amount: Decimal,
    /// For people: `14/31 days of 3 × 10.00`.
    pub explanation: String,
}

/// An adjustment's share of one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineAdjustment {
    /// The adjustment's id, when it has one.
    pub adjustment_id: Option<Arc<str>>,
    /// `usage_discount`, `amount_discount`, `percentage_discount`, `minimum` or `maximum`.
    pub adjustment_type: &'static str,
    /// What it adds to the line (negative for discounts).
    #[serde(serialize_with = "serialize_decimal")]
    pub amount: Decimal,
}

fn serialize_optional_decimal<S: serde::Serializer>(
    value: &Option<Decimal>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serialize_decimal(value, serializer),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::InvoiceLineKind;

    #[test]
    fn kind_names_are_the_serde_names() {
        for kind in [
            InvoiceLineKind::InAdvance,
            InvoiceLineKind::OneTime,
            InvoiceLineKind::InArrears,
            InvoiceLineKind::Usage,
            InvoiceLineKind::Credit,
            InvoiceLineKind::Charge,
        ] {
            assert_eq!(
                serde_json::to_string(&kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
    }
}
