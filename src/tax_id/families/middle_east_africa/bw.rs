//! Botswana: the VAT registration number.

use super::structure::permissive;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Botswana's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "bw_vat",
    country: "BW",
    description: "Botswana Value Added Tax number",
    checksum: false,
    rule: "5 to 20 digits and letters, at least one a digit: the format is not published, so \
           billkit only refuses what cannot be a number",
    source: "Stripe's API changelog (type added 2026-10-28); no published format",
    example: "C01234567890",
    validate: validate_vat,
    format: format_as_compact,
}];

/// No source confirms the format, so anything that could be a number passes.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    permissive(number, "BW")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn anything_that_could_be_a_number() {
        let result = validate_tax_id(Some("BW"), "bw_vat", "c0123 4567 890");
        assert_eq!(result.compact.as_deref(), Some("C01234567890"));
        let short = validate_tax_id(Some("BW"), "bw_vat", "1234");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let words = validate_tax_id(Some("BW"), "bw_vat", "UNKNOWN");
        assert_eq!(words.reason, Some(Reason::InvalidFormat));
    }
}
