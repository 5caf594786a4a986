//! Germany: the VAT number (USt-IdNr.).

use crate::tax_id::check_digits::iso7064_mod_11_10_valid;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Germany's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "DE",
    description: "German VAT number (USt-IdNr.)",
    checksum: true,
    rule: "DE + 9 digits, the first not 0; the last is an ISO 7064 MOD 11,10 check digit",
    source: "python-stdnum de.vat; Bundeszentralamt für Steuern",
    example: "DE136695976",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "DE", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if digits.first() == Some(&b'0') {
        return Err(Reason::InvalidFormat);
    }
    if !iso7064_mod_11_10_valid(digits) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's de.vat doctest: DE 136,695 976 is valid.
        let result = validate_tax_id(Some("DE"), "eu_vat", "DE 136,695 976");
        assert_eq!(result.compact.as_deref(), Some("DE136695976"));
        assert!(validate_tax_id(Some("de"), "eu_vat", "136695976").valid);
        assert!(validate_tax_id(None, "eu_vat", "de136695976").valid);
        let typo = validate_tax_id(Some("DE"), "eu_vat", "136695978");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let french = validate_tax_id(Some("DE"), "eu_vat", "FR40303265045");
        assert_eq!(french.reason, Some(Reason::CountryMismatch));
    }
}
