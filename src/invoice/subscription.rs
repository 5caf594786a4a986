//! An Orb subscription read and checked once, to preview any number of its invoices.

use std::borrow::Cow;

use chrono::{DateTime, Days};
use rust_decimal::Decimal;

use crate::calendar::billing_calendar::BillingCalendar;
use crate::calendar::cadence::{Cadence, CadenceSpec};
use crate::calendar::instant::parse_instant;
use crate::calendar::periods::BillingPeriodsInput;
use crate::calendar::zone::{customer_zone, start_of_day};
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::invoice::adjust::{read_adjustments, Adjustment};
use crate::invoice::fees::{read_fees, Billing, Fee};
use crate::invoice::orb::OrbSubscription;
use crate::money::{parse_amount, Currency, CurrencySpec};

/// The longest net terms, in days.
pub const MAX_NET_TERMS: i64 = 3_650;

/// An Orb subscription, read and checked: its zone, price intervals, billing calendars,
/// adjustment intervals, net terms and balance. [`Subscription::preview`] then computes any
/// of its invoices without reading the subscription again, which is what a page showing
/// "what will I pay" does as its visitor moves a usage slider or picks another month.
///
/// ```
/// use billkit::invoice::{OrbSubscription, PreviewRequest, Subscription};
///
/// // Orb's invoice calculation Example 1: 150,000 calls over three graduated tiers.
/// let orb: OrbSubscription = serde_json::from_str(r#"{
///   "start_date": "2024-01-01", "plan": { "currency": "USD" },
///   "price_intervals": [{ "start_date": "2024-01-01", "price": {
///     "id": "api_calls", "model_type": "tiered", "price_type": "usage_price", "cadence": "monthly",
///     "tiered_config": { "tiers": [
///       { "first_unit": 0, "last_unit": 10000, "unit_amount": "0.001" },
///       { "first_unit": 10000, "last_unit": 100000, "unit_amount": "0.0008" },
///       { "first_unit": 100000, "last_unit": null, "unit_amount": "0.0005" } ] } } }]
/// }"#).unwrap();
/// let subscription = Subscription::new(&orb)?;
/// for (calls, total) in [(150_000, "107.00"), (10_000, "10.00")] {
///     let request: PreviewRequest = serde_json::from_value(serde_json::json!({
///         "usage": { "api_calls": calls }, "period_index": 1
///     })).unwrap();
///     assert_eq!(subscription.preview(&request)?.total.to_string(), total);
/// }
/// # Ok::<(), billkit::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Subscription {
    pub(crate) zone: Zone,
    /// The plan's or the customer's currency, resolved once (its error kept for the previews
    /// that use it: a preview may give its own currency instead).
    pub(crate) currency: Option<Result<Currency>>,
    pub(crate) fees: Vec<Fee>,
    /// The billing calendar: periods on the shortest recurring cadence.
    pub(crate) periods: BillingCalendar,
    /// The fees' distinct calendars, the billing calendar first.
    pub(crate) calendars: Vec<BillingCalendar>,
    /// Each fee's calendar among them; `None` for one-time fees.
    pub(crate) fee_calendars: Vec<Option<usize>>,
    pub(crate) adjustments: Vec<Adjustment>,
    /// Local days from issue to due date, checked.
    pub(crate) net_terms: (&'static str, u64),
    /// The customer's balance (Orb: positive is a credit), unrounded.
    pub(crate) balance: Option<Decimal>,
}

impl Subscription {
    /// Reads and checks `subscription`: everything a preview reads of it, so that previews
    /// fail only on what they are given themselves.
    ///
    /// # Errors
    ///
    /// Those of [`crate::invoice::preview_invoice`] for the subscription's fields, each
    /// naming its field (`subscription.price_intervals[2].price.tiered_config`).
    pub fn new(subscription: &OrbSubscription) -> Result<Subscription> {
        let timezone = subscription
            .customer
            .as_ref()
            .and_then(|customer| customer.timezone.as_deref());
        let zone = customer_zone(timezone)
            .map_err(|error| renamed(error, "subscription.customer.timezone"))?;
        let start = parse_instant(&subscription.start_date, zone, "subscription.start_date")?;
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
        let (calendars, fee_calendars) = fee_calendars(&fees, &billing, &periods, calendar)?;
        let adjustments = read_adjustments(
            subscription.adjustment_intervals.as_deref().unwrap_or(&[]),
            zone,
        )?;
        Ok(Subscription {
            zone,
            currency: currency_of(subscription)
                .map(|(field, code)| Currency::resolve(&CurrencySpec::Iso(code), field)),
            fees,
            periods,
            calendars,
            fee_calendars,
            adjustments,
            net_terms: net_terms(subscription)?,
            balance: balance(subscription)?,
        })
    }

    /// The currency of a preview: `given`, else the plan's, else the customer's.
    pub(crate) fn currency(&self, given: Option<&CurrencySpec>) -> Result<Cow<'_, Currency>> {
        if let Some(spec) = given {
            return Currency::resolve(spec, "currency").map(Cow::Owned);
        }
        match &self.currency {
            Some(resolved) => resolved.as_ref().map(Cow::Borrowed).map_err(Error::clone),
            None => Err(Error::new(
                ErrorCode::InvalidInput,
                "currency",
                "no currency: give `currency`, or a subscription whose plan or customer has one",
            )),
        }
    }

    /// The issue date plus net terms, in local days: the first instant of that local day,
    /// as invoices are issued at the start of a local day.
    pub(crate) fn due_date(&self, issued: DateTime<Zone>) -> Result<DateTime<Zone>> {
        let (field, terms) = self.net_terms;
        if terms == 0 {
            return Ok(issued);
        }
        issued
            .date_naive()
            .checked_add_days(Days::new(terms))
            .and_then(|date| start_of_day(date, self.zone))
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::OutOfRange,
                    field,
                    "the due date is past the supported years",
                )
            })
    }
}

/// The plan's currency code, else the customer's, with the field it came from.
fn currency_of(subscription: &OrbSubscription) -> Option<(&'static str, String)> {
    let plan = subscription
        .plan
        .as_ref()
        .and_then(|plan| plan.currency.clone())
        .map(|code| ("subscription.plan.currency", code));
    plan.or_else(|| {
        subscription
            .customer
            .as_ref()
            .and_then(|customer| customer.currency.clone())
            .map(|code| ("subscription.customer.currency", code))
    })
}

/// The subscription's net terms, else its plan's, else 0; checked.
fn net_terms(subscription: &OrbSubscription) -> Result<(&'static str, u64)> {
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
    Ok((field, terms.unsigned_abs()))
}

fn balance(subscription: &OrbSubscription) -> Result<Option<Decimal>> {
    subscription
        .customer
        .as_ref()
        .and_then(|customer| customer.balance.as_ref())
        .map(|balance| parse_amount(balance, "subscription.customer.balance"))
        .transpose()
}

/// The fees' distinct calendars, the billing calendar first, and each fee's among them
/// (`None` for one-time fees): fees on one cadence share one, and a preview looks each of its
/// periods up once.
fn fee_calendars(
    fees: &[Fee],
    billing: &CadenceSpec,
    periods: &BillingCalendar,
    calendar: impl Fn(&CadenceSpec) -> Result<BillingCalendar>,
) -> Result<(Vec<BillingCalendar>, Vec<Option<usize>>)> {
    let mut cadences = vec![billing];
    let mut calendars = vec![periods.clone()];
    let mut of_fees = Vec::with_capacity(fees.len());
    for fee in fees {
        let Some((_, spec)) = &fee.cadence else {
            of_fees.push(None);
            continue;
        };
        let index = match cadences.iter().position(|known| *known == spec) {
            Some(index) => index,
            None => {
                calendars.push(calendar(spec)?);
                cadences.push(spec);
                calendars.len() - 1
            }
        };
        of_fees.push(Some(index));
    }
    Ok((calendars, of_fees))
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
