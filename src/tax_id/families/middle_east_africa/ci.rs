//! Côte d'Ivoire: the VAT number (the taxpayer account number, NCC).

use super::structure::permissive;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Côte d'Ivoire's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ci_vat",
    country: "CI",
    description: "Ivory Coast Value Added Tax number",
    checksum: false,
    rule: "5 to 20 digits and letters, at least one a digit: the format is not published, so \
           billkit only refuses what cannot be a number",
    source: "Stripe's API changelog (type added 2026-10-28); no published format",
    example: "1234567A",
    validate: validate_vat,
    format: format_as_compact,
}];

/// No source confirms the format, so anything that could be a number passes.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    permissive(number, "CI")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn anything_that_could_be_a_number() {
        let result = validate_tax_id(Some("CI"), "ci_vat", "CI 1234567 A");
        assert_eq!(result.compact.as_deref(), Some("1234567A"));
        let long = validate_tax_id(Some("CI"), "ci_vat", "123456789012345678901");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let sign = validate_tax_id(Some("CI"), "ci_vat", "1234567+");
        assert_eq!(sign.reason, Some(Reason::InvalidFormat));
    }
}
