//! Burkina Faso: the unique tax identifier (IFU).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Burkina Faso's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "bf_ifu",
    country: "BF",
    description: "Burkina Faso Tax Identification Number (Numéro d'Identifiant Fiscal Unique)",
    checksum: false,
    rule: "8 digits and a letter; the letter's algorithm is not published",
    source: "Stripe's tax ID docs (format and example)",
    example: "12345678A",
    validate: validate_ifu,
    format: format_as_compact,
}];

/// The closing letter is a control letter whose algorithm the tax office has not published.
fn validate_ifu(number: Number) -> Result<Number, Reason> {
    shaped(number, "BF", &["99999999A"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn eight_digits_and_a_letter() {
        // Stripe's example.
        let result = validate_tax_id(Some("BF"), "bf_ifu", "12345678a");
        assert_eq!(result.compact.as_deref(), Some("12345678A"));
        let short = validate_tax_id(Some("BF"), "bf_ifu", "1234567A");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let digit = validate_tax_id(Some("BF"), "bf_ifu", "123456789");
        assert_eq!(digit.reason, Some(Reason::InvalidFormat));
    }
}
