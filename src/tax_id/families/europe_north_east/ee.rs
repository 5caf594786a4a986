//! Estonia: the VAT number (KMKR).

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Estonia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "EE",
    description: "Estonian VAT number (KMKR)",
    checksum: true,
    rule: "EE + 9 digits; the digits weighted 3,7,1,3,7,1,3,7,1 sum to a multiple of 10",
    source: "python-stdnum ee.kmkr; Maksu- ja Tolliamet",
    example: "EE100931558",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "EE", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if weighted_sum(digits, &[3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 != 0 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers() {
        // python-stdnum's ee.kmkr doctests.
        let result = validate_tax_id(Some("EE"), "eu_vat", "EE 100 931 558");
        assert_eq!(result.compact.as_deref(), Some("EE100931558"));
        assert!(validate_tax_id(Some("EE"), "eu_vat", "100594102").valid);
        let typo = validate_tax_id(Some("EE"), "eu_vat", "100594103");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(Some("EE"), "eu_vat", "1005941020");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
