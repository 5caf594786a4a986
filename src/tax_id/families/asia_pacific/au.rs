//! Australia: the Business Number (ABN), the Company Number (ACN), the Taxation Office's
//! reference number (ARN) and its withholding payer number (WPN).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Australia's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "au_abn",
        country: "AU",
        description: "Australian Business Number (AU ABN)",
        checksum: true,
        rule: "11 digits; the first two are check digits (11 to 99): with 1 taken from the \
               first digit, the sum of the digits weighted 10, 1, 3, 5, ..., 19 is a multiple \
               of 89",
        source: "python-stdnum au.abn; Australian Business Register, ABN format",
        example: "51 824 753 556",
        validate: validate_abn,
        format: format_abn,
    },
    TaxIdType {
        name: "au_acn",
        country: "AU",
        description: "Australian Company Number (AU ACN)",
        checksum: true,
        rule: "9 digits; the last is a check digit: 10 minus the sum of the first eight \
               weighted 8 down to 1, modulo 10",
        source: "python-stdnum au.acn; ASIC, Australian Company Number check digit",
        example: "004 085 616",
        validate: validate_acn,
        format: format_acn,
    },
    TaxIdType {
        name: "au_arn",
        country: "AU",
        description: "Australian Taxation Office Reference Number",
        checksum: false,
        rule: "12 digits; no check digit is published",
        source: "Stripe's tax ID documentation (example 123456789123)",
        example: "123456789123",
        validate: validate_arn,
        format: format_as_compact,
    },
    TaxIdType {
        name: "au_wpn",
        country: "AU",
        description: "Australian Withholding Payer Number (AU WPN)",
        checksum: false,
        rule: "11 digits; no check digit is published",
        source: "Stripe's tax ID types; the ATO issues WPNs as 11 digits",
        example: "12345678901",
        validate: validate_wpn,
        format: format_as_compact,
    },
];

/// Weights of the nine digits after the ABN's two check digits.
const ABN_WEIGHTS: [u32; 9] = [3, 5, 7, 9, 11, 13, 15, 17, 19];

/// Weights of the ACN's first eight digits.
const ACN_WEIGHTS: [u32; 8] = [8, 7, 6, 5, 4, 3, 2, 1];

fn validate_abn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("AU");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999"])?;
    let (check, body) = digits.split_at_checked(2).ok_or(Reason::InvalidLength)?;
    if value_of_digits(check) != abn_check_digits(body) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The check pair the register assigns: the one value from 11 to 99 for which
/// `(pair - 10) + weighted sum` is a multiple of 89 (the ABR's "subtract 1 from the first
/// digit" rule, with the first digit weighted 10).
fn abn_check_digits(body: &[u8]) -> u32 {
    99 - weighted_sum(body, &ABN_WEIGHTS) % 89
}

/// The number the digits spell (one or two of them here, so no overflow).
fn value_of_digits(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |value, &d| value * 10 + digit_value(d))
}

fn validate_acn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("AU");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    let (body, check) = digits.split_at_checked(8).ok_or(Reason::InvalidLength)?;
    let expected = (10 - weighted_sum(body, &ACN_WEIGHTS) % 10) % 10;
    if value_of_digits(check) != expected {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn validate_arn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("AU");
    expect_shape(number.as_bytes(), &["999999999999"])?;
    Ok(number)
}

fn validate_wpn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("AU");
    expect_shape(number.as_bytes(), &["99999999999"])?;
    Ok(number)
}

/// `51 824 753 556`, as the ABR prints ABNs.
fn format_abn(compact: &str) -> String {
    format_with_cuts(compact, &[2, 5, 8], " ")
}

/// `004 085 616`, as ASIC prints ACNs.
fn format_acn(compact: &str) -> String {
    format_with_cuts(compact, &[3, 6], " ")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn business_numbers() {
        // python-stdnum's au.abn doctest: 83 914 571 673 is valid, 99 999 999 999 is not.
        let abn = validate_tax_id(Some("AU"), "au_abn", "83 914 571 673");
        assert_eq!(abn.compact.as_deref(), Some("83914571673"));
        assert_eq!(abn.formatted.as_deref(), Some("83 914 571 673"));
        let typo = validate_tax_id(Some("AU"), "au_abn", "99 999 999 999");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("AU"), "au_abn", "8391457167");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn company_numbers() {
        // python-stdnum's au.acn doctest: 004 085 616 and 010 499 966 are valid.
        assert!(validate_tax_id(Some("AU"), "au_acn", "004 085 616").valid);
        assert!(validate_tax_id(None, "au_acn", "010499966").valid);
        let typo = validate_tax_id(None, "au_acn", "004 085 617");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(None, "au_acn", "0040856160");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn reference_and_withholding_numbers() {
        assert!(validate_tax_id(None, "au_arn", "123456789123").valid);
        let short = validate_tax_id(None, "au_arn", "12345678912");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        assert!(validate_tax_id(None, "au_wpn", "AU 12345678901").valid);
        let letter = validate_tax_id(None, "au_wpn", "1234567890A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
