//! Reading and writing instants: RFC 3339 with any offset, or a plain local date.

use chrono::{DateTime, Datelike, NaiveDate, Offset, SecondsFormat, Timelike};

use crate::calendar::range::check_instant;
use crate::calendar::zone::start_of_day;
use crate::calendar::Zone;
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
pub fn parse_instant(text: &str, zone: Zone, field: &str) -> Result<DateTime<Zone>> {
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

/// Serializes an instant as [`format_instant`] writes it, for `#[serde(serialize_with)]`.
pub fn serialize_instant<S: serde::Serializer>(
    instant: &DateTime<Zone>,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(&format_instant(instant))
}

/// Serializes an optional instant: the instant as [`serialize_instant`] does, or `null`.
pub fn serialize_optional_instant<S: serde::Serializer>(
    instant: &Option<DateTime<Zone>>,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    match instant {
        Some(instant) => serialize_instant(instant, serializer),
        None => serializer.serialize_none(),
    }
}

/// Writes `instant` as RFC 3339 with the zone's offset at that instant, and fractional
/// seconds only where there are some: `2024-03-01T00:00:00-05:00`.
pub fn format_instant(instant: &DateTime<Zone>) -> String {
    let mut text = String::with_capacity(25);
    push_instant(&mut text, instant);
    text
}

/// Appends `instant` to `text` as [`format_instant`] writes it.
///
/// Digits are written into a fixed template, not through `core::fmt`, and appended to the
/// caller's buffer: in wasm, formatting and allocating each instant was the largest cost of
/// a period list.
pub fn push_instant(text: &mut String, instant: &DateTime<Zone>) {
    if instant.nanosecond() != 0 {
        text.push_str(&instant.to_rfc3339_opts(SecondsFormat::AutoSi, false));
        return;
    }
    let local = instant.naive_local();
    let offset_minutes = instant.offset().fix().local_minus_utc() / 60;
    let year = local.year().unsigned_abs();
    let mut template = *b"0000-00-00T00:00:00+00:00";
    for (at, value) in [
        (0, year / 100),
        (2, year % 100),
        (5, local.month()),
        (8, local.day()),
        (11, local.hour()),
        (14, local.minute()),
        (17, local.second()),
        (20, offset_minutes.unsigned_abs() / 60),
        (23, offset_minutes.unsigned_abs() % 60),
    ] {
        if let Some([tens, ones]) = template.get_mut(at..at + 2) {
            *tens = b'0' + (value / 10 % 10) as u8;
            *ones = b'0' + (value % 10) as u8;
        }
    }
    if offset_minutes < 0 {
        if let Some(sign) = template.get_mut(19) {
            *sign = b'-';
        }
    }
    // Only ASCII digits and separators were written, so this never falls back.
    text.push_str(std::str::from_utf8(&template).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_matches_chrono_for_every_offset_sign_and_fraction() {
        let cases = [
            ("2024-03-01T00:00:00-05:00", "America/New_York"),
            ("2011-12-31T00:00:00+14:00", "Pacific/Apia"),
            ("2024-06-01T12:34:56+05:45", "Asia/Kathmandu"),
            ("1970-01-01T00:00:00+00:00", "UTC"),
            ("2024-01-01T09:00:00.125+00:00", "UTC"),
            ("1978-10-01T00:00:00-03:30", "America/St_Johns"),
        ];
        for (text, zone) in cases {
            let zone = Zone::from_name(zone).unwrap();
            let instant = DateTime::parse_from_rfc3339(text)
                .unwrap()
                .with_timezone(&zone);
            let expected = instant.to_rfc3339_opts(SecondsFormat::AutoSi, false);
            assert_eq!(format_instant(&instant), expected);
        }
    }
}
