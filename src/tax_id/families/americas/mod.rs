//! The Americas: Argentina to Venezuela, with Canada's federal and provincial numbers.

use super::super::TaxIdType;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[];
