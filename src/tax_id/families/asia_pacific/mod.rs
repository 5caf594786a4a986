//! Asia and the Pacific: Australia to Vietnam.

use super::super::TaxIdType;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[];
