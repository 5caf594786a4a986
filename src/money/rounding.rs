//! Rounding modes, and the exact rounding of a quotient of integers.

use serde::{Deserialize, Serialize};

use crate::money::wide::div_rem;

/// How an amount is rounded to its currency's minor unit.
///
/// | mode | 2.345 | 2.355 | -2.345 | 2.341 |
/// |---|---|---|---|---|
/// | `half_up` (default) | 2.35 | 2.36 | -2.35 | 2.34 |
/// | `half_even` | 2.34 | 2.36 | -2.34 | 2.34 |
/// | `half_down` | 2.34 | 2.35 | -2.34 | 2.34 |
/// | `up` (away from zero) | 2.35 | 2.36 | -2.35 | 2.35 |
/// | `down` (toward zero) | 2.34 | 2.35 | -2.34 | 2.34 |
/// | `ceiling` | 2.35 | 2.36 | -2.34 | 2.35 |
/// | `floor` | 2.34 | 2.35 | -2.35 | 2.34 |
///
/// `half_up` rounds halves away from zero, as Kill Bill and Lago do (BILLING_RULES.md 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    /// Nearest; halves away from zero.
    #[default]
    HalfUp,
    /// Nearest; halves to the even neighbour (banker's rounding).
    HalfEven,
    /// Nearest; halves toward zero.
    HalfDown,
    /// Away from zero.
    Up,
    /// Toward zero (truncation).
    Down,
    /// Toward positive infinity.
    Ceiling,
    /// Toward negative infinity.
    Floor,
}

impl RoundingMode {
    /// `numerator / denominator` rounded to an integer by this mode, computed exactly.
    /// Returns `None` when `denominator` is zero.
    ///
    /// ```
    /// use billkit::money::RoundingMode;
    ///
    /// assert_eq!(RoundingMode::HalfEven.divide(5, 2), Some(2));
    /// assert_eq!(RoundingMode::HalfUp.divide(-5, 2), Some(-3));
    /// assert_eq!(RoundingMode::Floor.divide(-1, 3), Some(-1));
    /// ```
    pub fn divide(self, numerator: i128, denominator: i128) -> Option<i128> {
        let negative = (numerator < 0) != (denominator < 0);
        let d = denominator.unsigned_abs();
        let (quotient, remainder) = div_rem(numerator.unsigned_abs(), d)?;
        let twice = remainder.checked_mul(2);
        // Compare 2 * remainder with d without overflow: remainder < d, so when doubling
        // overflows, the remainder is past the half.
        let past_half = twice.is_none_or(|twice| twice > d);
        let at_half = twice == Some(d);
        let away = remainder != 0
            && match self {
                RoundingMode::HalfUp => past_half || at_half,
                RoundingMode::HalfEven => past_half || (at_half && quotient % 2 == 1),
                RoundingMode::HalfDown => past_half,
                RoundingMode::Up => true,
                RoundingMode::Down => false,
                RoundingMode::Ceiling => !negative,
                RoundingMode::Floor => negative,
            };
        let magnitude = i128::try_from(quotient + u128::from(away)).ok()?;
        Some(if negative { -magnitude } else { magnitude })
    }
}

#[cfg(test)]
mod tests {
    use super::RoundingMode::{self, *};

    /// The table in the type's documentation, in thousandths rounded to hundredths.
    #[test]
    fn the_documented_table() {
        let table: [(RoundingMode, [i128; 4]); 7] = [
            (HalfUp, [235, 236, -235, 234]),
            (HalfEven, [234, 236, -234, 234]),
            (HalfDown, [234, 235, -234, 234]),
            (Up, [235, 236, -235, 235]),
            (Down, [234, 235, -234, 234]),
            (Ceiling, [235, 236, -234, 235]),
            (Floor, [234, 235, -235, 234]),
        ];
        for (mode, expected) in table {
            let got = [2345, 2355, -2345, 2341].map(|n| mode.divide(n, 10).unwrap());
            assert_eq!(got, expected, "{mode:?}");
        }
    }

    #[test]
    fn exact_ties_and_near_ties_of_a_repeating_quotient() {
        // 1 / 3 = 0.333.., 2 / 3 = 0.666..: never a tie, whatever the mode.
        assert_eq!(HalfEven.divide(1, 3), Some(0));
        assert_eq!(HalfDown.divide(2, 3), Some(1));
        assert_eq!(HalfEven.divide(7, 2), Some(4));
        assert_eq!(HalfEven.divide(-7, 2), Some(-4));
        assert_eq!(HalfUp.divide(i128::MAX, i128::MAX - 1), Some(1));
        assert_eq!(Up.divide(1, 0), None);
    }
}
