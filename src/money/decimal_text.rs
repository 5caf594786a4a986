//! Decimals written as text without `core::fmt`: in wasm, `Display` for a decimal divides
//! a 128-bit integer once per digit in software, and was the largest cost of writing an
//! invoice.

use rust_decimal::Decimal;

/// Appends `value` as its `Display` writes it: every digit of its scale kept (`107.00`),
/// and the sign of a negative zero (`-0.00`).
pub(crate) fn push_decimal(text: &mut String, value: &Decimal) {
    // 96-bit mantissas have at most 29 digits; scales are at most 28.
    let mut digits = [b'0'; 40];
    let scale = value.scale() as usize;
    let start = write_digits(&mut digits, value.mantissa().unsigned_abs(), scale + 1);
    let written = digits.get(start..).unwrap_or_default();
    let (whole, fraction) = written.split_at(written.len().saturating_sub(scale));
    if value.is_sign_negative() {
        text.push('-');
    }
    push_ascii(text, whole);
    if scale > 0 {
        text.push('.');
        push_ascii(text, fraction);
    }
}

/// Writes `value`'s digits at the end of `digits`, at least `min_digits` of them (zeros in
/// front), and returns where they start.
fn write_digits(digits: &mut [u8; 40], mut value: u128, min_digits: usize) -> usize {
    let mut start = digits.len();
    // Whole u64 chunks of 19 digits, so that all but the first division are native.
    while value > u128::from(u64::MAX) {
        let chunk = (value % 10_000_000_000_000_000_000) as u64;
        value /= 10_000_000_000_000_000_000;
        start = write_u64(digits, start, chunk, 19);
    }
    let min_left = min_digits.saturating_sub(digits.len() - start);
    write_u64(digits, start, value as u64, min_left.max(1))
}

/// Writes `value` ending before `end`, at least `min_digits` digits, and returns where it
/// starts.
fn write_u64(digits: &mut [u8; 40], mut end: usize, mut value: u64, min_digits: usize) -> usize {
    let mut written = 0;
    while (value > 0 || written < min_digits) && end > 0 {
        end -= 1;
        if let Some(slot) = digits.get_mut(end) {
            *slot = b'0' + (value % 10) as u8;
        }
        value /= 10;
        written += 1;
    }
    end
}

fn push_ascii(text: &mut String, digits: &[u8]) {
    text.extend(digits.iter().map(|&digit| char::from(digit)));
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
