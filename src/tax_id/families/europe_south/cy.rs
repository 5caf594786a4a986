//! Cyprus: the VAT number.

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Cyprus's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "CY",
    description: "Cypriot VAT number",
    checksum: true,
    rule: "CY + 8 digits, not starting 12, + a check letter: the digits in odd places mapped \
           0-9 to 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, plus the digits in even places, mod 26, \
           as A-Z",
    source: "python-stdnum cy.vat; Cyprus Tax Department",
    example: "CY10259033P",
    validate: validate_vat,
    format: format_as_compact,
}];

/// What a digit in an odd place (1st, 3rd, ...) adds to the check sum.
const ODD_PLACE_VALUES: [u32; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "CY", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let bytes = number.as_bytes();
    expect_shape(bytes, &["99999999A"])?;
    // VAT numbers are not issued with 12 in front (python-stdnum and the VIES-era validators
    // reject it), so a 12 is a mistyped number, whatever its check letter says.
    if bytes.starts_with(b"12") {
        return Err(Reason::InvalidComponent);
    }
    let digits = bytes.get(..8).unwrap_or_default();
    if bytes.last() != Some(&check_letter(digits)) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn check_letter(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let value = digit_value(d);
            if i % 2 == 0 {
                ODD_PLACE_VALUES.get(value as usize).copied().unwrap_or(0)
            } else {
                value
            }
        })
        .sum();
    b'A' + (sum % 26) as u8
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's cy.vat doctest: CY-10259033P is valid, CY-10259033Z a typo.
        let result = validate_tax_id(Some("CY"), "eu_vat", "CY-10259033P ");
        assert_eq!(result.compact.as_deref(), Some("CY10259033P"));
        assert!(validate_tax_id(Some("CY"), "eu_vat", "10259033p").valid);
        let typo = validate_tax_id(Some("CY"), "eu_vat", "CY-10259033Z");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("CY"), "eu_vat", "1025903P");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let personal = validate_tax_id(Some("CY"), "eu_vat", "12259033P");
        assert_eq!(personal.reason, Some(Reason::InvalidComponent));
    }
}
