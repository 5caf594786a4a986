//! The Middle East and Africa.

use super::super::TaxIdType;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[];
