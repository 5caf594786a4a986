//! Ethiopia: the taxpayer identification number (TIN).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Ethiopia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "et_tin",
    country: "ET",
    description: "Ethiopia Tax Identification Number",
    checksum: false,
    rule: "10 digits; no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "1234567890",
    validate: validate_tin,
    format: format_as_compact,
}];

/// Only the length is published, so only the length and the digits are checked.
fn validate_tin(number: Number) -> Result<Number, Reason> {
    shaped(number, "ET", &["9999999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn ten_digits() {
        // Stripe's example.
        assert!(validate_tax_id(Some("ET"), "et_tin", "1234567890").valid);
        let short = validate_tax_id(Some("ET"), "et_tin", "123456789");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
