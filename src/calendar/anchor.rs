//! Where billing cycles are anchored: Orb's `billing_cycle_anchor_configuration`.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::range::check_year;
use crate::error::{Error, ErrorCode, Result};

/// Orb's `billing_cycle_anchor_configuration`: `{ day, month?, year? }`.
///
/// For month-based cadences, `day` is the day of the month cycles start on (clamped to the
/// last day of shorter months, never drifting), `month` picks which months start a cycle of
/// several months, and `year` which years start a cycle that is not a divisor of a year.
/// For weekly cadences `day` is the ISO weekday, 1 = Monday to 7 = Sunday. Daily cadences
/// count from the start date and ignore the anchor. Missing parts default to the start's
/// local date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AnchorSpec {
    /// Day of the month (1 to 31), or ISO weekday (1 to 7) for weekly cadences.
    pub day: i64,
    /// Month (1 to 12) whose cycles align with the anchor.
    #[serde(default)]
    pub month: Option<i64>,
    /// Year whose cycles align with the anchor.
    #[serde(default)]
    pub year: Option<i64>,
}

/// A checked anchor for month-based cadences: a day of the month and the month index
/// (`year * 12 + month - 1`) of one cycle start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthAnchor {
    /// Day of the month, 1 to 31, before clamping.
    pub day: u32,
    /// `year * 12 + month - 1` of a month in which a cycle starts.
    pub month_index: i64,
}

impl MonthAnchor {
    /// Checks `spec` against month-based cadences, filling what it leaves out from `start`.
    ///
    /// # Errors
    ///
    /// [`ErrorCode::OutOfRange`] at `anchor.day` outside 1 to 31, at `anchor.month` outside 1
    /// to 12, at `anchor.year` outside the supported years.
    pub(crate) fn resolve(spec: Option<&AnchorSpec>, start: NaiveDate) -> Result<MonthAnchor> {
        let day = match spec {
            Some(spec) => checked_part(spec.day, 1..=31, "anchor.day")?,
            None => start.day(),
        };
        let month = match spec.and_then(|spec| spec.month) {
            Some(month) => checked_part(month, 1..=12, "anchor.month")?,
            None => start.month(),
        };
        let year = match spec.and_then(|spec| spec.year) {
            Some(year) => check_year(year, "anchor.year")?,
            None => start.year(),
        };
        Ok(MonthAnchor {
            day,
            month_index: i64::from(year) * 12 + i64::from(month) - 1,
        })
    }
}

/// The ISO weekday (1 = Monday to 7 = Sunday) weekly cycles start on, from `spec` or `start`.
///
/// # Errors
///
/// [`ErrorCode::OutOfRange`] at `anchor.day` outside 1 to 7.
pub(crate) fn resolve_weekday(spec: Option<&AnchorSpec>, start: NaiveDate) -> Result<u32> {
    match spec {
        Some(spec) => checked_part(spec.day, 1..=7, "anchor.day"),
        None => Ok(start.weekday().number_from_monday()),
    }
}

fn checked_part(value: i64, allowed: std::ops::RangeInclusive<u32>, field: &str) -> Result<u32> {
    match u32::try_from(value) {
        Ok(part) if allowed.contains(&part) => Ok(part),
        _ => Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!(
                "`{field}` must be {} to {}, not {value}",
                allowed.start(),
                allowed.end()
            ),
        )),
    }
}
