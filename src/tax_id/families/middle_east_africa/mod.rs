//! The Middle East and Africa.

use super::super::TaxIdType;

mod ae;
mod ao;
mod bf;
mod bh;
mod bj;
mod bw;
mod cd;
mod ci;
mod cm;
mod cv;
mod eg;
mod et;
mod gh;
mod gi;
mod gn;
mod il;
mod ke;
mod ma;
mod mr;
mod mu;
mod mz;
mod ng;
mod om;
mod sa;
mod sn;
mod structure;
mod tz;
mod ug;
mod za;
mod zm;
mod zw;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[
    ae::TYPES,
    ao::TYPES,
    bf::TYPES,
    bh::TYPES,
    bj::TYPES,
    bw::TYPES,
    cd::TYPES,
    ci::TYPES,
    cm::TYPES,
    cv::TYPES,
    eg::TYPES,
    et::TYPES,
    gh::TYPES,
    gi::TYPES,
    gn::TYPES,
    il::TYPES,
    ke::TYPES,
    ma::TYPES,
    mr::TYPES,
    mu::TYPES,
    mz::TYPES,
    ng::TYPES,
    om::TYPES,
    sa::TYPES,
    sn::TYPES,
    tz::TYPES,
    ug::TYPES,
    za::TYPES,
    zm::TYPES,
    zw::TYPES,
];
