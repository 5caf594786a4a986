//! Quantities and weights: whole JS numbers or decimal strings, never fractional floats.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::{Error, ErrorCode, Result};
use crate::money::amount::{parse_amount, DecimalText};

/// A quantity or a weight as the caller wrote it: a whole number (`3`) or a decimal string
/// (`"2.5"`). A fractional JS number is refused like a float amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuantityText {
    /// A whole number.
    Whole(i64),
    /// A decimal string, or what was given instead.
    Decimal(DecimalText),
}

impl From<i64> for QuantityText {
    fn from(value: i64) -> Self {
        QuantityText::Whole(value)
    }
}

/// Reads a quantity exactly.
///
/// ```
/// use billkit::money::{parse_quantity, DecimalText, QuantityText};
///
/// assert_eq!(parse_quantity(&QuantityText::Whole(3), "quantity")?.to_string(), "3");
/// let half = QuantityText::Decimal(DecimalText::Text("2.5".into()));
/// assert_eq!(parse_quantity(&half, "quantity")?.to_string(), "2.5");
/// # Ok::<(), billkit::Error>(())
/// ```
///
/// # Errors
///
/// As [`parse_amount`] for strings and fractional numbers, at `field`.
pub fn parse_quantity(quantity: &QuantityText, field: &str) -> Result<Decimal> {
    match quantity {
        QuantityText::Whole(value) if value.unsigned_abs() < 10_u64.pow(15) => {
            Ok(Decimal::from(*value))
        }
        QuantityText::Whole(value) => Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("`{field}` must be below a quadrillion, not {value}"),
        )),
        QuantityText::Decimal(text) => parse_amount(text, field),
    }
}

impl Serialize for QuantityText {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            QuantityText::Whole(value) => serializer.serialize_i64(*value),
            QuantityText::Decimal(text) => text.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for QuantityText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(QuantityVisitor)
    }
}

struct QuantityVisitor;

impl Visitor<'_> for QuantityVisitor {
    type Value = QuantityText;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a whole number or a decimal string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<QuantityText, E> {
        Ok(QuantityText::Decimal(DecimalText::Text(text.to_owned())))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> std::result::Result<QuantityText, E> {
        Ok(QuantityText::Whole(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> std::result::Result<QuantityText, E> {
        Ok(i64::try_from(value).map_or(
            QuantityText::Decimal(DecimalText::NotText("a number this large")),
            QuantityText::Whole,
        ))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<QuantityText, E> {
        Ok(QuantityText::Decimal(DecimalText::NotText(
            "a fractional number",
        )))
    }
}
