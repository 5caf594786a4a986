//! The billing-period entry points: all periods from the start, the one holding an instant,
//! and those overlapping a range, each with its nominal cycle.

use chrono::DateTime;
use serde::{Deserialize, Serialize};

use crate::calendar::anchor::AnchorSpec;
use crate::calendar::billing_calendar::BillingCalendar;
use crate::calendar::cadence::CadenceSpec;
use crate::calendar::instant::serialize_instant;
use crate::calendar::Zone;
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
    pub start: DateTime<Zone>,
    /// First instant after the period.
    #[serde(serialize_with = "serialize_instant")]
    pub end: DateTime<Zone>,
    /// Whether the period is shorter than its cycle (a mid-cycle start or end).
    pub partial: bool,
    /// First instant of the nominal cycle.
    #[serde(serialize_with = "serialize_instant")]
    pub cycle_start: DateTime<Zone>,
    /// First instant after the nominal cycle.
    #[serde(serialize_with = "serialize_instant")]
    pub cycle_end: DateTime<Zone>,
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
    let limit = PeriodLimit::of(input)?;
    let calendar = BillingCalendar::new(input)?;
    // Counted by cycle index before any period is computed, so that too much work asked is
    // refused at once rather than after doing most of it.
    if limit.is_ceiling
        && calendar
            .cycles_to_end()?
            .is_some_and(|cycles| cycles > MAX_PERIODS)
    {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            "end",
            format!("from `start` to `end` there are more than {MAX_PERIODS} billing cycles"),
        ));
    }
    calendar.periods(limit.most)
}

/// The period of `subscription` that holds the instant `at` (Orb's current billing period
/// when `at` is now), or `None` before its start or at or after its end. The subscription's
/// `count` is not read.
///
/// ```
/// use billkit::{billing_period_at, BillingPeriodsInput};
///
/// let subscription = BillingPeriodsInput::monthly("2024-01-31", 1);
/// let period = billing_period_at(&subscription, "2024-04-30T23:59:59Z")?.unwrap();
/// assert_eq!(period.start.to_rfc3339(), "2024-04-30T00:00:00+00:00");
/// assert!(billing_period_at(&subscription, "2024-01-30")?.is_none());
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// Those of [`billing_periods`] for the subscription, and `invalid_date` or `out_of_range`
/// at `at`.
pub fn billing_period_at(subscription: &BillingPeriodsInput, at: &str) -> Result<Option<Period>> {
    let calendar = BillingCalendar::new(subscription)?;
    calendar.period_at(calendar.parse_instant(at, "at")?)
}

/// The periods of `subscription` that overlap `[from, to)`, whole, in order. The
/// subscription's `count` is not read.
///
/// ```
/// use billkit::{billing_periods_between, BillingPeriodsInput};
///
/// let subscription = BillingPeriodsInput::monthly("2020-01-15", 1);
/// let periods = billing_periods_between(&subscription, "2030-02-01", "2030-03-16")?;
/// let starts: Vec<String> = periods.iter().map(|p| p.start.to_rfc3339()).collect();
/// assert_eq!(starts, [
///     "2030-01-15T00:00:00+00:00",
///     "2030-02-15T00:00:00+00:00",
///     "2030-03-15T00:00:00+00:00",
/// ]);
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// Those of [`billing_periods`] for the subscription, `invalid_date` at `from` or `to`,
/// and `out_of_range` at `to` when it is not after `from` or more than [`MAX_PERIODS`]
/// periods overlap.
pub fn billing_periods_between(
    subscription: &BillingPeriodsInput,
    from: &str,
    to: &str,
) -> Result<Vec<Period>> {
    let calendar = BillingCalendar::new(subscription)?;
    let from = calendar.parse_instant(from, "from")?;
    let to = calendar.parse_instant(to, "to")?;
    calendar.periods_between(from, to)
}

/// How many periods [`billing_periods`] returns at most, and whether that bound is billkit's
/// ceiling (only `end` was given) rather than the caller's `count`.
struct PeriodLimit {
    most: usize,
    is_ceiling: bool,
}

impl PeriodLimit {
    fn of(input: &BillingPeriodsInput) -> Result<PeriodLimit> {
        let out_of_range = |count: i64| {
            Error::new(
                ErrorCode::OutOfRange,
                "count",
                format!("`count` must be 1 to {MAX_PERIODS}, not {count}"),
            )
        };
        let (count, is_ceiling) = match input.count {
            Some(count) if (1..=MAX_PERIODS).contains(&count) => (count, false),
            Some(count) => return Err(out_of_range(count)),
            None if input.end.is_some() => (MAX_PERIODS, true),
            None => {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    "count",
                    "`count` or `end` is needed to know how many periods to return",
                ))
            }
        };
        let most = usize::try_from(count).map_err(|_| out_of_range(count))?;
        Ok(PeriodLimit { most, is_ceiling })
    }
}
