//! Zimbabwe: the business partner number (TIN) of the Zimbabwe Revenue Authority.

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Zimbabwe's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "zw_tin",
    country: "ZW",
    description: "Zimbabwe Tax Identification Number",
    checksum: false,
    rule: "10 digits; no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "1234567890",
    validate: validate_tin,
    format: format_as_compact,
}];

/// Only the length is published, so only the length and the digits are checked.
fn validate_tin(number: Number) -> Result<Number, Reason> {
    shaped(number, "ZW", &["9999999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn ten_digits() {
        // Stripe's example.
        assert!(validate_tax_id(Some("ZW"), "zw_tin", "1234567890").valid);
        let letter = validate_tax_id(Some("ZW"), "zw_tin", "123456789A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
