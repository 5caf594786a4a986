//! Reading a run of digits as a number: several of the region's check digits are remainders
//! of the number the digits spell (Belgium, France, Luxembourg, the United Kingdom).

use crate::tax_id::check_digits::digit_value;

/// The number `digits` spell in base 10. Callers pass at most 18 digits they have already
/// checked to be digits, so the value always fits.
pub(super) fn decimal_value(digits: &[u8]) -> u64 {
    digits
        .iter()
        .fold(0, |value, &d| value * 10 + u64::from(digit_value(d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_read_left_to_right() {
        assert_eq!(decimal_value(b"0403019261"), 403_019_261);
        assert_eq!(decimal_value(b""), 0);
    }
}
