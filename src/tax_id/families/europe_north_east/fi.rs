//! Finland: the VAT number (ALV-numero), the business ID (Y-tunnus) without its hyphen.

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Finland's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "FI",
    description: "Finnish VAT number (ALV-numero)",
    checksum: true,
    rule: "FI + 8 digits; the digits weighted 7,9,10,5,8,4,2,1 sum to a multiple of 11",
    source: "python-stdnum fi.alv; Vero (Finnish Tax Administration)",
    example: "FI20774740",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "FI", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999"])?;
    if weighted_sum(digits, &[7, 9, 10, 5, 8, 4, 2, 1]) % 11 != 0 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers() {
        // python-stdnum's fi.alv doctests; the Y-tunnus is written with a hyphen.
        let result = validate_tax_id(Some("FI"), "eu_vat", "FI 20774740");
        assert_eq!(result.compact.as_deref(), Some("FI20774740"));
        assert!(validate_tax_id(Some("FI"), "eu_vat", "2077474-0").valid);
        let typo = validate_tax_id(Some("FI"), "eu_vat", "FI 20774741");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("FI"), "eu_vat", "2077474");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
