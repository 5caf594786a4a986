//! Bosnia and Herzegovina: the VAT number (PDV broj).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Bosnia and Herzegovina's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ba_tin",
    country: "BA",
    description: "Bosnia and Herzegovina Tax Identification Number",
    checksum: false,
    rule: "12 digits (the VAT number; the 13-digit JIB is the entity's identification number, \
           not this type); no check digit is published for it, so only the structure is checked",
    source: "Stripe's tax ID documentation (example 123456789012); Indirect Taxation Authority \
             of Bosnia and Herzegovina (uino.gov.ba)",
    example: "123456789012",
    validate: validate_tin,
    format: format_as_compact,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("BA");
    expect_shape(number.as_bytes(), &["999999999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn twelve_digits() {
        // Stripe's example.
        let result = validate_tax_id(Some("BA"), "ba_tin", "BA 123456789012");
        assert_eq!(result.compact.as_deref(), Some("123456789012"));
        let long = validate_tax_id(None, "ba_tin", "4123456789012");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "ba_tin", "12345678901X");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
