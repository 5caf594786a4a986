//! `preview_invoice`: the invoice an Orb subscription produces when a billing period starts.

use std::cell::Cell;
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::calendar::billing_calendar::BillingCalendar;
use crate::calendar::instant::parse_instant;
use crate::calendar::periods::{Period, MAX_PERIODS};
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::invoice::adjust::Adjuster;
use crate::invoice::invoice::{Invoice, InvoiceLine};
use crate::invoice::lines::LineContext;
use crate::invoice::orb::OrbSubscription;
use crate::invoice::subscription::Subscription;
use crate::invoice::usage::{check_usage_size, Usage, UsageSpec};
use crate::invoice::{checked_sum, named};
use crate::money::{share, Currency, CurrencySpec, RoundingMode};
use crate::proration::ProrationUnit;

/// What [`preview_invoice`] reads: an Orb subscription as Orb's API returns it, the usage
/// of its usage prices, and which invoice.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PreviewInvoiceInput {
    /// The subscription (Orb's Subscription object; unread fields are ignored).
    pub subscription: OrbSubscription,
    /// Usage over the period billed in arrears, by price interval id or price id.
    #[serde(default)]
    pub usage: Option<BTreeMap<String, UsageSpec>>,
    /// The invoice that opens billing period `period_index` (0: the first, at the start).
    #[serde(default)]
    pub period_index: Option<i64>,
    /// Or the invoice that opens the billing period holding this instant.
    #[serde(default)]
    pub at: Option<String>,
    /// The currency, overriding the plan's (a custom unit such as Orb's credits).
    #[serde(default)]
    pub currency: Option<CurrencySpec>,
    /// How lines and adjustments round; `half_up` when absent.
    #[serde(default)]
    pub rounding: Option<RoundingMode>,
    /// `day` (Orb's, the default) or `second`, for prorations.
    #[serde(default)]
    pub unit: Option<ProrationUnit>,
}

/// The invoice an Orb subscription produces when one of its billing periods starts
/// (BILLING_RULES.md 6): fixed fees in advance for that period (prorated when it is
/// partial), one-time fees starting in it, and for the period before it: fixed fees in
/// arrears, usage priced by Orb's models, and the credits and charges of changes to fees paid
/// in advance. Adjustments apply in Orb's order; each line is rounded once, and the total is
/// the sum of the lines. The customer's balance is applied after the total.
///
/// ```
/// use billkit::invoice::{preview_invoice, PreviewInvoiceInput};
///
/// // Orb's invoice calculation Example 1: 150,000 calls over three graduated tiers.
/// let input: PreviewInvoiceInput = serde_json::from_str(r#"{
///   "subscription": {
///     "start_date": "2024-01-01", "plan": { "currency": "USD" },
///     "price_intervals": [{ "start_date": "2024-01-01", "price": {
///       "id": "api_calls", "model_type": "tiered", "price_type": "usage_price", "cadence": "monthly",
///       "tiered_config": { "tiers": [
///         { "first_unit": 0, "last_unit": 10000, "unit_amount": "0.001" },
///         { "first_unit": 10000, "last_unit": 100000, "unit_amount": "0.0008" },
///         { "first_unit": 100000, "last_unit": null, "unit_amount": "0.0005" } ] } } }]
///   },
///   "usage": { "api_calls": 150000 }, "period_index": 1
/// }"#).unwrap();
/// let invoice = preview_invoice(&input)?;
/// assert_eq!(invoice.total.to_string(), "107.00");
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// `invalid_input` for a missing or unsupported field (a price model billkit does not
/// price, a usage price whose cadence is not the billing cadence), `invalid_date`,
/// `invalid_timezone`, `invalid_currency`, `invalid_amount` and `out_of_range`, each naming
/// its field (`subscription.price_intervals[2].price.tiered_config.tiers[1].unit_amount`).
/// The subscription is checked first, as [`Subscription::new`] checks it: with faults in
/// both, the error names the subscription's.
pub fn preview_invoice(input: &PreviewInvoiceInput) -> Result<Invoice> {
    Subscription::new(&input.subscription)?.invoice(&Request {
        usage: input.usage.as_ref(),
        period_index: input.period_index,
        at: input.at.as_deref(),
        currency: input.currency.as_ref(),
        rounding: input.rounding.unwrap_or_default(),
        unit: input.unit.unwrap_or_default(),
    })
}

/// What [`Subscription::preview`] reads: which invoice of the subscription, the usage it
/// bills, and how: the fields of [`PreviewInvoiceInput`] but the subscription.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct PreviewRequest {
    /// Usage over the period billed in arrears, by price interval id or price id.
    #[serde(default)]
    pub usage: Option<BTreeMap<String, UsageSpec>>,
    /// The invoice that opens billing period `period_index` (0: the first, at the start).
    #[serde(default)]
    pub period_index: Option<i64>,
    /// Or the invoice that opens the billing period holding this instant.
    #[serde(default)]
    pub at: Option<String>,
    /// The currency, overriding the plan's (a custom unit such as Orb's credits).
    #[serde(default)]
    pub currency: Option<CurrencySpec>,
    /// How lines and adjustments round; `half_up` when absent.
    #[serde(default)]
    pub rounding: Option<RoundingMode>,
    /// `day` (Orb's, the default) or `second`, for prorations.
    #[serde(default)]
    pub unit: Option<ProrationUnit>,
}

/// A request's fields, borrowed from a [`PreviewRequest`] or a [`PreviewInvoiceInput`].
struct Request<'a> {
    usage: Option<&'a BTreeMap<String, UsageSpec>>,
    period_index: Option<i64>,
    at: Option<&'a str>,
    currency: Option<&'a CurrencySpec>,
    rounding: RoundingMode,
    unit: ProrationUnit,
}

impl Subscription {
    /// The invoice `request` asks for, as [`preview_invoice`] computes it.
    ///
    /// # Errors
    ///
    /// Those of [`preview_invoice`] for the request's own fields (`usage.calls`,
    /// `period_index`, `at`, `currency`, `rounding`, `unit`), and `out_of_range` when the
    /// amounts outgrow what a decimal holds.
    pub fn preview(&self, request: &PreviewRequest) -> Result<Invoice> {
        self.invoice(&Request {
            usage: request.usage.as_ref(),
            period_index: request.period_index,
            at: request.at.as_deref(),
            currency: request.currency.as_ref(),
            rounding: request.rounding.unwrap_or_default(),
            unit: request.unit.unwrap_or_default(),
        })
    }

    fn invoice(&self, request: &Request<'_>) -> Result<Invoice> {
        let currency = self.currency(request.currency)?;
        let (period, previous) = select(request, &self.periods, self.zone)?;
        let usage = read_usage(request.usage)?;
        let (unit, rounding) = (request.unit, request.rounding);
        let context = LineContext {
            fees: &self.fees,
            calendars: &self.calendars,
            fee_calendars: &self.fee_calendars,
            found: Cell::default(),
            usage: &usage,
            unit,
            currency: &currency,
            rounding,
        };
        let drafts = context.lines(&period, previous.as_ref())?;
        let adjusted = Adjuster {
            fees: &self.fees,
            unit,
            currency: &currency,
            rounding,
        }
        .apply(&self.adjustments, &drafts)?;
        let lines: Vec<InvoiceLine> = drafts
            .into_iter()
            .zip(adjusted.amounts)
            .zip(adjusted.shares)
            .filter_map(|((draft, amount), adjustments)| {
                let fee = self.fees.get(draft.fee)?;
                Some(InvoiceLine {
                    kind: draft.kind,
                    name: fee.name.clone(),
                    price_id: fee.price_id.clone(),
                    price_interval_id: fee.interval_id.clone(),
                    start: draft.start,
                    end: Some(draft.end),
                    quantity: draft.quantity,
                    unit_amount: draft.unit_amount,
                    subtotal: draft.subtotal,
                    adjustments,
                    amount,
                    explanation: draft.explanation,
                })
            })
            .collect();
        let subtotal = checked_sum(lines.iter().map(|line| line.subtotal), "subscription")?;
        let total = checked_sum(lines.iter().map(|line| line.amount), "subscription")?;
        let balance_applied = self.balance_applied(total, &currency, rounding)?;
        Ok(Invoice {
            currency: currency.code.clone(),
            invoice_date: period.start,
            due_date: self.due_date(period.start)?,
            period,
            previous_period: previous,
            lines,
            subtotal,
            total,
            balance_applied,
            amount_due: checked_sum([total, -balance_applied], "subscription.customer.balance")?,
        })
    }

    /// Orb's balance, rounded to the currency: positive credit covers the total up to what
    /// it holds; a negative balance is owed and added.
    fn balance_applied(
        &self,
        total: Decimal,
        currency: &Currency,
        rounding: RoundingMode,
    ) -> Result<Decimal> {
        let Some(balance) = self.balance else {
            return Ok(Decimal::ZERO);
        };
        let balance = share(balance, 1, 1, currency.scale, rounding).ok_or_else(|| {
            Error::new(
                ErrorCode::OutOfRange,
                "subscription.customer.balance",
                "the balance is too large",
            )
        })?;
        Ok(if balance > Decimal::ZERO {
            balance.min(total.max(Decimal::ZERO))
        } else {
            balance
        })
    }
}

/// The billing period the invoice opens, and the one before it.
fn select(
    input: &Request<'_>,
    periods: &BillingCalendar,
    zone: Zone,
) -> Result<(Period, Option<Period>)> {
    let out_of_subscription = |field: &str| {
        Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("`{field}` is outside the subscription's billing periods"),
        )
    };
    let period = match (input.period_index, input.at) {
        (Some(index), None) => {
            if !(0..MAX_PERIODS).contains(&index) {
                return Err(Error::new(
                    ErrorCode::OutOfRange,
                    "period_index",
                    format!("`period_index` is 0 to {}", MAX_PERIODS - 1),
                ));
            }
            let count = usize::try_from(index).unwrap_or(0).saturating_add(1);
            let mut found = periods.periods(count)?;
            if found.len() < count {
                return Err(out_of_subscription("period_index"));
            }
            let period = found
                .pop()
                .ok_or_else(|| out_of_subscription("period_index"))?;
            // Periods are contiguous: the one walked before is the one before.
            return Ok((period, found.pop()));
        }
        (None, Some(at)) => {
            let at = parse_instant(at, zone, "at")?;
            periods
                .period_at(at)?
                .ok_or_else(|| out_of_subscription("at"))?
        }
        _ => {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "period_index",
                "give either `period_index` or `at`, to say which invoice",
            ))
        }
    };
    let previous = match period
        .start
        .checked_sub_signed(chrono::Duration::seconds(1))
    {
        Some(before) => periods.period_at(before)?,
        None => None,
    };
    Ok((period, previous))
}

fn read_usage(usage: Option<&BTreeMap<String, UsageSpec>>) -> Result<BTreeMap<&str, Usage>> {
    let Some(usage) = usage else {
        return Ok(BTreeMap::new());
    };
    check_usage_size(usage)?;
    // Inserted one by one: collecting into a map would sort the pairs first, and link a copy
    // of the standard sort into the module for that alone (they come sorted already).
    let mut read = BTreeMap::new();
    for (id, spec) in usage {
        let usage = named(|at| Usage::read(spec, at), || format!("usage.{id}"))?;
        read.insert(id.as_str(), usage);
    }
    Ok(read)
}
