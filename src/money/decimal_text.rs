//! Decimals written as text without their `Display`, which divides a 128-bit integer once
//! per digit (in software, in wasm): it was the largest cost of writing an invoice and its
//! explanations.

use rust_decimal::Decimal;

/// Appends `value` as its `Display` writes it: every digit of its scale kept (`107.00`),
/// and the sign of a negative zero (`-0.00`).
pub(crate) fn push_decimal(text: &mut String, value: &Decimal) {
    text.push_str(PlainDecimal::of(value).as_str());
}

/// A decimal's text, built on the stack.
struct PlainDecimal {
    /// A sign, 29 digits, a point and the zeros before a scale-28 fraction's first digit.
    bytes: [u8; 34],
    start: usize,
}

impl PlainDecimal {
    fn of(value: &Decimal) -> PlainDecimal {
        let mut text = PlainDecimal {
            bytes: [b'0'; 34],
            start: 34,
        };
        let scale = value.scale() as usize;
        let mut mantissa = value.mantissa().unsigned_abs();
        let mut written = 0;
        // Whole u64 chunks of 19 digits, so that all but the first division are native.
        while mantissa > u128::from(u64::MAX) {
            let chunk = (mantissa % 10_000_000_000_000_000_000) as u64;
            mantissa /= 10_000_000_000_000_000_000;
            text.write_u64(chunk, 19, scale, &mut written);
        }
        text.write_u64(
            mantissa as u64,
            (scale + 1).saturating_sub(written),
            scale,
            &mut written,
        );
        if value.is_sign_negative() {
            text.push_front(b'-');
        }
        text
    }

    /// Writes `value`'s digits in front, at least `min_digits` of them, with the point
    /// after the `scale` digits of the fraction.
    fn write_u64(&mut self, mut value: u64, min_digits: usize, scale: usize, written: &mut usize) {
        let mut digits = 0;
        while value > 0 || digits < min_digits {
            if *written == scale && scale > 0 {
                self.push_front(b'.');
            }
            self.push_front(b'0' + (value % 10) as u8);
            value /= 10;
            digits += 1;
            *written += 1;
        }
    }

    fn push_front(&mut self, byte: u8) {
        if let Some(start) = self.start.checked_sub(1) {
            if let Some(slot) = self.bytes.get_mut(start) {
                *slot = byte;
                self.start = start;
            }
        }
    }

    fn as_str(&self) -> &str {
        // Only ASCII digits, '.' and '-' are ever written.
        std::str::from_utf8(self.bytes.get(self.start..).unwrap_or_default()).unwrap_or_default()
    }
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
