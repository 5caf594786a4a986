//! Eastern Europe and Central Asia outside the EU: Albania, Armenia, Azerbaijan, Belarus, Bosnia and Herzegovina, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Montenegro, North Macedonia, Russia, Serbia, Tajikistan, Türkiye, Ukraine, Uzbekistan.

use super::super::TaxIdType;

mod al;
mod am;
mod az;
mod ba;
mod by;
mod checks;
mod ge;
mod kg;
mod kz;
mod md;
mod me;
mod mk;
mod rs;
mod ru;
mod tj;
mod tr;
mod ua;
mod uz;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[
    al::TYPES,
    am::TYPES,
    az::TYPES,
    ba::TYPES,
    by::TYPES,
    ge::TYPES,
    kg::TYPES,
    kz::TYPES,
    md::TYPES,
    me::TYPES,
    mk::TYPES,
    rs::TYPES,
    ru::TYPES,
    tj::TYPES,
    tr::TYPES,
    ua::TYPES,
    uz::TYPES,
];
