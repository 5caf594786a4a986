//! Kyrgyzstan: the taxpayer identification number (ИНН, INN).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Kyrgyzstan's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "kg_tin",
    country: "KG",
    description: "Kyrgyzstan Tax Identification Number",
    checksum: false,
    rule: "14 digits; no check digit is published, so only the structure is checked",
    source: "Stripe's tax ID documentation (example 12345678901234); State Tax Service of the \
             Kyrgyz Republic (sti.gov.kg)",
    example: "12345678901234",
    validate: validate_tin,
    format: format_as_compact,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("KG");
    expect_shape(number.as_bytes(), &["99999999999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn fourteen_digits() {
        // Stripe's example.
        let result = validate_tax_id(Some("KG"), "kg_tin", "KG 12345678901234");
        assert_eq!(result.compact.as_deref(), Some("12345678901234"));
        let short = validate_tax_id(None, "kg_tin", "1234567890123");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "kg_tin", "1234567890123X");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
