//! Mauritius: the VAT registration number.

use super::structure::permissive;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Mauritius' types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "mu_vat",
    country: "MU",
    description: "Mauritius VAT number",
    checksum: false,
    rule: "5 to 20 digits and letters, at least one a digit (numbers are seen both as VAT + 8 \
           digits and as the bare 8-digit tax account number): the format is not published, \
           so billkit only refuses what cannot be a number",
    source: "Stripe's API changelog (type added 2026-10-28); no published format",
    example: "VAT20012345",
    validate: validate_vat,
    format: format_as_compact,
}];

/// No source confirms the format, so anything that could be a number passes.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    permissive(number, "MU")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn anything_that_could_be_a_number() {
        let result = validate_tax_id(Some("MU"), "mu_vat", "vat 2001 2345");
        assert_eq!(result.compact.as_deref(), Some("VAT20012345"));
        assert!(validate_tax_id(Some("MU"), "mu_vat", "20012345").valid);
        let short = validate_tax_id(Some("MU"), "mu_vat", "2001");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
