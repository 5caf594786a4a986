//! Benin: the unique tax identifier (IFU).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Benin's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "bj_ifu",
    country: "BJ",
    description: "Benin Tax Identification Number (Identifiant Fiscal Unique)",
    checksum: false,
    rule: "13 digits; no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "1234567890123",
    validate: validate_ifu,
    format: format_as_compact,
}];

/// Only the length is published, so only the length and the digits are checked.
fn validate_ifu(number: Number) -> Result<Number, Reason> {
    shaped(number, "BJ", &["9999999999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn thirteen_digits() {
        // Stripe's example.
        assert!(validate_tax_id(Some("BJ"), "bj_ifu", "1234567890123").valid);
        let short = validate_tax_id(Some("BJ"), "bj_ifu", "123456789012");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
