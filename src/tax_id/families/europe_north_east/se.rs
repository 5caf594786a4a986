//! Sweden: the VAT number (momsregistreringsnummer), the organisation number and `01`.

use crate::tax_id::check_digits::luhn_valid;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Sweden's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "SE",
    description: "Swedish VAT number (momsregistreringsnummer)",
    checksum: true,
    rule: "SE + 12 digits: the 10-digit organisation or personal number, whose last digit is \
           a Luhn check digit, then 01",
    source: "python-stdnum se.vat, se.orgnr; Skatteverket",
    example: "SE123456789701",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "SE", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999999"])?;
    let Some((organisation, b"01")) = digits.split_at_checked(10) else {
        return Err(Reason::InvalidComponent);
    };
    if !luhn_valid(organisation) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers() {
        // python-stdnum's se.vat doctests.
        let result = validate_tax_id(Some("SE"), "eu_vat", "SE 123456789701");
        assert_eq!(result.compact.as_deref(), Some("SE123456789701"));
        let typo = validate_tax_id(Some("SE"), "eu_vat", "123456789101");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let suffix = validate_tax_id(Some("SE"), "eu_vat", "123456789702");
        assert_eq!(suffix.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(Some("SE"), "eu_vat", "1234567897");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
