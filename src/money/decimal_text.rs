//! Decimals written as text without their `Display`, which divides a 128-bit integer once
//! per digit (in software, in wasm) and goes through `core::fmt`: it was the largest cost of
//! writing an invoice and its explanations.

use rust_decimal::Decimal;

/// Appends `value` as its `Display` writes it: every digit of its scale kept (`107.00`),
/// and the sign of a negative zero (`-0.00`).
pub(crate) fn push_decimal(text: &mut String, value: &Decimal) {
    let scale = value.scale() as usize;
    // Least significant first: 96-bit mantissas have at most 29 digits.
    let mut digits = [0_u8; 32];
    let count = digits_of(value.mantissa().unsigned_abs(), &mut digits).max(scale + 1);
    text.reserve(count + 2);
    if value.is_sign_negative() {
        text.push('-');
    }
    for position in (0..count).rev() {
        text.push(char::from(
            b'0' + digits.get(position).copied().unwrap_or(0),
        ));
        if position == scale && scale > 0 {
            text.push('.');
        }
    }
}

/// Writes `value`'s decimal digits into `digits`, least significant first; returns how many.
fn digits_of(mut value: u128, digits: &mut [u8; 32]) -> usize {
    const CHUNK: u128 = 10_000_000_000_000_000_000;
    let mut count = 0;
    // Whole chunks of 19 digits first, so that all but one division are on u64.
    let mut rest = loop {
        match u64::try_from(value) {
            Ok(rest) => break rest,
            Err(_) => {
                let mut chunk = (value % CHUNK) as u64;
                value /= CHUNK;
                for _ in 0..19 {
                    if let Some(slot) = digits.get_mut(count) {
                        *slot = (chunk % 10) as u8;
                    }
                    chunk /= 10;
                    count += 1;
                }
            }
        }
    };
    while rest > 0 {
        if let Some(slot) = digits.get_mut(count) {
            *slot = (rest % 10) as u8;
        }
        rest /= 10;
        count += 1;
    }
    count
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn decimal_text(value: &Decimal) -> String {
        let mut text = String::new();
        push_decimal(&mut text, value);
        text
    }

    #[test]
    fn worked_decimals() {
        for (value, text) in [
            (Decimal::new(10_700, 2), "107.00"),
            (Decimal::new(5, 3), "0.005"),
            (Decimal::new(-9_032, 2), "-90.32"),
            (Decimal::new(0, 2), "0.00"),
            (Decimal::new(0, 0), "0"),
            (Decimal::MAX, "79228162514264337593543950335"),
            (Decimal::MIN, "-79228162514264337593543950335"),
            (Decimal::new(1, 28), "0.0000000000000000000000000001"),
            (
                Decimal::from_i128_with_scale(10_000_000_000_000_000_000, 20),
                "0.10000000000000000000",
            ),
        ] {
            assert_eq!(decimal_text(&value), text);
        }
        let mut negative_zero = Decimal::new(0, 2);
        negative_zero.set_sign_negative(true);
        assert_eq!(decimal_text(&negative_zero), "-0.00");
    }
}

// proptest does not build for wasm32 (its random source).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::decimal_text;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    proptest! {
        #[test]
        fn decimals_as_display_writes_them(
            low in any::<u32>(), mid in any::<u32>(), high in 0..=u32::MAX,
            small in any::<bool>(), negative in any::<bool>(), scale in 0u32..=28,
        ) {
            // Half the cases fit a u64, as nearly every amount does.
            let (mid, high) = if small { (mid, 0) } else { (mid, high) };
            let value = Decimal::from_parts(low, mid, high, negative, scale);
            prop_assert_eq!(decimal_text(&value), value.to_string());
        }
    }
}
