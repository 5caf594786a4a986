//! The Americas: Argentina to Venezuela, with Canada's federal and provincial numbers.

use super::super::TaxIdType;

mod ar;
mod aw;
mod bb;
mod bo;
mod br;
mod bs;
mod ca;
mod cl;
mod co;
mod cr;
mod r#do;
mod ec;
mod mx;
mod pe;
mod printed;
mod py;
mod sr;
mod sv;
mod tt;
mod us;
mod uy;
mod ve;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[
    ar::TYPES,
    aw::TYPES,
    bb::TYPES,
    bo::TYPES,
    br::TYPES,
    bs::TYPES,
    ca::TYPES,
    cl::TYPES,
    co::TYPES,
    cr::TYPES,
    r#do::TYPES,
    ec::TYPES,
    mx::TYPES,
    pe::TYPES,
    py::TYPES,
    sr::TYPES,
    sv::TYPES,
    tt::TYPES,
    us::TYPES,
    uy::TYPES,
    ve::TYPES,
];
