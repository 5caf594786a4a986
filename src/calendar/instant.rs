//! Reading and writing instants: RFC 3339 with any offset, or a plain local date.

use chrono::{DateTime, NaiveDate, SecondsFormat};
use chrono_tz::Tz;

use crate::calendar::range::check_instant;
use crate::calendar::zone::start_of_day;
use crate::error::{Error, ErrorCode, Result};
use crate::text::excerpt;

/// Long enough for any RFC 3339 instant with nanoseconds and an offset.
const MAX_INSTANT_LEN: usize = 64;

/// Reads `text` as an instant in `zone`: a plain date `2024-01-31` is the first instant of
/// that local day; an RFC 3339 instant (`2024-01-31T09:30:00Z`, any offset) is that instant.
///
/// # Errors
///
/// [`ErrorCode::InvalidDate`] at `field` for anything else, including dates that do not
/// exist (`2024-02-30`); [`ErrorCode::OutOfRange`] for years outside the supported range.
pub fn parse_instant(text: &str, zone: Tz, field: &str) -> Result<DateTime<Tz>> {
    let instant = if text.len() > MAX_INSTANT_LEN {
        None
    } else if let Some(date) = parse_plain_date(text, field)? {
        start_of_day(date, zone)
    } else {
        DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|instant| instant.with_timezone(&zone))
    };
    match instant {
        Some(instant) => check_instant(instant, field),
        None => Err(Error::new(
            ErrorCode::InvalidDate,
            field,
            format!(
                "`{field}` must be a date such as \"2024-01-31\" or an RFC 3339 instant such as \
                 \"2024-01-31T00:00:00-05:00\", not {}",
                excerpt(text)
            ),
        )),
    }
}

/// `Some(date)` for text of the exact shape `YYYY-MM-DD` naming a real date, `None` for text
/// of another shape, and an error for the right shape naming a day that does not exist.
fn parse_plain_date(text: &str, field: &str) -> Result<Option<NaiveDate>> {
    let mut parts = text.split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Ok(None);
    };
    let (Some(year), Some(month), Some(day)) = (digits(year, 4), digits(month, 2), digits(day, 2))
    else {
        return Ok(None);
    };
    NaiveDate::from_ymd_opt(year as i32, month, day)
        .map(Some)
        .ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidDate,
                field,
                format!(
                    "`{field}` names a day that does not exist: {}",
                    excerpt(text)
                ),
            )
        })
}

/// The value of `text` when it is exactly `width` ASCII digits.
fn digits(text: &str, width: usize) -> Option<u32> {
    if text.len() == width && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// Writes `instant` as RFC 3339 with the zone's offset at that instant, and fractional
/// seconds only where there are some: `2024-03-01T00:00:00-05:00`.
pub fn format_instant(instant: &DateTime<Tz>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}
