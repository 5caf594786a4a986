//! Cape Verde: the tax identification number (NIF).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Cape Verde's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "cv_nif",
    country: "CV",
    description: "Cape Verde Tax Identification Number (Número de Identificação Fiscal)",
    checksum: false,
    rule: "9 digits; no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "213456789",
    validate: validate_nif,
    format: format_as_compact,
}];

/// Only the length is published, so only the length and the digits are checked.
fn validate_nif(number: Number) -> Result<Number, Reason> {
    shaped(number, "CV", &["999999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nine_digits() {
        // Stripe's example.
        assert!(validate_tax_id(Some("CV"), "cv_nif", "CV 213 456 789").valid);
        let short = validate_tax_id(Some("CV"), "cv_nif", "21345678");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
