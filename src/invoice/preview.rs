//! `preview_invoice`: the invoice an Orb subscription produces when a billing period starts.

use std::collections::BTreeMap;

use chrono::{DateTime, Days};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::calendar::billing_calendar::BillingCalendar;
use crate::calendar::cadence::{Cadence, CadenceSpec};
use crate::calendar::instant::parse_instant;
use crate::calendar::periods::{BillingPeriodsInput, Period, MAX_PERIODS};
use crate::calendar::zone::{customer_zone, start_of_day};
use crate::error::{Error, ErrorCode, Result};
use crate::invoice::adjust::{read_adjustments, Adjuster};
use crate::invoice::fees::{read_fees, Billing, Fee};
use crate::invoice::invoice::{Invoice, InvoiceLine};
use crate::invoice::lines::LineContext;
use crate::invoice::orb::OrbSubscription;
use crate::invoice::usage::{check_usage_size, Usage, UsageSpec};
use crate::invoice::{checked_sum, named};
use crate::money::{parse_amount, share, Currency, CurrencySpec, RoundingMode};
use crate::proration::ProrationUnit;

/// The longest net terms, in days.
pub const MAX_NET_TERMS: i64 = 3_650;

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
pub fn preview_invoice(input: &PreviewInvoiceInput) -> Result<Invoice> {
    let subscription = &input.subscription;
    let timezone = subscription
        .customer
        .as_ref()
        .and_then(|customer| customer.timezone.as_deref());
    let zone = customer_zone(timezone)
        .map_err(|error| renamed(error, "subscription.customer.timezone"))?;
    let start = parse_instant(&subscription.start_date, zone, "subscription.start_date")?;
    let currency = currency_of(input)?;
    let fees = read_fees(&subscription.price_intervals, start, zone)?;
    let billing = billing_cadence(&fees)?;
    let calendar = |cadence: &CadenceSpec| {
        BillingCalendar::new(&BillingPeriodsInput {
            start: subscription.start_date.clone(),
            timezone: timezone.map(str::to_owned),
            cadence: cadence.clone(),
            anchor: subscription.billing_cycle_anchor_configuration,
            end: subscription.end_date.clone(),
            count: None,
        })
        .map_err(in_subscription)
    };
    let periods = calendar(&billing)?;
    let (period, previous) = select(input, &periods, zone)?;
    let usage = read_usage(input.usage.as_ref())?;
    let unit = input.unit.unwrap_or_default();
    let rounding = input.rounding.unwrap_or_default();
    let context = LineContext {
        fees: &fees,
        calendars: fee_calendars(&fees, &billing, &periods, calendar)?,
        usage: &usage,
        unit,
        currency: &currency,
        rounding,
    };
    let drafts = context.lines(&period, previous.as_ref())?;
    let adjustments = read_adjustments(
        subscription.adjustment_intervals.as_deref().unwrap_or(&[]),
        zone,
    )?;
    let adjusted = Adjuster {
        fees: &fees,
        unit,
        currency: &currency,
        rounding,
    }
    .apply(&adjustments, &drafts)?;
    let lines: Vec<InvoiceLine> = drafts
        .into_iter()
        .zip(adjusted.amounts)
        .zip(adjusted.shares)
        .filter_map(|((draft, amount), adjustments)| {
            let fee = fees.get(draft.fee)?;
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
    let balance_applied = balance_applied(subscription, total, &currency, rounding)?;
    Ok(Invoice {
        currency: currency.code.clone(),
        invoice_date: period.start,
        due_date: due_date(subscription, period.start, zone)?,
        period,
        previous_period: previous,
        lines,
        subtotal,
        total,
        balance_applied,
        amount_due: checked_sum([total, -balance_applied], "subscription.customer.balance")?,
    })
}

/// Each fee's calendar: the billing calendar for fees on the billing cadence, one shared
/// calendar per other cadence.
fn fee_calendars(
    fees: &[Fee],
    billing: &CadenceSpec,
    periods: &BillingCalendar,
    calendar: impl Fn(&CadenceSpec) -> Result<BillingCalendar>,
) -> Result<Vec<Option<BillingCalendar>>> {
    let mut built: Vec<(&CadenceSpec, BillingCalendar)> = vec![(billing, periods.clone())];
    let mut calendars = Vec::with_capacity(fees.len());
    for fee in fees {
        let Some((_, spec)) = &fee.cadence else {
            calendars.push(None);
            continue;
        };
        let found = built
            .iter()
            .find(|(known, _)| *known == spec)
            .map(|(_, calendar)| calendar.clone());
        let own = match found {
            Some(own) => own,
            None => {
                let own = calendar(spec)?;
                built.push((spec, own.clone()));
                own
            }
        };
        calendars.push(Some(own));
    }
    Ok(calendars)
}

/// The billing period the invoice opens, and the one before it.
fn select(
    input: &PreviewInvoiceInput,
    periods: &BillingCalendar,
    zone: Tz,
) -> Result<(Period, Option<Period>)> {
    let out_of_subscription = |field: &str| {
        Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("`{field}` is outside the subscription's billing periods"),
        )
    };
    let period = match (input.period_index, input.at.as_deref()) {
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
            found
                .pop()
                .ok_or_else(|| out_of_subscription("period_index"))?
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

/// The shortest recurring cadence: every other must be a whole multiple of it, and usage
/// prices must bill on it.
fn billing_cadence(fees: &[Fee]) -> Result<CadenceSpec> {
    let recurring: Vec<(&Fee, Cadence, &CadenceSpec)> = fees
        .iter()
        .filter_map(|fee| {
            fee.cadence
                .as_ref()
                .map(|(cadence, spec)| (fee, *cadence, spec))
        })
        .collect();
    let Some((_, shortest, spec)) = recurring.iter().find(|(_, cadence, _)| {
        recurring
            .iter()
            .all(|(_, other, _)| other.is_multiple_of(*cadence))
    }) else {
        let field = recurring
            .first()
            .map_or("subscription.price_intervals".to_owned(), |(fee, _, _)| {
                format!("{}.price.cadence", fee.field())
            });
        return Err(Error::new(
            ErrorCode::InvalidInput,
            field,
            if recurring.is_empty() {
                "a subscription needs a recurring price to have billing periods"
            } else {
                "every price's cadence must be a whole multiple of the shortest one"
            },
        ));
    };
    if let Some((fee, _, _)) = recurring
        .iter()
        .find(|(fee, cadence, _)| fee.billing == Billing::Usage && cadence != shortest)
    {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{}.price.cadence", fee.field()),
            "usage prices bill on the subscription's shortest cadence",
        ));
    }
    Ok((*spec).clone())
}

fn currency_of(input: &PreviewInvoiceInput) -> Result<Currency> {
    if let Some(spec) = &input.currency {
        return Currency::resolve(spec, "currency");
    }
    let subscription = &input.subscription;
    let candidates = [
        (
            "subscription.plan.currency",
            subscription
                .plan
                .as_ref()
                .and_then(|plan| plan.currency.as_ref()),
        ),
        (
            "subscription.customer.currency",
            subscription
                .customer
                .as_ref()
                .and_then(|customer| customer.currency.as_ref()),
        ),
    ];
    let (field, code) = candidates
        .into_iter()
        .find_map(|(field, code)| code.map(|code| (field, code)))
        .ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidInput,
                "currency",
                "no currency: give `currency`, or a subscription whose plan or customer has one",
            )
        })?;
    Currency::resolve(&CurrencySpec::Iso(code.clone()), field)
}

fn read_usage(usage: Option<&BTreeMap<String, UsageSpec>>) -> Result<BTreeMap<String, Usage>> {
    let Some(usage) = usage else {
        return Ok(BTreeMap::new());
    };
    check_usage_size(usage)?;
    usage
        .iter()
        .map(|(id, spec)| {
            let usage = named(|at| Usage::read(spec, at), || format!("usage.{id}"))?;
            Ok((id.clone(), usage))
        })
        .collect()
}

/// Orb's balance, rounded to the currency: positive credit covers the total up to what it
/// holds; a negative balance is owed and added.
fn balance_applied(
    subscription: &OrbSubscription,
    total: Decimal,
    currency: &Currency,
    rounding: RoundingMode,
) -> Result<Decimal> {
    let Some(balance) = subscription
        .customer
        .as_ref()
        .and_then(|customer| customer.balance.as_ref())
    else {
        return Ok(Decimal::ZERO);
    };
    let balance = parse_amount(balance, "subscription.customer.balance")?;
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

/// The issue date plus net terms, in local days: the first instant of that local day, as
/// invoices are issued at the start of a local day.
fn due_date(
    subscription: &OrbSubscription,
    issued: DateTime<Tz>,
    zone: Tz,
) -> Result<DateTime<Tz>> {
    let (field, terms) = match (
        subscription.net_terms,
        subscription.plan.as_ref().and_then(|plan| plan.net_terms),
    ) {
        (Some(terms), _) => ("subscription.net_terms", terms),
        (None, Some(terms)) => ("subscription.plan.net_terms", terms),
        (None, None) => ("subscription.net_terms", 0),
    };
    if !(0..=MAX_NET_TERMS).contains(&terms) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("net terms are 0 to {MAX_NET_TERMS} days"),
        ));
    }
    if terms == 0 {
        return Ok(issued);
    }
    issued
        .date_naive()
        .checked_add_days(Days::new(terms.unsigned_abs()))
        .and_then(|date| start_of_day(date, zone))
        .ok_or_else(|| {
            Error::new(
                ErrorCode::OutOfRange,
                field,
                "the due date is past the supported years",
            )
        })
}

/// A calendar error named as the subscription's field.
fn in_subscription(error: Error) -> Error {
    let field = match error.field() {
        "start" => "subscription.start_date",
        "end" => "subscription.end_date",
        "timezone" => "subscription.customer.timezone",
        "cadence" | "cadence.unit" | "cadence.count" => "subscription.price_intervals",
        other if other.starts_with("anchor") => "subscription.billing_cycle_anchor_configuration",
        _ => return error,
    };
    renamed(error, field)
}

fn renamed(error: Error, field: &str) -> Error {
    Error::new(error.code(), field, error.message())
}
