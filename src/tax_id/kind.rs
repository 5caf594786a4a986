//! One type of tax ID for one country: what it is, its rule, and the functions that check
//! and format it, in python-stdnum's shape (`compact`, `validate`, `format`).

use super::{Number, Reason};

/// One (type, country) pair of Orb's and Stripe's tax ID lists, as [`tax_id_types`]
/// lists them: `eu_vat` once per member state, every other type once.
///
/// [`tax_id_types`]: super::tax_id_types
#[derive(Debug)]
pub struct TaxIdType {
    /// The type's name in Orb's and Stripe's APIs: `eu_vat`, `br_cnpj`, `us_ein`.
    pub name: &'static str,
    /// The ISO 3166-1 alpha-2 code of the country (`GR` for Greece's `EL` VAT numbers, `GB`
    /// for Northern Ireland's `XI` ones), or `EU` for the One Stop Shop number.
    pub country: &'static str,
    /// What the number is called, in English.
    pub description: &'static str,
    /// Whether billkit verifies a check digit (or letter), not only the structure.
    pub checksum: bool,
    /// The rule billkit checks, in a sentence: length, characters, parts, check digits.
    pub rule: &'static str,
    /// Where the rule comes from: the issuing authority's page or the library it follows.
    pub source: &'static str,
    /// A number of this type that billkit accepts, as it is customarily printed.
    pub example: &'static str,
    /// The compact form of a cleaned number, or why it is not valid. The compact form is the
    /// cleaned number with the prefix the type customarily carries added or kept and any
    /// optional one dropped.
    pub(crate) validate: fn(Number) -> Result<Number, Reason>,
    /// The customary printed form of a valid compact number.
    pub(crate) format: fn(&str) -> String,
}

impl TaxIdType {
    /// Whether the type is printed as its compact form, so that a batch can send that form
    /// once and skip formatting it.
    pub(crate) fn formats_as_compact(&self) -> bool {
        // Equal addresses are the same function; unequal ones only cost a formatting.
        std::ptr::fn_addr_eq(self.format, format_as_compact as fn(&str) -> String)
    }
}

/// The printed form of types printed as their compact form.
pub fn format_as_compact(compact: &str) -> String {
    compact.to_owned()
}

/// `compact` with `separator` inserted after each of the `cuts` (byte offsets, ascending),
/// for printed forms like `12-3456789-0`. Offsets past the end are ignored.
pub fn format_with_cuts(compact: &str, cuts: &[usize], separator: &str) -> String {
    let mut out = String::with_capacity(compact.len() + cuts.len() * separator.len());
    let mut start = 0;
    for &cut in cuts {
        if let Some(part) = compact.get(start..cut) {
            out.push_str(part);
            out.push_str(separator);
            start = cut;
        }
    }
    out.push_str(compact.get(start..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_insert_separators() {
        assert_eq!(
            format_with_cuts("20267565393", &[2, 10], "-"),
            "20-26756539-3"
        );
        assert_eq!(format_with_cuts("123", &[5], "-"), "123");
    }
}
