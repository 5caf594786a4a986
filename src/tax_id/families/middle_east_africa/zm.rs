//! Zambia: the taxpayer identification number (TPIN) of the Zambia Revenue Authority.

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Zambia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "zm_tin",
    country: "ZM",
    description: "Zambia Tax Identification Number",
    checksum: false,
    rule: "10 digits; no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "1004751879",
    validate: validate_tin,
    format: format_as_compact,
}];

/// Only the length is published, so only the length and the digits are checked.
fn validate_tin(number: Number) -> Result<Number, Reason> {
    shaped(number, "ZM", &["9999999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn ten_digits() {
        // Stripe's example.
        assert!(validate_tax_id(Some("ZM"), "zm_tin", "1004751879").valid);
        let long = validate_tax_id(Some("ZM"), "zm_tin", "10047518790");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
