//! Usage quantities given beside a subscription: one per usage price, or, for a matrix
//! price, one per combination of dimension values.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, IntoDeserializer, SeqAccess, Visitor};
use serde::Deserialize;

use crate::error::{Error, ErrorCode, Result};
use crate::input::NUMBER_DIGITS;
use crate::invoice::named;
use crate::invoice::number::OrbNumber;

/// The usage of one price over the billing period an invoice bills in arrears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageSpec {
    /// A quantity: a number or a decimal string (`150000`, `"12.5"`).
    Quantity(OrbNumber),
    /// For a matrix price: quantities by dimension values.
    Groups(Vec<UsageGroup>),
}

impl<'de> Deserialize<'de> for UsageSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        // By the value's own type rather than `#[serde(untagged)]`, which buffers the value
        // and, in the package, builds a JS `Error` for each variant it tries and drops; a
        // number by its digits, as an `OrbNumber` reads it.
        deserializer.deserialize_newtype_struct(NUMBER_DIGITS, UsageSpecVisitor)
    }
}

struct UsageSpecVisitor;

impl<'de> Visitor<'de> for UsageSpecVisitor {
    type Value = UsageSpec;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number, a decimal string, or a list of {dimension_values, quantity}")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<UsageSpec, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<UsageSpec, E> {
        Ok(UsageSpec::Quantity(OrbNumber::from(text)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> std::result::Result<UsageSpec, E> {
        OrbNumber::deserialize(value.into_deserializer()).map(UsageSpec::Quantity)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> std::result::Result<UsageSpec, E> {
        OrbNumber::deserialize(value.into_deserializer()).map(UsageSpec::Quantity)
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> std::result::Result<UsageSpec, E> {
        OrbNumber::deserialize(value.into_deserializer()).map(UsageSpec::Quantity)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> std::result::Result<UsageSpec, E> {
        OrbNumber::deserialize(value.into_deserializer()).map(UsageSpec::Quantity)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<UsageSpec, A::Error> {
        let mut groups = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_USAGE_ENTRIES));
        while let Some(group) = seq.next_element()? {
            groups.push(group);
        }
        Ok(UsageSpec::Groups(groups))
    }
}

/// Usage of a matrix price with one combination of dimension values.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct UsageGroup {
    /// The values, in the order of the price's `dimensions`.
    pub dimension_values: Vec<Option<String>>,
    /// The quantity with these values.
    pub quantity: OrbNumber,
}

/// Usage, checked: quantities are never negative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Usage {
    Quantity(Decimal),
    Groups(Vec<(Vec<Option<String>>, Decimal)>),
}

/// The most usage entries one preview takes.
pub const MAX_USAGE_ENTRIES: usize = 1_000;

impl Usage {
    /// No usage: what a price without an entry in `usage` is billed for.
    pub(crate) const NONE: Usage = Usage::Quantity(Decimal::ZERO);

    /// Checks `spec`, reporting errors at `field` (`usage.api_calls`).
    pub(crate) fn read(spec: &UsageSpec, field: &str) -> Result<Usage> {
        match spec {
            UsageSpec::Quantity(quantity) => Ok(Usage::Quantity(not_negative(quantity, field)?)),
            UsageSpec::Groups(groups) => {
                if groups.len() > MAX_USAGE_ENTRIES {
                    return Err(too_many(field));
                }
                groups
                    .iter()
                    .enumerate()
                    .map(|(index, group)| {
                        let quantity = named(
                            |at| not_negative(&group.quantity, at),
                            || format!("{field}[{index}].quantity"),
                        )?;
                        Ok((group.dimension_values.clone(), quantity))
                    })
                    .collect::<Result<_>>()
                    .map(Usage::Groups)
            }
        }
    }

    /// The whole quantity, over every group.
    pub(crate) fn total(&self) -> Decimal {
        match self {
            Usage::Quantity(quantity) => *quantity,
            Usage::Groups(groups) => groups.iter().map(|(_, quantity)| *quantity).sum(),
        }
    }

    /// The usage less `units` (Orb's usage discount), taken from the groups in order;
    /// never below zero.
    pub(crate) fn less(&self, units: Decimal) -> Usage {
        match self {
            Usage::Quantity(quantity) => Usage::Quantity((*quantity - units).max(Decimal::ZERO)),
            Usage::Groups(groups) => {
                let mut left = units;
                let groups = groups
                    .iter()
                    .map(|(values, quantity)| {
                        let taken = left.min(*quantity);
                        left -= taken;
                        (values.clone(), *quantity - taken)
                    })
                    .collect();
                Usage::Groups(groups)
            }
        }
    }
}

/// Checks the usage map's size before reading it.
pub(crate) fn check_usage_size(usage: &BTreeMap<String, UsageSpec>) -> Result<()> {
    if usage.len() > MAX_USAGE_ENTRIES {
        return Err(too_many("usage"));
    }
    Ok(())
}

fn not_negative(quantity: &OrbNumber, field: &str) -> Result<Decimal> {
    let value = quantity.read(field)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("`{field}` is a quantity of usage and cannot be negative"),
        ));
    }
    Ok(value)
}

fn too_many(field: &str) -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        field,
        format!("`{field}` has at most {MAX_USAGE_ENTRIES} entries"),
    )
}
