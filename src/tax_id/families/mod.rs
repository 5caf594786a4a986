//! The types, grouped by region; each region's folder has one file per country.

use super::TaxIdType;

pub mod americas;
pub mod asia_pacific;
pub mod eurasia;
pub mod europe_north_east;
pub mod europe_south;
pub mod europe_west;
pub mod middle_east_africa;

/// Every region's types.
pub const ALL: &[&[&[TaxIdType]]] = &[
    americas::TYPES,
    asia_pacific::TYPES,
    eurasia::TYPES,
    europe_north_east::TYPES,
    europe_south::TYPES,
    europe_west::TYPES,
    middle_east_africa::TYPES,
];
