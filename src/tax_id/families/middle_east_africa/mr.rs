//! Mauritania: the tax identification number (NIF).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Mauritania's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "mr_nif",
    country: "MR",
    description: "Mauritania Tax Identification Number (Número de Identificação Fiscal)",
    checksum: false,
    rule: "8 digits; no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "12345678",
    validate: validate_nif,
    format: format_as_compact,
}];

/// Only the length is published, so only the length and the digits are checked.
fn validate_nif(number: Number) -> Result<Number, Reason> {
    shaped(number, "MR", &["99999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn eight_digits() {
        // Stripe's example.
        assert!(validate_tax_id(Some("MR"), "mr_nif", "MR 1234 5678").valid);
        let long = validate_tax_id(Some("MR"), "mr_nif", "123456789");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
