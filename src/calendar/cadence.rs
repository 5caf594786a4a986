//! How often a subscription bills: named cadences and custom `{unit, count}` ones.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};
use crate::text::excerpt;

/// The largest `count` of a custom cadence.
pub const MAX_CADENCE_COUNT: i64 = 10_000;

/// A billing cadence as the caller wrote it: a name (`"monthly"`) or a custom
/// `{ "unit": "month", "count": 2 }`. Checked by [`Cadence::from_spec`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum CadenceSpec {
    /// One of `daily`, `weekly`, `monthly`, `quarterly`, `semi_annual`, `annual`, `one_time`.
    Named(String),
    /// `count` units of `day`, `week`, `month` or `year`.
    Custom {
        /// `day`, `week`, `month` or `year`.
        unit: String,
        /// How many units one cycle lasts, 1 to 10,000.
        count: i64,
    },
}

/// A checked cadence: cycles of a whole number of days or of months, or a single period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    /// Cycles of `n` days, counted from the start date.
    Days(i64),
    /// Cycles of `n` weeks, starting on the anchor's ISO weekday.
    Weeks(i64),
    /// Cycles of `n` months, starting on the anchor day (clamped to short months).
    Months(i64),
    /// A single period, from the start to the end.
    OneTime,
}

impl Cadence {
    /// Checks a caller's cadence.
    ///
    /// ```
    /// use billkit::{Cadence, CadenceSpec};
    ///
    /// let quarterly = CadenceSpec::Named("quarterly".into());
    /// assert_eq!(Cadence::from_spec(&quarterly).unwrap(), Cadence::Months(3));
    /// let fortnight = CadenceSpec::Custom { unit: "week".into(), count: 2 };
    /// assert_eq!(Cadence::from_spec(&fortnight).unwrap(), Cadence::Weeks(2));
    /// ```
    ///
    /// # Errors
    ///
    /// [`ErrorCode::InvalidInput`] at `cadence` for an unknown name, at `cadence.unit` for an
    /// unknown unit; [`ErrorCode::OutOfRange`] at `cadence.count` outside 1 to 10,000.
    pub fn from_spec(spec: &CadenceSpec) -> Result<Cadence> {
        match spec {
            CadenceSpec::Named(name) => Self::from_name(name),
            CadenceSpec::Custom { unit, count } => Self::from_custom(unit, *count),
        }
    }

    /// Whether every boundary of this cadence is a boundary of `shorter` under the same
    /// anchor: the same kind of cycle, a whole number of `shorter`'s cycles long.
    ///
    /// ```
    /// use billkit::Cadence;
    ///
    /// assert!(Cadence::Months(12).is_multiple_of(Cadence::Months(3)));
    /// assert!(!Cadence::Months(12).is_multiple_of(Cadence::Weeks(1)));
    /// ```
    pub fn is_multiple_of(self, shorter: Cadence) -> bool {
        match (self, shorter) {
            (Cadence::Days(long), Cadence::Days(short))
            | (Cadence::Weeks(long), Cadence::Weeks(short))
            | (Cadence::Months(long), Cadence::Months(short)) => long % short == 0,
            _ => false,
        }
    }

    fn from_name(name: &str) -> Result<Cadence> {
        Ok(match name {
            "daily" => Cadence::Days(1),
            "weekly" => Cadence::Weeks(1),
            "monthly" => Cadence::Months(1),
            "quarterly" => Cadence::Months(3),
            "semi_annual" => Cadence::Months(6),
            "annual" => Cadence::Months(12),
            "one_time" => Cadence::OneTime,
            _ => {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    "cadence",
                    format!(
                        "`cadence` must be one of daily, weekly, monthly, quarterly, semi_annual, \
                         annual, one_time or {{unit, count}}, not {}",
                        excerpt(name)
                    ),
                ))
            }
        })
    }

    fn from_custom(unit: &str, count: i64) -> Result<Cadence> {
        if !(1..=MAX_CADENCE_COUNT).contains(&count) {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "cadence.count",
                format!("`cadence.count` must be 1 to {MAX_CADENCE_COUNT}, not {count}"),
            ));
        }
        Ok(match unit {
            "day" => Cadence::Days(count),
            "week" => Cadence::Weeks(count),
            "month" => Cadence::Months(count),
            "year" => Cadence::Months(count * 12),
            _ => {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    "cadence.unit",
                    format!(
                        "`cadence.unit` must be day, week, month or year, not {}",
                        excerpt(unit)
                    ),
                ))
            }
        })
    }
}

impl<'de> Deserialize<'de> for CadenceSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(CadenceVisitor)
    }
}

/// Reads either form of [`CadenceSpec`], with an error that names both when neither fits.
struct CadenceVisitor;

impl<'de> Visitor<'de> for CadenceVisitor {
    type Value = CadenceSpec;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a cadence name such as \"monthly\" or an object {unit, count}")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> std::result::Result<CadenceSpec, E> {
        Ok(CadenceSpec::Named(name.to_owned()))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<CadenceSpec, A::Error> {
        #[derive(Deserialize)]
        struct Custom {
            unit: String,
            count: i64,
        }
        let Custom { unit, count } =
            Custom::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(CadenceSpec::Custom { unit, count })
    }
}
