//! Orb's plain numbers: quantities, tier bounds, percentages and basis points that Orb's
//! API writes as JSON numbers (`"percentage_discount": 0.1`), read by their decimal digits.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use crate::error::Result;
use crate::input::NUMBER_DIGITS;
use crate::money::{parse_amount, DecimalText};

/// A number Orb sends as a JSON number, or the same as a decimal string.
///
/// A JSON number is read from its shortest decimal form, the digits its JSON text has
/// (`0.1` is exactly one tenth, not the binary float nearest to it), so no float enters a
/// computation. billkit's own reader hands it over as those digits, as JS writes them; any
/// other deserializer as a float, whose shortest digits Rust writes. Money is never read this
/// way: amounts stay decimal strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrbNumber(DecimalText);

impl OrbNumber {
    /// The number, exactly.
    ///
    /// # Errors
    ///
    /// `invalid_amount` at `field` for text that is not a plain decimal, `out_of_range` past
    /// billkit's decimal bounds.
    pub fn read(&self, field: &str) -> Result<Decimal> {
        parse_amount(&self.0, field)
    }
}

impl From<&str> for OrbNumber {
    fn from(text: &str) -> Self {
        OrbNumber(DecimalText::Text(text.to_owned()))
    }
}

impl<'de> Deserialize<'de> for OrbNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(NUMBER_DIGITS, OrbNumberVisitor)
    }
}

struct OrbNumberVisitor;

impl<'de> Visitor<'de> for OrbNumberVisitor {
    type Value = OrbNumber;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number or a decimal string")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<OrbNumber, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<OrbNumber, E> {
        Ok(OrbNumber::from(text))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> std::result::Result<OrbNumber, E> {
        Ok(OrbNumber(DecimalText::Text(value.to_string())))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> std::result::Result<OrbNumber, E> {
        Ok(OrbNumber(DecimalText::Text(value.to_string())))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> std::result::Result<OrbNumber, E> {
        // Rust prints a float as the shortest decimal that reads back to it, without an
        // exponent: the digits of the JSON text it was parsed from.
        Ok(OrbNumber(if value.is_finite() {
            DecimalText::Text(value.to_string())
        } else {
            DecimalText::NotText("a number that is not finite")
        }))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<OrbNumber, E> {
        Ok(OrbNumber(DecimalText::NotText("a boolean")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> String {
        let number: OrbNumber = serde_json::from_str(json).unwrap();
        number.read("field").unwrap().to_string()
    }

    #[test]
    fn reads_json_numbers_by_their_digits() {
        assert_eq!(read("0.1"), "0.1");
        assert_eq!(read("12.5"), "12.5");
        assert_eq!(read("1000"), "1000");
        assert_eq!(read("1e-7"), "0.0000001");
        assert_eq!(read("\"0.15\""), "0.15");
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        let number: OrbNumber = serde_json::from_str("true").unwrap();
        assert_eq!(
            number.read("field").unwrap_err().code().as_str(),
            "invalid_amount"
        );
        let number: OrbNumber = serde_json::from_str("\"1,5\"").unwrap();
        assert_eq!(
            number.read("field").unwrap_err().code().as_str(),
            "invalid_amount"
        );
    }
}
