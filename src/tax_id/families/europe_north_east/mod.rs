//! Northern and Eastern Europe: Bulgaria, Czechia, Denmark, Estonia, the Faroe Islands, Finland, Hungary, Iceland, Latvia, Lithuania, Norway, Poland, Romania, Slovakia, Sweden.

use super::super::TaxIdType;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[];
