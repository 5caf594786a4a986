//! `billing_periods`: the billing periods of a subscription, each with its nominal cycle.

use chrono::{DateTime, Datelike};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize, Serializer};

use crate::calendar::anchor::AnchorSpec;
use crate::calendar::cadence::{Cadence, CadenceSpec};
use crate::calendar::instant::{format_instant, parse_instant};
use crate::calendar::range::{MAX_YEAR, MIN_YEAR};
use crate::calendar::schedule::Schedule;
use crate::calendar::zone::{parse_timezone, start_of_day};
use crate::error::{Error, ErrorCode, Result};

/// The most periods one call returns: a daily cadence for 27 years, a monthly one for 833.
pub const MAX_PERIODS: i64 = 10_000;

/// What [`billing_periods`] computes over; the JSON shape of API.md's `billingPeriods`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillingPeriodsInput {
    /// When the subscription starts: a local date (`2024-01-15`) or an RFC 3339 instant.
    pub start: String,
    /// The customer's IANA time zone; `UTC` when absent.
    #[serde(default)]
    pub timezone: Option<String>,
    /// How often a cycle starts.
    pub cadence: CadenceSpec,
    /// Where cycles are anchored; the start's local date when absent.
    #[serde(default)]
    pub anchor: Option<AnchorSpec>,
    /// Where the subscription ends: the last period is cut there. Needed by `one_time`.
    #[serde(default)]
    pub end: Option<String>,
    /// How many periods to return at most, 1 to [`MAX_PERIODS`]; needed when `end` is absent.
    #[serde(default)]
    pub count: Option<i64>,
}

impl BillingPeriodsInput {
    /// `count` monthly periods from `start` in UTC, anchored on the start date: a starting
    /// point for struct-update syntax.
    pub fn monthly(start: &str, count: i64) -> Self {
        BillingPeriodsInput {
            start: start.to_owned(),
            timezone: None,
            cadence: CadenceSpec::Named("monthly".to_owned()),
            anchor: None,
            end: None,
            count: Some(count),
        }
    }
}

/// One billing period `[start, end)`, and the nominal full cycle `[cycle_start, cycle_end)`
/// it lies in: the proration denominator. Instants are in the customer's time zone and
/// serialize as RFC 3339 strings with that zone's offset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// First instant of the period.
    #[serde(serialize_with = "serialize_instant")]
    pub start: DateTime<Tz>,
    /// First instant after the period.
    #[serde(serialize_with = "serialize_instant")]
    pub end: DateTime<Tz>,
    /// Whether the period is shorter than its cycle (a mid-cycle start or end).
    pub partial: bool,
    /// First instant of the nominal cycle.
    #[serde(serialize_with = "serialize_instant")]
    pub cycle_start: DateTime<Tz>,
    /// First instant after the nominal cycle.
    #[serde(serialize_with = "serialize_instant")]
    pub cycle_end: DateTime<Tz>,
}

fn serialize_instant<S: Serializer>(
    instant: &DateTime<Tz>,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(&format_instant(instant))
}

/// The billing periods of a subscription, in order, per API.md's `billingPeriods`.
///
/// Every boundary is the first instant of an anchor day in the customer's zone. The first
/// period runs from `start` to the first boundary after it and is `partial` when `start` is
/// not a boundary; with `end`, the last period is cut there and no period starts at or after
/// it. Days a time zone skipped entirely (Samoa's 2011-12-30) yield no empty period.
///
/// ```
/// use billkit::{billing_periods, AnchorSpec, BillingPeriodsInput};
///
/// let periods = billing_periods(&BillingPeriodsInput {
///     timezone: Some("America/New_York".into()),
///     anchor: Some(AnchorSpec { day: 31, ..AnchorSpec::default() }),
///     ..BillingPeriodsInput::monthly("2024-01-15", 3)
/// })?;
/// let starts: Vec<String> = periods.iter().map(|p| p.start.to_rfc3339()).collect();
/// assert_eq!(starts, [
///     "2024-01-15T00:00:00-05:00",
///     "2024-01-31T00:00:00-05:00",
///     "2024-02-29T00:00:00-05:00",
/// ]);
/// assert!(periods[0].partial);
/// assert_eq!(periods[0].cycle_start.to_rfc3339(), "2023-12-31T00:00:00-05:00");
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// [`ErrorCode::InvalidTimezone`], [`ErrorCode::InvalidDate`], [`ErrorCode::InvalidInput`]
/// and [`ErrorCode::OutOfRange`], each naming the field at fault; `out_of_range` also when
/// more than [`MAX_PERIODS`] periods would be needed or they would run past the year 2099.
pub fn billing_periods(input: &BillingPeriodsInput) -> Result<Vec<Period>> {
    let zone = parse_timezone(input.timezone.as_deref().unwrap_or("UTC"), "timezone")?;
    let cadence = Cadence::from_spec(&input.cadence)?;
    let start = parse_instant(&input.start, zone, "start")?;
    let end = input
        .end
        .as_deref()
        .map(|end| parse_instant(end, zone, "end"))
        .transpose()?;
    if let Some(end) = end {
        if end <= start {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "end",
                "`end` must be after `start`",
            ));
        }
    }
    let limit = period_limit(input.count, end.is_some())?;
    match Schedule::new(cadence, input.anchor.as_ref(), start.date_naive())? {
        Some(schedule) => walk(&schedule, zone, start, end, limit),
        None => one_time_period(start, end),
    }
}

/// How many periods a walk may emit, and whether reaching that many is the caller's wish
/// (`count`) or more work than billkit does in one call (only `end` was given).
#[derive(Debug, Clone, Copy)]
enum Limit {
    Count(usize),
    Ceiling(usize),
}

fn period_limit(count: Option<i64>, has_end: bool) -> Result<Limit> {
    let max = usize::try_from(MAX_PERIODS).unwrap_or(usize::MAX);
    match count {
        Some(count) if (1..=MAX_PERIODS).contains(&count) => usize::try_from(count)
            .map(Limit::Count)
            .map_err(|_| count_out_of_range(count)),
        Some(count) => Err(count_out_of_range(count)),
        None if has_end => Ok(Limit::Ceiling(max)),
        None => Err(Error::new(
            ErrorCode::InvalidInput,
            "count",
            "`count` or `end` is needed to know how many periods to return",
        )),
    }
}

fn count_out_of_range(count: i64) -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "count",
        format!("`count` must be 1 to {MAX_PERIODS}, not {count}"),
    )
}

fn one_time_period(start: DateTime<Tz>, end: Option<DateTime<Tz>>) -> Result<Vec<Period>> {
    let end = end.ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidInput,
            "end",
            "a one_time cadence has a single period and needs `end`",
        )
    })?;
    Ok(vec![Period {
        start,
        end,
        partial: false,
        cycle_start: start,
        cycle_end: end,
    }])
}

/// Emits the periods from the cycle containing `start`, one cycle at a time.
fn walk(
    schedule: &Schedule,
    zone: Tz,
    start: DateTime<Tz>,
    end: Option<DateTime<Tz>>,
    limit: Limit,
) -> Result<Vec<Period>> {
    let (Limit::Count(most) | Limit::Ceiling(most)) = limit;
    let mut k = schedule.cycle_containing(start.date_naive());
    let mut cycle_start = boundary_instant(schedule, k, zone)?;
    let mut period_start = start;
    let mut periods = Vec::with_capacity(most.min(64));
    while periods.len() < most {
        let cycle_end = boundary_instant(schedule, k + 1, zone)?;
        let period_end = end.map_or(cycle_end, |end| end.min(cycle_end));
        if period_end > period_start {
            periods.push(Period {
                start: period_start,
                end: period_end,
                partial: period_start != cycle_start || period_end != cycle_end,
                cycle_start,
                cycle_end,
            });
        }
        if end.is_some_and(|end| end <= cycle_end) {
            return Ok(periods);
        }
        k += 1;
        period_start = cycle_end;
        cycle_start = cycle_end;
    }
    match limit {
        Limit::Count(_) => Ok(periods),
        Limit::Ceiling(_) => Err(Error::new(
            ErrorCode::OutOfRange,
            "end",
            format!("from `start` to `end` there are more than {MAX_PERIODS} periods"),
        )),
    }
}

/// The first instant of boundary `k`'s local day, within the supported years.
fn boundary_instant(schedule: &Schedule, k: i64, zone: Tz) -> Result<DateTime<Tz>> {
    schedule
        .boundary(k)
        .filter(|date| (MIN_YEAR..=MAX_YEAR).contains(&date.year()))
        .and_then(|date| start_of_day(date, zone))
        .ok_or_else(past_supported_range)
}

fn past_supported_range() -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        "count",
        format!("the periods asked for run outside the supported years {MIN_YEAR} to {MAX_YEAR}"),
    )
}
