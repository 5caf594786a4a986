//! Oman: the VAT number.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Oman's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "om_vat",
    country: "OM",
    description: "Omani VAT Number",
    checksum: false,
    rule: "OM and 10 digits (OM added when left out); no published check digit",
    source: "Stripe's tax ID docs (format and example)",
    example: "OM1234567890",
    validate: validate_vat,
    format: format_as_compact,
}];

/// Omani VAT numbers are printed with their OM prefix, so the compact form keeps it.
fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("OM");
    expect_shape(number.as_bytes(), &["9999999999"])?;
    number.with_prefix("OM")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn with_and_without_prefix() {
        // Stripe's example.
        let result = validate_tax_id(Some("OM"), "om_vat", "OM1234567890");
        assert_eq!(result.compact.as_deref(), Some("OM1234567890"));
        let bare = validate_tax_id(Some("OM"), "om_vat", "1234567890");
        assert_eq!(bare.compact.as_deref(), Some("OM1234567890"));
        let short = validate_tax_id(Some("OM"), "om_vat", "OM123456789");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let other = validate_tax_id(Some("OM"), "om_vat", "AE1234567890");
        assert_eq!(other.reason, Some(Reason::InvalidFormat));
    }
}
