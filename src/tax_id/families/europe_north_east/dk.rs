//! Denmark: the VAT number (CVR/SE-nummer).

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Denmark's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "DK",
    description: "Danish VAT number (CVR)",
    checksum: true,
    rule: "DK + 8 digits, the first not 0; the digits weighted 2,7,6,5,4,3,2,1 sum to a \
           multiple of 11",
    source: "python-stdnum dk.cvr; Erhvervsstyrelsen (CVR)",
    example: "DK13585628",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "DK", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999"])?;
    if digits.first() == Some(&b'0') {
        return Err(Reason::InvalidFormat);
    }
    if weighted_sum(digits, &[2, 7, 6, 5, 4, 3, 2, 1]) % 11 != 0 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers() {
        // python-stdnum's dk.cvr doctest.
        let result = validate_tax_id(Some("DK"), "eu_vat", "DK 13585628");
        assert_eq!(result.compact.as_deref(), Some("DK13585628"));
        assert!(validate_tax_id(None, "eu_vat", "dk 13 58 56 28").valid);
        let typo = validate_tax_id(Some("DK"), "eu_vat", "DK 13585627");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("DK"), "eu_vat", "1358562");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
