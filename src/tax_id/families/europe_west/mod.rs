//! Western Europe: Austria, Belgium, France, Germany, Ireland, Luxembourg, the Netherlands,
//! the United Kingdom, and the EU's One Stop Shop.

use super::super::TaxIdType;

mod at;
mod be;
mod de;
mod decimal;
mod eu;
mod fr;
mod gb;
mod ie;
mod lu;
mod nl;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[
    at::TYPES,
    be::TYPES,
    de::TYPES,
    eu::TYPES,
    fr::TYPES,
    gb::TYPES,
    ie::TYPES,
    lu::TYPES,
    nl::TYPES,
];
