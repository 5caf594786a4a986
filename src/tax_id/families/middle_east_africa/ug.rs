//! Uganda: the taxpayer identification number (TIN) of the Uganda Revenue Authority.

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Uganda's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ug_tin",
    country: "UG",
    description: "Uganda Tax Identification Number",
    checksum: false,
    rule: "10 digits; no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "1014751879",
    validate: validate_tin,
    format: format_as_compact,
}];

/// Only the length is published, so only the length and the digits are checked.
fn validate_tin(number: Number) -> Result<Number, Reason> {
    shaped(number, "UG", &["9999999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn ten_digits() {
        // Stripe's example.
        assert!(validate_tax_id(Some("UG"), "ug_tin", "1014751879").valid);
        let short = validate_tax_id(Some("UG"), "ug_tin", "101475187");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
