//! An amount times a fraction, rounded once: the arithmetic of every proration.

use rust_decimal::Decimal;

use crate::money::rounding::RoundingMode;
use crate::money::wide::{checked_mul, power_of_ten};

/// `amount * numerator / denominator`, rounded once by `mode` to `scale` decimals, computed
/// exactly as a quotient of integers: never rounded to 28 digits first, which could turn
/// 1.00499... into a false tie at 1.005. `None` when the denominator is zero or the integers
/// overflow (amounts, counts and scales within billkit's bounds never do).
///
/// ```
/// use billkit::money::{share, RoundingMode};
/// use rust_decimal::Decimal;
///
/// let hundred = Decimal::new(10000, 2);
/// // BILLING_RULES.md 4: 16 of March's 31 days of $100.00.
/// assert_eq!(share(hundred, 16, 31, 2, RoundingMode::HalfUp).unwrap().to_string(), "51.61");
/// ```
pub fn share(
    amount: Decimal,
    numerator: i128,
    denominator: i128,
    scale: u32,
    mode: RoundingMode,
) -> Option<Decimal> {
    let mut top = checked_mul(amount.mantissa(), numerator)?;
    let mut bottom = denominator;
    let amount_scale = amount.scale();
    if scale >= amount_scale {
        top = checked_mul(top, power_of_ten(scale - amount_scale)?)?;
    } else {
        bottom = checked_mul(bottom, power_of_ten(amount_scale - scale)?)?;
    }
    let units = mode.divide(top, bottom)?;
    Decimal::try_from_i128_with_scale(units, scale).ok()
}

/// `amount * numerator / denominator` at full precision (as many significant digits as
/// `rust_decimal` holds, 28 or 29), for callers who round later or not at all.
///
/// ```
/// use billkit::money::exact_share;
/// use rust_decimal::Decimal;
///
/// let share = exact_share(Decimal::new(3000, 2), 10, 31).unwrap();
/// assert_eq!(share.to_string(), "9.677419354838709677419354839");
/// ```
pub fn exact_share(amount: Decimal, numerator: i128, denominator: i128) -> Option<Decimal> {
    let numerator = Decimal::try_from_i128_with_scale(numerator, 0).ok()?;
    let denominator = Decimal::try_from_i128_with_scale(denominator, 0).ok()?;
    amount
        .checked_mul(numerator)?
        .checked_div(denominator)
        .map(|value| value.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn rounds_once_to_the_scale_asked() {
        let half_even = RoundingMode::HalfEven;
        assert_eq!(
            share(d("30.00"), 10, 31, 2, half_even).unwrap().to_string(),
            "9.68"
        );
        assert_eq!(
            share(d("1000"), 1, 3, 0, half_even).unwrap().to_string(),
            "333"
        );
        assert_eq!(
            share(d("1.000"), 1, 3, 3, half_even).unwrap().to_string(),
            "0.333"
        );
        assert_eq!(
            share(d("0.125"), 1, 1, 2, half_even).unwrap().to_string(),
            "0.12"
        );
        assert_eq!(
            share(d("0.125"), 1, 1, 2, RoundingMode::HalfUp)
                .unwrap()
                .to_string(),
            "0.13"
        );
        assert_eq!(
            share(d("-10"), 1, 4, 1, RoundingMode::HalfUp)
                .unwrap()
                .to_string(),
            "-2.5"
        );
    }

    #[test]
    fn a_near_tie_is_not_mistaken_for_a_tie() {
        // 2.01 * 1/2 = 1.005 exactly: a tie. 2.009999999999 / 2 = 1.0049999999995: not one.
        let half_up = RoundingMode::HalfUp;
        assert_eq!(
            share(d("2.01"), 1, 2, 2, half_up).unwrap().to_string(),
            "1.01"
        );
        assert_eq!(
            share(d("2.009999999999"), 1, 2, 2, half_up)
                .unwrap()
                .to_string(),
            "1.00"
        );
    }

    #[test]
    fn a_whole_fraction_returns_the_amount_rounded() {
        assert_eq!(
            share(d("12.345"), 31, 31, 2, RoundingMode::Down).unwrap(),
            d("12.34")
        );
        assert_eq!(exact_share(d("30.00"), 31, 31).unwrap(), d("30"));
    }
}
