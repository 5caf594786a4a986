//! The Democratic Republic of the Congo: the tax identification number (NIF).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// The Democratic Republic of the Congo's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "cd_nif",
    country: "CD",
    description: "Congo (DR) Tax Identification Number (Número de Identificação Fiscal)",
    checksum: false,
    rule: "a letter, 7 digits and a letter; no published check letter",
    source: "Stripe's tax ID docs (format and example)",
    example: "A0123456M",
    validate: validate_nif,
    format: format_as_compact,
}];

/// Only the structure is published, so only the structure is checked.
fn validate_nif(number: Number) -> Result<Number, Reason> {
    shaped(number, "CD", &["A9999999A"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn letter_seven_digits_letter() {
        // Stripe's example.
        let result = validate_tax_id(Some("CD"), "cd_nif", "a0123456m");
        assert_eq!(result.compact.as_deref(), Some("A0123456M"));
        let short = validate_tax_id(Some("CD"), "cd_nif", "A012345M");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let digit = validate_tax_id(Some("CD"), "cd_nif", "101234567");
        assert_eq!(digit.reason, Some(Reason::InvalidFormat));
    }
}
