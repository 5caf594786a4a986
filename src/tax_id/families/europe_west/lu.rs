//! Luxembourg: the VAT number (numéro d'identification à la TVA).

use super::decimal::decimal_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Luxembourg's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "LU",
    description: "Luxembourgish VAT number (n° TVA)",
    checksum: true,
    rule: "LU + 8 digits; the last 2 are the first 6 mod 89",
    source: "python-stdnum lu.tva; Administration de l'enregistrement, des domaines et de la TVA",
    example: "LU15027442",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "LU", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999"])?;
    let (body, check) = digits.split_at_checked(6).ok_or(Reason::InvalidLength)?;
    if decimal_value(check) != decimal_value(body) % 89 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's lu.tva doctest: LU 150 274 42 is valid, 150 274 43 a typo.
        let result = validate_tax_id(Some("LU"), "eu_vat", "LU 150 274 42");
        assert_eq!(result.compact.as_deref(), Some("LU15027442"));
        assert!(validate_tax_id(None, "eu_vat", "LU.248.70.640").valid);
        let typo = validate_tax_id(Some("LU"), "eu_vat", "150 274 43");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(Some("LU"), "eu_vat", "150 274 420");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
