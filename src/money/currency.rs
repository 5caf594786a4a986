//! Currencies and their minor units: ISO 4217, or a custom unit with its own scale.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};
use crate::money::amount::MAX_SCALE;
use crate::text::excerpt;

/// A currency as the caller wrote it: an ISO 4217 code (`"USD"`), or a custom unit with the
/// number of decimals it is rounded to (`{ "code": "credits", "scale": 4 }`, Orb's custom
/// pricing units).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum CurrencySpec {
    /// An ISO 4217 alphabetic code, upper case.
    Iso(String),
    /// A unit of the caller's, rounded to `scale` decimals (0 to 12).
    Custom {
        /// The unit's name, as it should appear on lines.
        code: String,
        /// Decimals the unit is rounded to.
        scale: i64,
    },
}

/// A checked currency: its code and the decimals amounts round to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency {
    /// `USD`, `JPY`, or a custom unit's name.
    pub code: String,
    /// The minor unit's decimals: 2 for USD, 0 for JPY, 3 for KWD, 4 for CLF.
    pub scale: u32,
}

impl Currency {
    /// Checks `spec`: ISO codes take their minor unit from the ISO 4217 table
    /// (`iso_currency`), custom units the scale given.
    ///
    /// ```
    /// use billkit::money::{Currency, CurrencySpec};
    ///
    /// let scale = |code: &str| Currency::resolve(&CurrencySpec::Iso(code.into()), "currency").unwrap().scale;
    /// assert_eq!([scale("USD"), scale("JPY"), scale("KWD"), scale("CLF")], [2, 0, 3, 4]);
    /// ```
    ///
    /// # Errors
    ///
    /// [`ErrorCode::InvalidCurrency`] at `field` for an unknown code or one without a minor
    /// unit (`XAU`); [`ErrorCode::OutOfRange`] at `field.scale` outside 0 to 12.
    pub fn resolve(spec: &CurrencySpec, field: &str) -> Result<Currency> {
        match spec {
            CurrencySpec::Iso(code) => Self::iso(code, field),
            CurrencySpec::Custom { code, scale } => Self::custom(code, *scale, field),
        }
    }

    /// [`Currency::resolve`] for an optional currency: `None` (no rounding) when absent.
    ///
    /// # Errors
    ///
    /// As [`Currency::resolve`].
    pub fn resolve_optional(spec: Option<&CurrencySpec>, field: &str) -> Result<Option<Currency>> {
        spec.map(|spec| Self::resolve(spec, field)).transpose()
    }

    fn iso(code: &str, field: &str) -> Result<Currency> {
        let currency = iso_currency::Currency::from_code(code).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidCurrency,
                field,
                format!(
                    "`{field}` must be an ISO 4217 code such as \"USD\", or {{code, scale}} for a \
                     custom unit, not {}",
                    excerpt(code)
                ),
            )
        })?;
        let scale = currency.exponent().ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidCurrency,
                field,
                format!("{code} has no minor unit to round to; give {{code, scale}} to choose one"),
            )
        })?;
        Ok(Currency {
            code: code.to_owned(),
            scale: u32::from(scale),
        })
    }

    fn custom(code: &str, scale: i64, field: &str) -> Result<Currency> {
        let valid_code = (1..=32).contains(&code.len())
            && code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !valid_code {
            return Err(Error::new(
                ErrorCode::InvalidCurrency,
                format!("{field}.code"),
                format!(
                    "`{field}.code` must be 1 to 32 letters, digits, `_` or `-`, not {}",
                    excerpt(code)
                ),
            ));
        }
        match u32::try_from(scale) {
            Ok(scale) if scale <= MAX_SCALE => Ok(Currency {
                code: code.to_owned(),
                scale,
            }),
            _ => Err(Error::new(
                ErrorCode::OutOfRange,
                format!("{field}.scale"),
                format!("`{field}.scale` must be 0 to {MAX_SCALE}, not {scale}"),
            )),
        }
    }
}

impl<'de> Deserialize<'de> for CurrencySpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(CurrencyVisitor)
    }
}

/// Reads either form of [`CurrencySpec`], with an error that names both when neither fits.
struct CurrencyVisitor;

impl<'de> Visitor<'de> for CurrencyVisitor {
    type Value = CurrencySpec;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an ISO 4217 code such as \"USD\" or an object {code, scale}")
    }

    fn visit_str<E: de::Error>(self, code: &str) -> std::result::Result<CurrencySpec, E> {
        Ok(CurrencySpec::Iso(code.to_owned()))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<CurrencySpec, A::Error> {
        #[derive(Deserialize)]
        struct Custom {
            code: String,
            scale: i64,
        }
        let Custom { code, scale } =
            Custom::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(CurrencySpec::Custom { code, scale })
    }
}
