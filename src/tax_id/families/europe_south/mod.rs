//! Southern Europe: Andorra, Croatia, Cyprus, Greece, Italy, Liechtenstein, Malta, Portugal, San Marino, Slovenia, Spain, Switzerland.

use super::super::TaxIdType;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[];
