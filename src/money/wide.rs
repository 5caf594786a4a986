//! 128-bit integer arithmetic that takes 64-bit paths when the operands allow. wasm has no
//! 128-bit instructions: each `i128` multiplication or division is a call into software
//! routines, while the mantissas, day counts and weights of billing nearly always fit 32 or
//! 64 bits.

/// Powers of ten an `i128` holds: 10^0 to 10^38.
// Evaluated at compile time, where an index out of bounds fails the build, not a call.
#[allow(clippy::indexing_slicing)]
const POWERS_OF_TEN: [i128; 39] = {
    let mut powers = [1_i128; 39];
    let mut index = 1;
    while index < powers.len() {
        powers[index] = powers[index - 1] * 10;
        index += 1;
    }
    powers
};

/// 10^`exponent`, or `None` past 10^38.
pub(crate) fn power_of_ten(exponent: u32) -> Option<i128> {
    POWERS_OF_TEN.get(usize::try_from(exponent).ok()?).copied()
}

/// `left * right`, or `None` when it overflows.
pub(crate) fn checked_mul(left: i128, right: i128) -> Option<i128> {
    match (i32::try_from(left), i32::try_from(right)) {
        (Ok(left), Ok(right)) => Some(i128::from(i64::from(left) * i64::from(right))),
        _ => left.checked_mul(right),
    }
}

/// `left * right` of magnitudes, or `None` when it overflows.
pub(crate) fn checked_mul_unsigned(left: u128, right: u128) -> Option<u128> {
    match (u32::try_from(left), u32::try_from(right)) {
        (Ok(left), Ok(right)) => Some(u128::from(u64::from(left) * u64::from(right))),
        _ => left.checked_mul(right),
    }
}

/// `(numerator / denominator, numerator % denominator)`; `None` for a zero denominator.
pub(crate) fn div_rem(numerator: u128, denominator: u128) -> Option<(u128, u128)> {
    if denominator == 0 {
        return None;
    }
    Some(
        match (u64::try_from(numerator), u64::try_from(denominator)) {
            (Ok(numerator), Ok(denominator)) => (
                u128::from(numerator / denominator),
                u128::from(numerator % denominator),
            ),
            _ => (numerator / denominator, numerator % denominator),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten_up_to_what_i128_holds() {
        assert_eq!(power_of_ten(0), Some(1));
        assert_eq!(power_of_ten(2), Some(100));
        assert_eq!(power_of_ten(38), 10_i128.checked_pow(38));
        assert_eq!(power_of_ten(39), None);
    }

    #[test]
    fn edges_of_the_fast_paths() {
        let (max, min) = (i128::from(i32::MAX), i128::from(i32::MIN));
        assert_eq!(checked_mul(min, min), Some(min * min));
        assert_eq!(checked_mul(max, min), Some(max * min));
        assert_eq!(checked_mul(i128::MAX, 2), None);
        assert_eq!(checked_mul(i128::MIN, -1), None);
        let unsigned = u128::from(u32::MAX);
        assert_eq!(
            checked_mul_unsigned(unsigned, unsigned),
            Some(unsigned * unsigned)
        );
        assert_eq!(checked_mul_unsigned(u128::MAX, 2), None);
        assert_eq!(
            div_rem(u128::from(u64::MAX), 7),
            Some((u128::from(u64::MAX) / 7, u128::from(u64::MAX) % 7))
        );
        assert_eq!(div_rem(5, 0), None);
    }
}

// proptest does not build for wasm32 (its random source).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Integers of every width up to 128 bits, so each path is taken.
    fn integer() -> impl Strategy<Value = i128> {
        prop_oneof![
            any::<i32>().prop_map(i128::from),
            any::<i64>().prop_map(i128::from),
            any::<i128>(),
        ]
    }

    proptest! {
        #[test]
        fn products_as_i128_computes_them(left in integer(), right in integer()) {
            prop_assert_eq!(checked_mul(left, right), left.checked_mul(right));
            let (left, right) = (left.unsigned_abs(), right.unsigned_abs());
            prop_assert_eq!(checked_mul_unsigned(left, right), left.checked_mul(right));
        }

        #[test]
        fn quotients_as_u128_computes_them(numerator in integer(), denominator in integer()) {
            let (numerator, denominator) = (numerator.unsigned_abs(), denominator.unsigned_abs());
            let expected = numerator
                .checked_div(denominator)
                .zip(numerator.checked_rem(denominator));
            prop_assert_eq!(div_rem(numerator, denominator), expected);
        }
    }
}
