//! Tanzania: the VAT registration number (VRN).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Tanzania's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "tz_vat",
    country: "TZ",
    description: "Tanzania VAT Number",
    checksum: false,
    rule: "8 digits and a letter; the letter's algorithm is not published",
    source: "Stripe's tax ID docs (format and example)",
    example: "12345678A",
    validate: validate_vat,
    format: format_as_compact,
}];

/// The closing letter is a control letter whose algorithm is not published.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    shaped(number, "TZ", &["99999999A"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn eight_digits_and_a_letter() {
        // Stripe's example, and as printed with hyphens on receipts.
        assert!(validate_tax_id(Some("TZ"), "tz_vat", "12345678A").valid);
        let printed = validate_tax_id(Some("TZ"), "tz_vat", "12-345678-A");
        assert_eq!(printed.compact.as_deref(), Some("12345678A"));
        let short = validate_tax_id(Some("TZ"), "tz_vat", "1234567A");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
