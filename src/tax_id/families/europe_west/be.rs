//! Belgium: the VAT number, which is the enterprise number (ondernemingsnummer, numéro
//! d'entreprise).

use super::decimal::decimal_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Belgium's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "BE",
    description: "Belgian VAT number (enterprise number)",
    checksum: true,
    rule: "BE + 10 digits, the first 0 or 1 (an old 9-digit number gets a leading 0); the \
           last 2 are 97 minus the first 8 mod 97",
    source: "python-stdnum be.vat; Kruispuntbank van Ondernemingen (KBO) check digit rule",
    example: "BE0428759497",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "BE", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let number = with_legacy_zero(number)?;
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999"])?;
    if digits.iter().all(|&d| d == b'0') {
        return Err(Reason::InvalidFormat);
    }
    if !matches!(digits.first(), Some(b'0' | b'1')) {
        return Err(Reason::InvalidComponent);
    }
    let (body, check) = digits.split_at_checked(8).ok_or(Reason::InvalidLength)?;
    // The KBO's rule gives 1 to 97; python-stdnum's "(body + check) mod 97 = 0" also lets
    // 00, 98 and 99 through, which the KBO never issues.
    if decimal_value(check) != 97 - decimal_value(body) % 97 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Numbers from before 2005 (VAT numbers before enterprise numbers) had 9 digits; the
/// enterprise number is the same with a 0 in front.
fn with_legacy_zero(number: Number) -> Result<Number, Reason> {
    if number.len() == 9 {
        number.with_prefix("0")
    } else {
        Ok(number)
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's be.vat doctest: BE 428759497 is valid, BE431150351 a typo.
        let result = validate_tax_id(Some("BE"), "eu_vat", "BE 428759497");
        assert_eq!(result.compact.as_deref(), Some("BE0428759497"));
        assert!(validate_tax_id(Some("BE"), "eu_vat", "0403019261").valid);
        assert!(validate_tax_id(None, "eu_vat", "BE 0795 013 186").valid);
        let typo = validate_tax_id(Some("BE"), "eu_vat", "BE431150351");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("BE"), "eu_vat", "BE 04031926");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(Some("BE"), "eu_vat", "BE 02A2.239.951");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
        // python-stdnum's be.vat: "(0)" is the optional leading zero.
        let optional_zero = validate_tax_id(Some("BE"), "eu_vat", "BE (0)428.759.497");
        assert_eq!(optional_zero.compact.as_deref(), Some("BE0428759497"));
        let parenthesis = validate_tax_id(Some("BE"), "eu_vat", "BE (1)428.759.497");
        assert_eq!(parenthesis.reason, Some(Reason::InvalidFormat));
    }

    #[test]
    fn check_digits_outside_1_to_97_are_refused() {
        // 01000069 mod 97 is 96, so its check is 01; python-stdnum also accepts 98.
        assert!(validate_tax_id(Some("BE"), "eu_vat", "0100006901").valid);
        let check_98 = validate_tax_id(Some("BE"), "eu_vat", "0100006998");
        assert_eq!(check_98.reason, Some(Reason::InvalidChecksum));
        // 00000097 mod 97 is 0, so its check is 97; python-stdnum also accepts 00.
        assert!(validate_tax_id(Some("BE"), "eu_vat", "0000009797").valid);
        let check_00 = validate_tax_id(Some("BE"), "eu_vat", "0000009700");
        assert_eq!(check_00.reason, Some(Reason::InvalidChecksum));
    }
}
