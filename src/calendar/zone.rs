//! IANA time zones and the first instant of a local day.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone};

use crate::calendar::Zone;
use crate::error::{Error, ErrorCode, Result};
use crate::text::excerpt;

/// Longest IANA name is 32 bytes (`America/Argentina/ComodRivadavia`); anything far longer is junk.
const MAX_TIMEZONE_LEN: usize = 64;

/// Resolves an IANA time zone name (`"America/New_York"`), exactly as spelled in the tz database.
///
/// # Errors
///
/// [`ErrorCode::InvalidTimezone`] at `field` when the name is not a zone of the database.
pub fn parse_timezone(name: &str, field: &str) -> Result<Zone> {
    if name.len() <= MAX_TIMEZONE_LEN {
        if let Some(zone) = Zone::from_name(name) {
            return Ok(zone);
        }
    }
    Err(Error::new(
        ErrorCode::InvalidTimezone,
        field,
        format!(
            "`{field}` must be an IANA time zone name such as \"America/New_York\", not {}",
            excerpt(name)
        ),
    ))
}

/// The customer's zone from an input's optional `timezone` field: UTC when absent.
///
/// # Errors
///
/// As [`parse_timezone`], at `timezone`.
pub fn customer_zone(timezone: Option<&str>) -> Result<Zone> {
    parse_timezone(timezone.unwrap_or("UTC"), "timezone")
}

/// The first instant of the local day `date` in `zone`, as Temporal defines the start of day:
/// local midnight where it exists, the earlier one where it occurs twice, and otherwise the
/// first instant after the gap that swallowed it (Sao Paulo 2018-11-04, Samoa 2011-12-30).
///
/// Returns `None` only when the instant lies outside chrono's representable range.
pub fn start_of_day(date: NaiveDate, zone: Zone) -> Option<DateTime<Zone>> {
    let midnight = date.and_hms_opt(0, 0, 0)?;
    match zone.from_local_datetime(&midnight) {
        LocalResult::Single(instant) => Some(instant),
        LocalResult::Ambiguous(earlier, _) => Some(earlier),
        LocalResult::None => first_instant_at_or_after(midnight, zone),
    }
}

/// The earliest instant whose local wall time in `zone` is at or after `wall`, found by
/// bisection over the 52 hours around it; only called when `wall` falls in a gap, so the
/// window holds a single forward transition and wall time rises monotonically across it.
fn first_instant_at_or_after(wall: NaiveDateTime, zone: Zone) -> Option<DateTime<Zone>> {
    let window = Duration::hours(26);
    let wall_as_utc = wall.and_utc();
    let mut low = wall_as_utc.checked_sub_signed(window)?.timestamp();
    let mut high = wall_as_utc.checked_add_signed(window)?.timestamp();
    let reaches_wall = |seconds: i64| -> Option<bool> {
        let instant = DateTime::from_timestamp(seconds, 0)?.with_timezone(&zone);
        Some(instant.naive_local() >= wall)
    };
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if reaches_wall(middle)? {
            high = middle;
        } else {
            low = middle;
        }
    }
    Some(DateTime::from_timestamp(high, 0)?.with_timezone(&zone))
}
