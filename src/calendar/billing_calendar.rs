//! A subscription's billing calendar, resolved once: any period can then be found directly,
//! by cycle index, without walking from the start.

use chrono::{DateTime, Datelike};

use crate::calendar::cadence::Cadence;
use crate::calendar::instant::parse_instant;
use crate::calendar::periods::{BillingPeriodsInput, Period, MAX_PERIODS};
use crate::calendar::range::{MAX_YEAR, MIN_YEAR};
use crate::calendar::schedule::Schedule;
use crate::calendar::zone::{customer_zone, start_of_day};
use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};

/// A subscription's zone, the span `[start, end)` it is billed over, and its cycles.
///
/// Built from the same input as [`crate::billing_periods`] (its `count` is not read here).
/// Each period is cycle `k` of the schedule cut to the span, so finding the period that
/// holds an instant, or those that overlap a range, costs the same for the thousandth cycle
/// as for the first.
///
/// ```
/// use billkit::{BillingCalendar, BillingPeriodsInput};
///
/// let calendar = BillingCalendar::new(&BillingPeriodsInput {
///     timezone: Some("Europe/Berlin".into()),
///     ..BillingPeriodsInput::monthly("2024-01-31", 1)
/// })?;
/// let at = calendar.parse_instant("2031-03-30T12:00:00Z", "at")?;
/// let period = calendar.period_at(at)?.unwrap();
/// assert_eq!(period.start.to_rfc3339(), "2031-02-28T00:00:00+01:00");
/// assert_eq!(period.end.to_rfc3339(), "2031-03-31T00:00:00+02:00");
/// # Ok::<(), billkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillingCalendar {
    zone: Zone,
    start: DateTime<Zone>,
    end: Option<DateTime<Zone>>,
    /// `None` for `one_time`: a single period from `start` to `end`.
    schedule: Option<Schedule>,
}

impl BillingCalendar {
    /// Checks and resolves `input`'s zone, cadence, anchor, `start` and `end`.
    ///
    /// # Errors
    ///
    /// Those of [`crate::billing_periods`] for these fields: `invalid_timezone`,
    /// `invalid_date`, `invalid_input` and `out_of_range`, each naming the field.
    pub fn new(input: &BillingPeriodsInput) -> Result<BillingCalendar> {
        let zone = customer_zone(input.timezone.as_deref())?;
        let cadence = Cadence::from_spec(&input.cadence)?;
        let start = parse_instant(&input.start, zone, "start")?;
        let end = input
            .end
            .as_deref()
            .map(|end| parse_instant(end, zone, "end"))
            .transpose()?;
        if end.is_some_and(|end| end <= start) {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "end",
                "`end` must be after `start`",
            ));
        }
        let schedule = Schedule::new(cadence, input.anchor.as_ref(), start.date_naive())?;
        if schedule.is_none() && end.is_none() {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "end",
                "a one_time cadence has a single period and needs `end`",
            ));
        }
        Ok(BillingCalendar {
            zone,
            start,
            end,
            schedule,
        })
    }

    /// Reads `text` (a local date or an RFC 3339 instant) in the calendar's zone, reporting
    /// errors at `field`.
    ///
    /// # Errors
    ///
    /// `invalid_date` or `out_of_range` at `field`.
    pub fn parse_instant(&self, text: &str, field: &str) -> Result<DateTime<Zone>> {
        parse_instant(text, self.zone, field)
    }

    /// Up to `count` periods from the start, stopping at `end`.
    ///
    /// ```
    /// use billkit::{BillingCalendar, BillingPeriodsInput};
    ///
    /// let calendar = BillingCalendar::new(&BillingPeriodsInput::monthly("2024-01-31", 1))?;
    /// let ends: Vec<String> = calendar.periods(2)?.iter().map(|p| p.end.to_rfc3339()).collect();
    /// assert_eq!(ends, ["2024-02-29T00:00:00+00:00", "2024-03-31T00:00:00+00:00"]);
    /// # Ok::<(), billkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// `out_of_range` at `count` when the periods run past the supported years.
    pub fn periods(&self, count: usize) -> Result<Vec<Period>> {
        self.collect(self.first_cycle(), None, count)
    }

    /// The period that holds `at` (Orb's current billing period when `at` is now), or
    /// `None` when `at` is before the start or at or after the end. The type's example shows
    /// it finding a period seven years on.
    ///
    /// # Errors
    ///
    /// `out_of_range` when the period would cross the supported years.
    pub fn period_at(&self, at: DateTime<Zone>) -> Result<Option<Period>> {
        if at < self.start || self.end.is_some_and(|end| at >= end) {
            return Ok(None);
        }
        let (_, cycle_start, cycle_end) = self.cycle_around(at)?;
        Ok(self.cut(cycle_start, cycle_end))
    }

    /// The periods that overlap `[from, to)`, whole (cut only by the subscription's own start
    /// and end), in order.
    ///
    /// ```
    /// use billkit::{BillingCalendar, BillingPeriodsInput};
    ///
    /// let calendar = BillingCalendar::new(&BillingPeriodsInput::monthly("2024-01-15", 1))?;
    /// let from = calendar.parse_instant("2024-03-20", "from")?;
    /// let to = calendar.parse_instant("2024-04-20", "to")?;
    /// let starts: Vec<String> =
    ///     calendar.periods_between(from, to)?.iter().map(|p| p.start.to_rfc3339()).collect();
    /// assert_eq!(starts, ["2024-03-15T00:00:00+00:00", "2024-04-15T00:00:00+00:00"]);
    /// # Ok::<(), billkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// `out_of_range` at `to` when `to` is not after `from` or more than [`MAX_PERIODS`]
    /// periods overlap, and when periods cross the supported years.
    pub fn periods_between(&self, from: DateTime<Zone>, to: DateTime<Zone>) -> Result<Vec<Period>> {
        if to <= from {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "to",
                "`to` must be after `from`",
            ));
        }
        let from = from.max(self.start);
        if self.end.is_some_and(|end| from >= end) {
            return Ok(Vec::new());
        }
        let first = self.cycle_holding(from)?;
        let stop = self.end.map_or(to, |end| end.min(to));
        // Counted before any period is computed: too wide a range is refused at once.
        if self.cycles_until(first, stop)? > MAX_PERIODS {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "to",
                format!("more than {MAX_PERIODS} periods overlap `from` to `to`"),
            ));
        }
        self.collect(
            first,
            Some(to),
            usize::try_from(MAX_PERIODS).unwrap_or(usize::MAX),
        )
    }

    /// Periods of cycles `first, first + 1, ...`, at most `limit`, none starting at or after
    /// `before` or the subscription's end. Each boundary is computed once: a cycle's end is
    /// the next one's start.
    fn collect(
        &self,
        first: i64,
        before: Option<DateTime<Zone>>,
        limit: usize,
    ) -> Result<Vec<Period>> {
        let stop = match (before, self.end) {
            (Some(before), Some(end)) => Some(before.min(end)),
            (before, end) => before.or(end),
        };
        let mut periods = Vec::with_capacity(limit.min(64));
        let mut k = first;
        let mut cycle_start = self.cycle_start(k)?;
        while periods.len() < limit && stop.is_none_or(|stop| cycle_start < stop) {
            let cycle_end = self.cycle_end(k, cycle_start)?;
            // None only for a cycle of a day the zone skipped: nothing to bill, go on.
            if let Some(period) = self.cut(cycle_start, cycle_end) {
                let reaches_stop = stop.is_some_and(|stop| period.end >= stop);
                periods.push(period);
                if reaches_stop || self.schedule.is_none() {
                    break;
                }
            }
            k += 1;
            cycle_start = cycle_end;
        }
        Ok(periods)
    }

    /// How many cycles hold some of `[start, end)`: an upper bound on the periods from the
    /// start to the end, found without computing them.
    pub(crate) fn cycles_to_end(&self) -> Result<Option<i64>> {
        self.end
            .map(|end| self.cycles_until(self.first_cycle(), end))
            .transpose()
    }

    /// How many cycles from `first` on begin before `stop`.
    fn cycles_until(&self, first: i64, stop: DateTime<Zone>) -> Result<i64> {
        if self.schedule.is_none() {
            return Ok(1);
        }
        let last = self.cycle_holding(stop)?;
        let last = if self.cycle_start(last)? < stop {
            last
        } else {
            last - 1
        };
        Ok(last - first + 1)
    }

    /// The index of the cycle containing the start.
    fn first_cycle(&self) -> i64 {
        self.schedule.map_or(0, |schedule| {
            schedule.cycle_containing(self.start.date_naive())
        })
    }

    /// The index of the cycle whose `[cycle_start, cycle_end)` holds `at`.
    fn cycle_holding(&self, at: DateTime<Zone>) -> Result<i64> {
        Ok(self.cycle_around(at)?.0)
    }

    /// The cycle that holds `at`, with its start and end: each boundary computed once, as
    /// each costs a time zone lookup.
    fn cycle_around(&self, at: DateTime<Zone>) -> Result<(i64, DateTime<Zone>, DateTime<Zone>)> {
        let Some(schedule) = self.schedule else {
            return Ok((0, self.start, self.cycle_end(0, self.start)?));
        };
        // The local date picks the cycle; the two checks settle the rare zone whose clocks
        // went back across midnight, where an instant's local date runs behind.
        let mut k = schedule.cycle_containing(at.date_naive());
        let mut start = self.cycle_start(k)?;
        while start > at {
            k -= 1;
            start = self.cycle_start(k)?;
        }
        let mut end = self.cycle_start(k + 1)?;
        while end <= at {
            k += 1;
            start = end;
            end = self.cycle_start(k + 1)?;
        }
        Ok((k, start, end))
    }

    /// The cycle `[cycle_start, cycle_end)` cut to the subscription's span, if any remains.
    fn cut(&self, cycle_start: DateTime<Zone>, cycle_end: DateTime<Zone>) -> Option<Period> {
        let start = cycle_start.max(self.start);
        let end = self.end.map_or(cycle_end, |end| end.min(cycle_end));
        (start < end).then_some(Period {
            start,
            end,
            partial: start != cycle_start || end != cycle_end,
            cycle_start,
            cycle_end,
        })
    }

    /// The end of cycle `k`, which starts at `cycle_start` (for `one_time`, the end).
    fn cycle_end(&self, k: i64, cycle_start: DateTime<Zone>) -> Result<DateTime<Zone>> {
        match self.schedule {
            Some(_) => self.cycle_start(k + 1),
            None => Ok(self.end.unwrap_or(cycle_start)),
        }
    }

    /// The first instant of boundary `k`'s local day (for `one_time`, the start).
    fn cycle_start(&self, k: i64) -> Result<DateTime<Zone>> {
        let Some(schedule) = self.schedule else {
            return Ok(self.start);
        };
        schedule
            .boundary(k)
            .filter(|date| (MIN_YEAR..=MAX_YEAR).contains(&date.year()))
            .and_then(|date| start_of_day(date, self.zone))
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::OutOfRange,
                    "count",
                    format!(
                        "the periods asked for run outside the supported years {MIN_YEAR} to \
                         {MAX_YEAR}"
                    ),
                )
            })
    }
}
