//! Northern and Eastern Europe: Bulgaria, Czechia, Denmark, Estonia, the Faroe Islands, Finland, Hungary, Iceland, Latvia, Lithuania, Norway, Poland, Romania, Slovakia, Sweden.

use super::super::TaxIdType;

mod bg;
mod cz;
mod date;
mod dk;
mod ee;
mod fi;
mod fo;
mod hu;
mod is;
mod lt;
mod lv;
mod no;
mod pl;
mod ro;
mod se;
mod sk;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[
    bg::TYPES,
    cz::TYPES,
    dk::TYPES,
    ee::TYPES,
    fi::TYPES,
    fo::TYPES,
    hu::TYPES,
    is::TYPES,
    lt::TYPES,
    lv::TYPES,
    no::TYPES,
    pl::TYPES,
    ro::TYPES,
    se::TYPES,
    sk::TYPES,
];
