//! Check-digit steps several of the region's numbers share.

use crate::tax_id::check_digits::{digit_value, weighted_sum};

/// Whether the last of `digits` is the digit `expected` (false for a check of 10 or more,
/// which no single digit can carry).
pub fn last_digit_is(digits: &[u8], expected: u32) -> bool {
    digits.last().is_some_and(|&d| digit_value(d) == expected)
}

/// The check digit of Montenegro's PIB and North Macedonia's EDB, both from Yugoslavia's
/// scheme: 11 minus the weighted sum mod 11, where 10 and 11 become 0.
pub fn mod_11_complement(digits: &[u8], weights: &[u32]) -> u32 {
    (11 - weighted_sum(digits, weights) % 11) % 11 % 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complement_of_the_weighted_sum() {
        // 0265528 under 8..2 sums to 117; 117 mod 11 is 7, so the check is 4 (02655284).
        assert_eq!(mod_11_complement(b"0265528", &[8, 7, 6, 5, 4, 3, 2]), 4);
        assert!(last_digit_is(b"02655284", 4));
        assert!(!last_digit_is(b"02655284", 10));
        assert!(!last_digit_is(b"", 0));
    }
}
