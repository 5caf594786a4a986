//! Tajikistan: the taxpayer identification number (РМА, INN).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Tajikistan's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "tj_tin",
    country: "TJ",
    description: "Tajikistan Tax Identification Number",
    checksum: false,
    rule: "9 digits; no check digit is published, so only the structure is checked",
    source: "Stripe's tax ID documentation (example 123456789); Tax Committee of Tajikistan \
             (andoz.tj)",
    example: "123456789",
    validate: validate_tin,
    format: format_as_compact,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("TJ");
    expect_shape(number.as_bytes(), &["999999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nine_digits() {
        // Stripe's example.
        let result = validate_tax_id(Some("TJ"), "tj_tin", "TJ 123456789");
        assert_eq!(result.compact.as_deref(), Some("123456789"));
        let short = validate_tax_id(None, "tj_tin", "12345678");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "tj_tin", "12345678X");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
