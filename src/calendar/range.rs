//! The span of dates billkit computes over.
//!
//! The tz database only promises agreement between implementations from 1970 on, and
//! chrono-tz projects daylight saving rules through 2099 only (from 2100 on it would answer
//! New York summers in standard time, where Temporal keeps applying the rules). Within these
//! years billkit agrees with Temporal to the second; bounding them also keeps every loop
//! short and every date representable, whatever the input.

use chrono::{DateTime, Datelike, NaiveDate};

use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};

/// The first year billkit accepts.
pub const MIN_YEAR: i32 = 1970;
/// The last year billkit accepts; boundaries may not fall after its last day either.
pub const MAX_YEAR: i32 = 2099;

/// Refuses a year outside [`MIN_YEAR`]..=[`MAX_YEAR`] with [`ErrorCode::OutOfRange`] at `field`.
pub fn check_year(year: i64, field: &str) -> Result<i32> {
    match i32::try_from(year) {
        Ok(year) if (MIN_YEAR..=MAX_YEAR).contains(&year) => Ok(year),
        _ => Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("`{field}` must fall in the years {MIN_YEAR} to {MAX_YEAR}, not {year}"),
        )),
    }
}

/// Refuses a date outside the supported years.
pub fn check_date(date: NaiveDate, field: &str) -> Result<NaiveDate> {
    check_year(i64::from(date.year()), field).map(|_| date)
}

/// Refuses an instant whose local date is outside the supported years.
pub fn check_instant(instant: DateTime<Zone>, field: &str) -> Result<DateTime<Zone>> {
    check_date(instant.date_naive(), field).map(|_| instant)
}
