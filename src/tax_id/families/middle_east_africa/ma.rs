//! Morocco: the tax identifier (identifiant fiscal, IF) that VAT is registered under.

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Morocco's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ma_vat",
    country: "MA",
    description: "Morocco VAT Number",
    checksum: false,
    rule: "7 or 8 digits (the identifiant fiscal; older ones have 7); no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "12345678",
    validate: validate_vat,
    format: format_as_compact,
}];

/// Older identifiers have 7 digits and are still in use, so both lengths pass.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    shaped(number, "MA", &["9999999", "99999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn seven_or_eight_digits() {
        // Stripe's example.
        assert!(validate_tax_id(Some("MA"), "ma_vat", "12345678").valid);
        assert!(validate_tax_id(Some("MA"), "ma_vat", "1234567").valid);
        let ice = validate_tax_id(Some("MA"), "ma_vat", "001512572000078");
        assert_eq!(ice.reason, Some(Reason::InvalidLength));
    }
}
