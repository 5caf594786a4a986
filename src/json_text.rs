//! Pieces of JSON text written straight into a buffer: strings and decimals as serde_json
//! writes them, for results that cross into JS as one `JSON.parse`.
//!
//! Measured on the invoice benchmark: serde_json spent most of an invoice's writing on
//! `core::fmt` for each decimal and a byte-by-byte escape of each string; these write
//! decimals from their integer parts and copy strings that need no escape whole.

use rust_decimal::Decimal;

/// `text` as a JSON string, escaped as serde_json escapes it: `"`, `\` and control
/// characters, with the short forms `\n`, `\t` and so on where JSON has them.
pub(crate) fn push_string(json: &mut String, text: &str) {
    json.push('"');
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c == '"' || c == '\\' || c < ' ') {
        let (plain, escaped) = rest.split_at(at);
        json.push_str(plain);
        let mut chars = escaped.chars();
        if let Some(c) = chars.next() {
            push_escaped(json, c);
        }
        rest = chars.as_str();
    }
    json.push_str(rest);
    json.push('"');
}

fn push_escaped(json: &mut String, c: char) {
    match c {
        '"' => json.push_str("\\\""),
        '\\' => json.push_str("\\\\"),
        '\u{8}' => json.push_str("\\b"),
        '\u{c}' => json.push_str("\\f"),
        '\n' => json.push_str("\\n"),
        '\r' => json.push_str("\\r"),
        '\t' => json.push_str("\\t"),
        control => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let code = u32::from(control);
            json.push_str("\\u00");
            for nibble in [code >> 4, code & 0xf] {
                json.push(
                    HEX.get(nibble as usize)
                        .map_or('0', |&digit| char::from(digit)),
                );
            }
        }
    }
}

/// `text` as a JSON string, or `null`.
pub(crate) fn push_optional_string(json: &mut String, text: Option<&str>) {
    match text {
        Some(text) => push_string(json, text),
        None => json.push_str("null"),
    }
}

/// `value` as a JSON string of its decimal text, as its `Display` writes it: every digit
/// of its scale kept (`"107.00"`), and the sign of a negative zero (`"-0.00"`).
pub(crate) fn push_decimal(json: &mut String, value: &Decimal) {
    // 96-bit mantissas have at most 29 digits; scales are at most 28.
    let mut digits = [b'0'; 40];
    let mut end = digits.len();
    let mut mantissa = value.mantissa().unsigned_abs();
    let scale = value.scale() as usize;
    let mut written = 0;
    while (mantissa > 0 || written <= scale) && end > 0 {
        end -= 1;
        if let Some(slot) = digits.get_mut(end) {
            *slot = b'0' + (mantissa % 10) as u8;
        }
        mantissa /= 10;
        written += 1;
    }
    let text = digits.get(end..).unwrap_or_default();
    let (whole, fraction) = text.split_at(text.len().saturating_sub(scale));
    json.push('"');
    if value.is_sign_negative() {
        json.push('-');
    }
    push_ascii(json, whole);
    if scale > 0 {
        json.push('.');
        push_ascii(json, fraction);
    }
    json.push('"');
}

/// `value` as [`push_decimal`] writes it, or `null`.
pub(crate) fn push_optional_decimal(json: &mut String, value: Option<&Decimal>) {
    match value {
        Some(value) => push_decimal(json, value),
        None => json.push_str("null"),
    }
}

fn push_ascii(json: &mut String, digits: &[u8]) {
    json.extend(digits.iter().map(|&digit| char::from(digit)));
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn string_json(text: &str) -> String {
        let mut json = String::new();
        push_string(&mut json, text);
        json
    }

    pub(super) fn decimal_json(value: &Decimal) -> String {
        let mut json = String::new();
        push_decimal(&mut json, value);
        json
    }

    #[test]
    fn worked_strings() {
        assert_eq!(string_json("Platform fee"), r#""Platform fee""#);
        assert_eq!(
            string_json("a\"b\\c\nd\te\u{1}f\u{8}\u{c}\r"),
            r#""a\"b\\c\nd\te\u0001f\b\f\r""#
        );
        assert_eq!(string_json("Zürich \u{2028}"), "\"Zürich \u{2028}\"");
    }

    #[test]
    fn worked_decimals() {
        for (value, text) in [
            (Decimal::new(10_700, 2), "107.00"),
            (Decimal::new(5, 3), "0.005"),
            (Decimal::new(-9_032, 2), "-90.32"),
            (Decimal::new(0, 2), "0.00"),
            (Decimal::new(-0, 0), "0"),
            (Decimal::MAX, "79228162514264337593543950335"),
            (Decimal::new(1, 28), "0.0000000000000000000000000001"),
        ] {
            assert_eq!(decimal_json(&value), format!("\"{text}\""));
        }
        let mut negative_zero = Decimal::new(0, 2);
        negative_zero.set_sign_negative(true);
        assert_eq!(decimal_json(&negative_zero), "\"-0.00\"");
    }
}

// proptest does not build for wasm32 (its random source).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::{decimal_json, string_json};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    proptest! {
        #[test]
        fn decimals_as_display_writes_them(
            low in any::<u32>(), mid in any::<u32>(), high in any::<u32>(),
            negative in any::<bool>(), scale in 0u32..=28,
        ) {
            let value = Decimal::from_parts(low, mid, high, negative, scale);
            prop_assert_eq!(decimal_json(&value), format!("\"{value}\""));
        }

        #[test]
        fn strings_as_serde_json_writes_them(text in "\\PC*|[\"\\\\\\x00-\\x1f\u{7f}\u{2028}é]{0,12}") {
            prop_assert_eq!(string_json(&text), serde_json::to_string(&text).unwrap());
        }
    }
}
