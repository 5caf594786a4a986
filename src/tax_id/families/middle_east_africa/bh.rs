//! Bahrain: the VAT account number.

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Bahrain's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "bh_vat",
    country: "BH",
    description: "Bahraini VAT Number",
    checksum: false,
    rule: "15 digits; no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "123456789012345",
    validate: validate_vat,
    format: format_as_compact,
}];

/// Only the length is published, so only the length and the digits are checked.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    shaped(number, "BH", &["999999999999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn fifteen_digits() {
        // Stripe's example.
        let result = validate_tax_id(Some("BH"), "bh_vat", "BH 1234 5678 9012 345");
        assert_eq!(result.compact.as_deref(), Some("123456789012345"));
        let long = validate_tax_id(Some("BH"), "bh_vat", "1234567890123456");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
