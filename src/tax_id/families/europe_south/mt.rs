//! Malta: the VAT number.

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Malta's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "MT",
    description: "Maltese VAT number",
    checksum: true,
    rule: "MT + 8 digits, the first not 0; the digits weighted 3, 4, 6, 7, 8, 9, 10, 1 sum to \
           a multiple of 37",
    source: "python-stdnum mt.vat; Commissioner for Revenue",
    example: "MT11679112",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "MT", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999"])?;
    if digits.first() == Some(&b'0') {
        return Err(Reason::InvalidFormat);
    }
    if weighted_sum(digits, &[3, 4, 6, 7, 8, 9, 10, 1]) % 37 != 0 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's mt.vat doctest: MT 1167-9112 is valid, 1167-9113 a typo.
        let result = validate_tax_id(Some("MT"), "eu_vat", "MT 1167-9112");
        assert_eq!(result.compact.as_deref(), Some("MT11679112"));
        assert!(validate_tax_id(Some("MT"), "eu_vat", "11679112").valid);
        let typo = validate_tax_id(Some("MT"), "eu_vat", "1167-9113");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("MT"), "eu_vat", "1167911");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
