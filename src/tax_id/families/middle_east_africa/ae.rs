//! The United Arab Emirates: the Tax Registration Number (TRN).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// The United Arab Emirates' types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ae_trn",
    country: "AE",
    description: "United Arab Emirates TRN",
    checksum: false,
    rule: "15 digits; the Federal Tax Authority publishes no check digit",
    source: "UAE Federal Tax Authority (15-digit TRN); Stripe's tax ID docs (example)",
    example: "123456789012345",
    validate: validate_trn,
    format: format_as_compact,
}];

/// Most TRNs start with 100, but the authority only publishes the length, so the prefix is
/// not required: a real number refused is worse than a wrong one accepted.
fn validate_trn(number: Number) -> Result<Number, Reason> {
    shaped(number, "AE", &["999999999999999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn fifteen_digits() {
        // Stripe's example; TRNs have no published check digit.
        let result = validate_tax_id(Some("AE"), "ae_trn", "AE 123456789012345");
        assert_eq!(result.compact.as_deref(), Some("123456789012345"));
        let short = validate_tax_id(Some("AE"), "ae_trn", "12345678901234");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(Some("AE"), "ae_trn", "12345678901234A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
