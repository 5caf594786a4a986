//! Cycle boundaries as local dates, computed from the anchor for any cycle index.
//!
//! Boundary `k` is always derived from the anchor, never from boundary `k - 1`, so a clamped
//! month end (Jan 31 -> Feb 29) never drifts the cycles after it (Mar 31, not Mar 29), and
//! any cycle can be reached directly without walking the ones before it.

use chrono::{Datelike, Days, NaiveDate};

use crate::calendar::anchor::{resolve_weekday, AnchorSpec, MonthAnchor};
use crate::calendar::cadence::Cadence;
use crate::error::Result;

/// The boundaries of a recurring cadence, indexed by cycle number (0 is the anchor's cycle).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Boundary `k` is `origin + k * step` days.
    Days {
        /// A boundary date: the start date for daily cycles, the anchor weekday for weekly ones.
        origin: NaiveDate,
        /// Days per cycle.
        step: i64,
    },
    /// Boundary `k` is the anchor day, clamped, of month `anchor.month_index + k * step`.
    Months {
        /// The anchor day and a month in which a cycle starts.
        anchor: MonthAnchor,
        /// Months per cycle.
        step: i64,
    },
}

impl Schedule {
    /// The schedule of a recurring `cadence` anchored by `anchor` (or by `start`, the local
    /// start date, where the anchor leaves parts out); `None` for `one_time`.
    ///
    /// # Errors
    ///
    /// [`crate::ErrorCode::OutOfRange`] for anchor parts outside their bounds.
    pub fn new(
        cadence: Cadence,
        anchor: Option<&AnchorSpec>,
        start: NaiveDate,
    ) -> Result<Option<Schedule>> {
        Ok(Some(match cadence {
            Cadence::OneTime => return Ok(None),
            Cadence::Days(step) => Schedule::Days {
                origin: start,
                step,
            },
            Cadence::Weeks(weeks) => Schedule::Days {
                origin: last_weekday_on_or_before(start, resolve_weekday(anchor, start)?),
                step: weeks * 7,
            },
            Cadence::Months(step) => Schedule::Months {
                anchor: MonthAnchor::resolve(anchor, start)?,
                step,
            },
        }))
    }

    /// The local date of boundary `k`, or `None` past the calendar's representable range.
    pub fn boundary(&self, k: i64) -> Option<NaiveDate> {
        match *self {
            Schedule::Days { origin, step } => offset_days(origin, k.checked_mul(step)?),
            Schedule::Months { anchor, step } => {
                let month_index = anchor.month_index.checked_add(k.checked_mul(step)?)?;
                clamped_day(month_index, anchor.day)
            }
        }
    }

    /// The index of the last boundary on or before `date`: the cycle that contains `date`.
    pub fn cycle_containing(&self, date: NaiveDate) -> i64 {
        match *self {
            Schedule::Days { origin, step } => (date - origin).num_days().div_euclid(step),
            Schedule::Months { anchor, step } => {
                let month_index = i64::from(date.year()) * 12 + i64::from(date.month0());
                let k = (month_index - anchor.month_index).div_euclid(step);
                match self.boundary(k) {
                    Some(boundary) if boundary > date => k - 1,
                    _ => k,
                }
            }
        }
    }
}

/// The last date on or before `date` that falls on ISO weekday `weekday` (1 = Monday).
fn last_weekday_on_or_before(date: NaiveDate, weekday: u32) -> NaiveDate {
    let back = (date.weekday().number_from_monday() + 7 - weekday) % 7;
    date.checked_sub_days(Days::new(u64::from(back)))
        .unwrap_or(date)
}

/// `date` moved by `days`, which may be negative.
fn offset_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let magnitude = Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(magnitude)
    } else {
        date.checked_sub_days(magnitude)
    }
}

/// Day `day` of the month `month_index` (`year * 12 + month - 1`), or its last day when the
/// month is shorter.
fn clamped_day(month_index: i64, day: u32) -> Option<NaiveDate> {
    let year = i32::try_from(month_index.div_euclid(12)).ok()?;
    let month = u32::try_from(month_index.rem_euclid(12)).ok()? + 1;
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = first
        .checked_add_months(chrono::Months::new(1))?
        .pred_opt()?;
    first.with_day(day.min(last.day()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn monthly(day: u32, year: i64, month: i64, step: i64) -> Schedule {
        Schedule::Months {
            anchor: MonthAnchor {
                day,
                month_index: year * 12 + month - 1,
            },
            step,
        }
    }

    // BILLING_RULES.md section 1: anchor 31 gives Jan 31, Feb 29 (2024), Mar 31, Apr 30.
    #[test]
    fn anchor_31_clamps_without_drifting() {
        let schedule = monthly(31, 2024, 1, 1);
        let got: Vec<_> = (0..4).map(|k| schedule.boundary(k).unwrap()).collect();
        let want = ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"].map(date);
        assert_eq!(got, want);
    }

    // API.md: quarterly anchored in February starts cycles in Feb, May, Aug, Nov.
    #[test]
    fn quarterly_anchored_in_february() {
        let schedule = monthly(1, 2024, 2, 3);
        let got: Vec<_> = (-1..4).map(|k| schedule.boundary(k).unwrap()).collect();
        let want = [
            "2023-11-01",
            "2024-02-01",
            "2024-05-01",
            "2024-08-01",
            "2024-11-01",
        ];
        assert_eq!(got, want.map(date));
    }

    #[test]
    fn cycle_containing_is_the_last_boundary_on_or_before() {
        let schedule = monthly(31, 2024, 1, 1);
        assert_eq!(schedule.cycle_containing(date("2024-01-30")), -1);
        assert_eq!(schedule.cycle_containing(date("2024-01-31")), 0);
        assert_eq!(schedule.cycle_containing(date("2024-02-28")), 0);
        assert_eq!(schedule.cycle_containing(date("2024-02-29")), 1);
        assert_eq!(schedule.cycle_containing(date("2024-03-30")), 1);
    }

    #[test]
    fn cycle_containing_agrees_with_boundaries_for_every_day_and_anchor() {
        for day in 1..=31 {
            for step in [1, 2, 3, 5, 12, 24] {
                let schedule = monthly(day, 2023, 7, step);
                let mut date = date("2019-01-01");
                while date < self::date("2027-01-01") {
                    let k = schedule.cycle_containing(date);
                    assert!(schedule.boundary(k).unwrap() <= date, "{day} {step} {date}");
                    assert!(
                        schedule.boundary(k + 1).unwrap() > date,
                        "{day} {step} {date}"
                    );
                    date = date.succ_opt().unwrap();
                }
            }
        }
    }

    #[test]
    fn days_count_from_the_origin_in_both_directions() {
        let schedule = Schedule::Days {
            origin: date("2024-01-15"),
            step: 7,
        };
        assert_eq!(schedule.boundary(-1), Some(date("2024-01-08")));
        assert_eq!(schedule.cycle_containing(date("2024-01-14")), -1);
        assert_eq!(schedule.cycle_containing(date("2024-01-22")), 1);
    }
}
