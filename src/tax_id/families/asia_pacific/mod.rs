//! Asia and the Pacific: Australia to Vietnam.

use super::super::TaxIdType;

mod au;
mod bd;
mod cn;
mod hk;
mod id;
// India's ISO code is a Rust keyword; the file is still `in.rs`.
mod r#in;
mod jp;
mod kh;
mod kr;
mod la;
mod lk;
mod my;
mod np;
mod nz;
mod ph;
mod sg;
mod th;
mod tw;
mod vn;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[
    au::TYPES,
    bd::TYPES,
    cn::TYPES,
    hk::TYPES,
    id::TYPES,
    r#in::TYPES,
    jp::TYPES,
    kh::TYPES,
    kr::TYPES,
    la::TYPES,
    lk::TYPES,
    my::TYPES,
    np::TYPES,
    nz::TYPES,
    ph::TYPES,
    sg::TYPES,
    th::TYPES,
    tw::TYPES,
    vn::TYPES,
];
