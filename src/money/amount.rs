//! Amounts as decimal strings: read exactly, never through a binary float.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::{Error, ErrorCode, Result};
use crate::text::excerpt;

/// The most integer digits an amount may have: below a quadrillion.
pub const MAX_INTEGER_DIGITS: usize = 15;
/// The most decimal places an amount, a scale or a rounding may have.
pub const MAX_SCALE: u32 = 12;

/// A decimal amount as the caller wrote it, `"10.00"`; checked by [`parse_amount`].
///
/// JSON numbers are read only to be refused: `10.1` in JS is a binary float, which cannot
/// hold most cent amounts exactly, and billkit never computes with one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecimalText {
    /// A string, not yet checked.
    Text(String),
    /// Something that was not a string; what it was, for the message.
    NotText(&'static str),
}

impl From<&str> for DecimalText {
    fn from(text: &str) -> Self {
        DecimalText::Text(text.to_owned())
    }
}

/// Reads `text` as an exact decimal amount: an optional `-`, digits, and optionally `.` and
/// more digits; no exponent, no separators.
///
/// ```
/// use billkit::money::{parse_amount, DecimalText};
///
/// assert_eq!(parse_amount(&"-12.50".into(), "amount")?.to_string(), "-12.50");
/// let error = parse_amount(&DecimalText::NotText("a number"), "amount").unwrap_err();
/// assert_eq!(error.code().as_str(), "invalid_amount");
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// [`ErrorCode::InvalidAmount`] at `field` for a number or any other text;
/// [`ErrorCode::OutOfRange`] past 15 integer digits or 12 decimals.
pub fn parse_amount(text: &DecimalText, field: &str) -> Result<Decimal> {
    match text {
        DecimalText::Text(text) => parse_decimal(text, field),
        DecimalText::NotText(what) => Err(Error::new(
            ErrorCode::InvalidAmount,
            field,
            format!(
                "`{field}` must be a decimal string such as \"10.00\", not {what}: binary \
                 floating point cannot hold most amounts exactly"
            ),
        )),
    }
}

/// Reads the text of an amount, as [`parse_amount`] does for a string.
///
/// ```
/// use billkit::money::parse_decimal;
///
/// assert_eq!(parse_decimal("0.10", "amount")?.to_string(), "0.10");
/// assert_eq!(parse_decimal("1e3", "amount").unwrap_err().code().as_str(), "invalid_amount");
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// As [`parse_amount`].
pub fn parse_decimal(text: &str, field: &str) -> Result<Decimal> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let is_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !(is_digits(whole) && is_digits(fraction)) {
        return Err(Error::new(
            ErrorCode::InvalidAmount,
            field,
            format!(
                "`{field}` must be a decimal string such as \"10.00\", not {}",
                excerpt(text)
            ),
        ));
    }
    let significant_whole = whole.trim_start_matches('0').len();
    if significant_whole > MAX_INTEGER_DIGITS || fraction.len() > MAX_SCALE as usize {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!(
                "`{field}` may have at most {MAX_INTEGER_DIGITS} digits before the point and \
                 {MAX_SCALE} after it, not {}",
                excerpt(text)
            ),
        ));
    }
    Decimal::from_str_exact(text).map_err(|_| {
        Error::new(
            ErrorCode::InvalidAmount,
            field,
            format!("`{field}` is not a decimal amount: {}", excerpt(text)),
        )
    })
}

impl Serialize for DecimalText {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            DecimalText::Text(text) => serializer.serialize_str(text),
            DecimalText::NotText(what) => serializer.serialize_str(what),
        }
    }
}

impl<'de> Deserialize<'de> for DecimalText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(DecimalTextVisitor)
    }
}

/// Takes strings as they are and notes what anything else was, so that the check can say
/// why a number is refused instead of failing inside the deserializer.
struct DecimalTextVisitor;

impl Visitor<'_> for DecimalTextVisitor {
    type Value = DecimalText;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a decimal string such as \"10.00\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<DecimalText, E> {
        Ok(DecimalText::Text(text.to_owned()))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<DecimalText, E> {
        Ok(DecimalText::NotText("a number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> std::result::Result<DecimalText, E> {
        Ok(DecimalText::NotText("a number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<DecimalText, E> {
        Ok(DecimalText::NotText("a number"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<DecimalText, E> {
        Ok(DecimalText::NotText("a boolean"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_decimals_exactly() {
        for text in [
            "0",
            "10",
            "10.00",
            "-0.5",
            "0.000000000001",
            "999999999999999.99",
        ] {
            assert_eq!(
                parse_amount(&text.into(), "amount").unwrap().to_string(),
                text
            );
        }
    }

    #[test]
    fn refuses_everything_else_with_a_code() {
        let invalid = [
            "", "-", ".5", "5.", "1e3", "+1", " 1", "1,000.00", "0x10", "NaN", "１",
        ];
        for text in invalid {
            let error = parse_amount(&text.into(), "amount").unwrap_err();
            assert_eq!(error.code().as_str(), "invalid_amount", "{text:?}");
        }
        for text in ["1000000000000000", "0.0000000000001"] {
            let error = parse_amount(&text.into(), "amount").unwrap_err();
            assert_eq!(error.code().as_str(), "out_of_range", "{text:?}");
        }
    }
}
