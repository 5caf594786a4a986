//! Cameroon: the unique identifier (NIU).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Cameroon's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "cm_niu",
    country: "CM",
    description: "Cameroon Tax Identification Number (Numéro d'Identifiant fiscal Unique)",
    checksum: false,
    rule: "a letter, 12 digits and a letter; no published check letter",
    source: "Stripe's tax ID docs (format and example)",
    example: "M123456789000L",
    validate: validate_niu,
    format: format_as_compact,
}];

/// Only the structure is published, so only the structure is checked.
fn validate_niu(number: Number) -> Result<Number, Reason> {
    shaped(number, "CM", &["A999999999999A"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn letter_twelve_digits_letter() {
        // Stripe's example.
        assert!(validate_tax_id(Some("CM"), "cm_niu", "M123456789000L").valid);
        let short = validate_tax_id(Some("CM"), "cm_niu", "M12345678900L");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let digit = validate_tax_id(Some("CM"), "cm_niu", "M1234567890001");
        assert_eq!(digit.reason, Some(Reason::InvalidFormat));
    }
}
