//! Uzbekistan: the taxpayer identification number (STIR, INN) and the VAT payer's
//! registration code.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Uzbekistan's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "uz_tin",
        country: "UZ",
        description: "Uzbekistan TIN Number",
        checksum: false,
        rule: "9 digits; no check digit is published, so only the structure is checked",
        source: "Stripe's tax ID documentation (example 123456789); State Tax Committee of \
                 Uzbekistan (soliq.uz)",
        example: "123456789",
        validate: validate_tin,
        format: format_as_compact,
    },
    TaxIdType {
        name: "uz_vat",
        country: "UZ",
        description: "Uzbekistan VAT Number",
        checksum: false,
        rule: "12 digits (the VAT payer's registration code); no check digit is published, so \
               only the structure is checked",
        source: "Stripe's tax ID documentation (example 123456789012); State Tax Committee of \
                 Uzbekistan (soliq.uz)",
        example: "123456789012",
        validate: validate_vat,
        format: format_as_compact,
    },
];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("UZ");
    expect_shape(number.as_bytes(), &["999999999"])?;
    Ok(number)
}

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("UZ");
    expect_shape(number.as_bytes(), &["999999999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tin_numbers() {
        // Stripe's example.
        let result = validate_tax_id(Some("UZ"), "uz_tin", "UZ 123 456 789");
        assert_eq!(result.compact.as_deref(), Some("123456789"));
        let vat_length = validate_tax_id(None, "uz_tin", "123456789012");
        assert_eq!(vat_length.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn vat_numbers() {
        // Stripe's example.
        let result = validate_tax_id(Some("UZ"), "uz_vat", "UZ 1234 5678 9012");
        assert_eq!(result.compact.as_deref(), Some("123456789012"));
        let tin_length = validate_tax_id(None, "uz_vat", "123456789");
        assert_eq!(tin_length.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "uz_vat", "12345678901X");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
