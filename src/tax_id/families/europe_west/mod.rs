//! Western Europe: Austria, Belgium, France, Germany, Ireland, Luxembourg, the Netherlands,
//! the United Kingdom, and the EU's One Stop Shop.

use super::super::TaxIdType;

mod de;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[de::TYPES];
