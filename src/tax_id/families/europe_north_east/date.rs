//! The dates personal codes embed (Bulgarian EGN, Czech and Slovak RČ, Latvian personas kods,
//! Romanian CNP, Icelandic kennitala): reading their two-digit parts and checking the day
//! exists, so a typo in the date is caught even where the check digit misses it.

use crate::tax_id::check_digits::digit_value;

/// The number the two digits at `at` spell (0 when they are missing; callers check shapes
/// first).
pub(super) fn two_digits(digits: &[u8], at: usize) -> u32 {
    digits
        .get(at..at + 2)
        .unwrap_or_default()
        .iter()
        .fold(0, |value, &d| value * 10 + digit_value(d))
}

/// Whether `day`.`month`.`year` is a day of the Gregorian calendar.
pub(super) fn is_real_date(year: u32, month: u32, day: u32) -> bool {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days_in_month).contains(&day)
}

fn is_leap_year(year: u32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_days_follow_the_gregorian_rule() {
        assert!(is_real_date(2000, 2, 29));
        assert!(!is_real_date(1900, 2, 29));
        assert!(is_real_date(2024, 2, 29));
        assert!(!is_real_date(2023, 2, 29));
        assert!(!is_real_date(2023, 13, 1));
        assert!(!is_real_date(2023, 4, 31));
        assert!(!is_real_date(2023, 1, 0));
    }

    #[test]
    fn two_digits_read_from_an_offset() {
        assert_eq!(two_digits(b"450401", 2), 4);
        assert_eq!(two_digits(b"450401", 5), 0);
    }
}
