//! Every supported type, found by name and country in a few comparisons.

use std::sync::OnceLock;

use super::families;
use super::TaxIdType;
use crate::stable_sort::sort_stable_by;

/// Every (type, country) pair, sorted by type name then country.
pub fn all() -> &'static [&'static TaxIdType] {
    static SORTED: OnceLock<Vec<&'static TaxIdType>> = OnceLock::new();
    SORTED.get_or_init(|| {
        let mut types: Vec<&'static TaxIdType> = families::ALL
            .iter()
            .flat_map(|family| family.iter())
            .flat_map(|types| types.iter())
            .collect();
        sort_stable_by(&mut types, |a, b| {
            (a.name, a.country).cmp(&(b.name, b.country))
        });
        types
    })
}

/// The entries of type `name`, one per country (several only for `eu_vat`), and the index
/// in [`all`] of the first.
pub fn entries_for(name: &str) -> (usize, &'static [&'static TaxIdType]) {
    let types = all();
    let start = types.partition_point(|t| t.name < name);
    let rest = types.get(start..).unwrap_or_default();
    let count = rest.iter().take_while(|t| t.name == name).count();
    (start, rest.get(..count).unwrap_or_default())
}
