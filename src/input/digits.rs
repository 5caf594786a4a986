//! A number's text without its exponent: JS writes `1e-7` and `1.5e+21` where billkit's
//! decimals read only plain digits (`0.0000001`, `1500000000000000000000`).

/// `text` with its exponent, if any, moved into the digits; any other text as it is.
pub(super) fn plain_decimal(text: &str) -> String {
    let Some((mantissa, exponent)) = text.split_once(['e', 'E']) else {
        return text.to_owned();
    };
    // No finite double needs more than 324 places; a longer text is not one of theirs.
    let Some(exponent) = exponent.parse::<i64>().ok().filter(|e| e.abs() <= 400) else {
        return text.to_owned();
    };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(unsigned) => ("-", unsigned),
        None => ("", mantissa),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() || !(whole.chars().chain(fraction.chars())).all(|c| c.is_ascii_digit()) {
        return text.to_owned();
    }
    let digits = format!("{whole}{fraction}");
    // Where the decimal point falls in `digits`, counted from their start.
    let point = i64::try_from(whole.len())
        .unwrap_or(i64::MAX)
        .saturating_add(exponent);
    let digit_count = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    let plain = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(zeros(-point)))
    } else if point >= digit_count {
        format!("{digits}{}", "0".repeat(zeros(point - digit_count)))
    } else {
        let (integer, decimals) = digits.split_at(zeros(point));
        format!("{integer}.{decimals}")
    };
    format!("{sign}{}", trim_leading_zeros(&plain))
}

fn zeros(count: i64) -> usize {
    usize::try_from(count).unwrap_or(0)
}

/// `007.5` as `7.5`, `00.5` as `0.5`.
fn trim_leading_zeros(plain: &str) -> &str {
    let trimmed = plain.trim_start_matches('0');
    if trimmed.is_empty() || trimmed.starts_with('.') {
        // One zero stays before the point.
        plain
            .len()
            .checked_sub(trimmed.len() + 1)
            .and_then(|start| plain.get(start..))
            .unwrap_or(plain)
    } else {
        trimmed
    }
}

#[cfg(test)]
mod tests {
    use super::plain_decimal;

    #[test]
    fn moves_the_exponent_into_the_digits() {
        // JS's `String(n)` for these numbers (ECMA-262 Number::toString), and their digits.
        let cases = [
            ("1e-7", "0.0000001"),
            ("1.5e-7", "0.00000015"),
            ("-2.5e-10", "-0.00000000025"),
            ("1e+21", "1000000000000000000000"),
            ("1.2345e+25", "12345000000000000000000000"),
            ("5e-324", &format!("0.{}5", "0".repeat(323))),
            (
                "1.7976931348623157e+308",
                &format!("17976931348623157{}", "0".repeat(292)),
            ),
        ];
        for (js, plain) in cases {
            assert_eq!(plain_decimal(js), plain, "{js}");
        }
    }

    #[test]
    fn leaves_plain_and_other_text_alone() {
        let texts = [
            "0.1",
            "123456",
            "-0.5",
            "NaN",
            "Infinity",
            "-Infinity",
            "e5",
            "1e",
            "1.2.3e4",
            "1e9999",
        ];
        for text in texts {
            assert_eq!(plain_decimal(text), text);
        }
    }

    #[test]
    fn agrees_with_rust_for_every_magnitude() {
        // Rust writes a float's shortest digits without an exponent; JS with one past 1e21 and
        // below 1e-6. The same digits either way, so the two texts must agree once plain.
        let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            let number = f64::from_bits(bits);
            if !number.is_finite() {
                continue;
            }
            let exponent_form = format!("{number:e}");
            assert_eq!(
                plain_decimal(&exponent_form),
                number.to_string(),
                "{exponent_form}"
            );
        }
    }
}
