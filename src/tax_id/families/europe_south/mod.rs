//! Southern Europe: Andorra, Croatia, Cyprus, Greece, Italy, Liechtenstein, Malta, Portugal, San Marino, Slovenia, Spain, Switzerland.

use super::super::TaxIdType;

mod ad;
mod ch;
mod cy;
mod es;
mod gr;
mod hr;
mod it;
mod li;
mod mt;
mod pt;
mod si;
mod sm;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[
    ad::TYPES,
    ch::TYPES,
    cy::TYPES,
    es::TYPES,
    gr::TYPES,
    hr::TYPES,
    it::TYPES,
    li::TYPES,
    mt::TYPES,
    pt::TYPES,
    si::TYPES,
    sm::TYPES,
];
