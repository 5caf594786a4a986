//! Price intervals, read: each price's model, how it bills, its dates, its cadence and, for
//! a fixed fee, its quantity over time.

use std::sync::Arc;

use chrono::DateTime;
use rust_decimal::Decimal;

use crate::calendar::cadence::{Cadence, CadenceSpec};
use crate::calendar::instant::parse_instant;
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::invoice::orb::{OrbPrice, OrbPriceInterval};
use crate::invoice::pricing::PriceModel;
use crate::invoice::{named, read_name};
use crate::stable_sort::sort_stable_by;

/// The most price intervals one preview reads.
pub const MAX_PRICE_INTERVALS: usize = 1_000;
/// The most quantity transitions one price interval has.
pub const MAX_TRANSITIONS: usize = 1_000;

/// How a price bills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Billing {
    /// A fixed fee at the start of each of its periods.
    InAdvance,
    /// A fixed fee at the end of each of its periods.
    InArrears,
    /// Usage, at the end of each period.
    Usage,
    /// A fixed fee once, on the invoice of the period it starts in.
    OneTime,
}

/// One price interval, checked.
#[derive(Debug, Clone)]
pub(crate) struct Fee {
    /// Its index in `price_intervals`, for errors.
    pub(crate) index: usize,
    pub(crate) interval_id: Option<Arc<str>>,
    pub(crate) price_id: Arc<str>,
    pub(crate) name: Arc<str>,
    pub(crate) model: PriceModel,
    pub(crate) billing: Billing,
    /// The price's cadence; `None` for one-time prices.
    pub(crate) cadence: Option<(Cadence, CadenceSpec)>,
    pub(crate) start: DateTime<Zone>,
    pub(crate) end: Option<DateTime<Zone>>,
    /// The quantity from the start, then each change, in order.
    pub(crate) quantities: Vec<(DateTime<Zone>, Decimal)>,
}

impl Fee {
    /// `subscription.price_intervals[3]`, the path of its errors.
    pub(crate) fn field(&self) -> String {
        interval_field(self.index)
    }

    /// Whether the fee bills at `at`.
    pub(crate) fn is_active(&self, at: DateTime<Zone>) -> bool {
        self.start <= at && self.end.is_none_or(|end| at < end)
    }

    /// The fixed quantity in effect just before `at`.
    pub(crate) fn quantity_before(&self, at: DateTime<Zone>) -> Decimal {
        self.quantities
            .iter()
            .take_while(|(from, _)| *from < at)
            .last()
            .map_or(Decimal::ONE, |(_, quantity)| *quantity)
    }

    /// The fixed quantity in effect at `at`.
    pub(crate) fn quantity_at(&self, at: DateTime<Zone>) -> Decimal {
        self.quantities
            .iter()
            .take_while(|(from, _)| *from <= at)
            .last()
            .map_or(Decimal::ONE, |(_, quantity)| *quantity)
    }
}

/// Reads every price interval of a subscription starting at `start` in `zone`.
pub(crate) fn read_fees(
    intervals: &[OrbPriceInterval],
    start: DateTime<Zone>,
    zone: Zone,
) -> Result<Vec<Fee>> {
    if intervals.is_empty() || intervals.len() > MAX_PRICE_INTERVALS {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "subscription.price_intervals",
            format!("a subscription has 1 to {MAX_PRICE_INTERVALS} price intervals"),
        ));
    }
    intervals
        .iter()
        .enumerate()
        .map(|(index, interval)| read_fee(interval, index, start, zone))
        .collect()
}

fn interval_field(index: usize) -> String {
    format!("subscription.price_intervals[{index}]")
}

fn read_fee(
    interval: &OrbPriceInterval,
    index: usize,
    subscription_start: DateTime<Zone>,
    zone: Zone,
) -> Result<Fee> {
    let price = &interval.price;
    let field = || interval_field(index);
    let price_field = || format!("{}.price", field());
    let model = named(|at| PriceModel::read(price, at), price_field)?;
    let billing = named(|at| billing_of(price, at), price_field)?;
    let cadence = match billing {
        Billing::OneTime => None,
        _ => Some(named(|at| cadence_of(price, at), price_field)?),
    };
    let start = named(
        |at| parse_instant(&interval.start_date, zone, at),
        || format!("{}.start_date", field()),
    )?
    .max(subscription_start);
    let end = interval
        .end_date
        .as_deref()
        .map(|end| {
            named(
                |at| parse_instant(end, zone, at),
                || format!("{}.end_date", field()),
            )
        })
        .transpose()?;
    if end.is_some_and(|end| end <= start) {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            format!("{}.end_date", field()),
            "a price interval ends after it starts",
        ));
    }
    Ok(Fee {
        index,
        interval_id: interval
            .id
            .as_deref()
            .map(|id| read_name(id, || format!("{}.id", field())))
            .transpose()?,
        price_id: read_name(&price.id, || format!("{}.id", price_field()))?,
        name: read_name(price.name.as_deref().unwrap_or(&price.id), || {
            format!("{}.name", price_field())
        })?,
        model,
        billing,
        cadence,
        start,
        end,
        quantities: named(|at| quantities(interval, at, start, zone), field)?,
    })
}

fn billing_of(price: &OrbPrice, field: &str) -> Result<Billing> {
    let fixed = match price.price_type.as_deref() {
        Some("fixed_price") => true,
        Some("usage_price") | None => false,
        Some(other) => {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{field}.price_type"),
                format!(
                    "`price_type` is `usage_price` or `fixed_price`, not `{}`",
                    crate::text::excerpt(other)
                ),
            ))
        }
    };
    if price.cadence == "one_time" {
        return if fixed {
            Ok(Billing::OneTime)
        } else {
            Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{field}.cadence"),
                "a one-time price is a fixed fee; usage bills on a recurring cadence",
            ))
        };
    }
    if !fixed {
        return Ok(Billing::Usage);
    }
    let in_advance = match (price.billing_mode.as_deref(), price.billed_in_advance) {
        (Some("in_advance"), _) => true,
        (Some("in_arrear" | "in_arrears"), _) => false,
        (Some(other), _) => {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{field}.billing_mode"),
                format!(
                    "`billing_mode` is `in_advance` or `in_arrear`, not `{}`",
                    crate::text::excerpt(other)
                ),
            ))
        }
        (None, billed_in_advance) => billed_in_advance.unwrap_or(true),
    };
    Ok(if in_advance {
        Billing::InAdvance
    } else {
        Billing::InArrears
    })
}

/// Orb's named cadences, or `custom` with its `billing_cycle_configuration`.
fn cadence_of(price: &OrbPrice, field: &str) -> Result<(Cadence, CadenceSpec)> {
    let spec = match (price.cadence.as_str(), &price.billing_cycle_configuration) {
        ("custom", Some(cycle)) => CadenceSpec::Custom {
            unit: cycle.duration_unit.clone(),
            count: cycle.duration,
        },
        ("custom", None) => {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{field}.billing_cycle_configuration"),
                "a `custom` cadence needs `billing_cycle_configuration`",
            ))
        }
        (named, _) => CadenceSpec::Named(named.to_owned()),
    };
    let cadence = Cadence::from_spec(&spec).map_err(|error| {
        Error::new(
            error.code(),
            format!("{field}.cadence"),
            error.message().replace("`cadence`", "the price's cadence"),
        )
    })?;
    Ok((cadence, spec))
}

fn quantities(
    interval: &OrbPriceInterval,
    field: &str,
    start: DateTime<Zone>,
    zone: Zone,
) -> Result<Vec<(DateTime<Zone>, Decimal)>> {
    let first = interval
        .price
        .fixed_price_quantity
        .as_ref()
        .map(|quantity| {
            named(
                |at| quantity.read(at),
                || format!("{field}.price.fixed_price_quantity"),
            )
        })
        .transpose()?
        .unwrap_or(Decimal::ONE);
    let transitions = interval
        .fixed_fee_quantity_transitions
        .as_deref()
        .unwrap_or(&[]);
    if transitions.len() > MAX_TRANSITIONS {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            format!("{field}.fixed_fee_quantity_transitions"),
            format!("a price interval has at most {MAX_TRANSITIONS} quantity transitions"),
        ));
    }
    let mut quantities = Vec::with_capacity(1 + transitions.len());
    quantities.push((start, first));
    for (index, transition) in transitions.iter().enumerate() {
        let at = || format!("{field}.fixed_fee_quantity_transitions[{index}]");
        let effective = named(
            |name| parse_instant(&transition.effective_date, zone, name),
            || format!("{}.effective_date", at()),
        )?;
        let quantity = named(
            |name| transition.quantity.read(name),
            || format!("{}.quantity", at()),
        )?;
        if quantity.is_sign_negative() && !quantity.is_zero() {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                format!("{}.quantity", at()),
                "a fixed fee's quantity cannot be negative",
            ));
        }
        quantities.push((effective.max(start), quantity));
    }
    // Stable: of two transitions at one instant, the later listed wins.
    sort_stable_by(&mut quantities, |a, b| a.0.cmp(&b.0));
    Ok(quantities)
}
