//! Thailand: the 13-digit tax identification number used for VAT, either a juristic
//! person's number (starting 0) or a citizen's personal identification number.

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Thailand's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "th_vat",
    country: "TH",
    description: "Thai VAT",
    checksum: true,
    rule: "13 digits, the first not 9 (0 for juristic persons, 1 to 8 for persons); the last \
           is a check digit: 11 minus the remainder by 11 of the first 12 weighted 13 down to 2, \
           modulo 10",
    source: "python-stdnum th.tin (th.moa and th.pin); Revenue Department, 13-digit tax ID",
    example: "0-99-4-000-61772-1",
    validate: validate_tin,
    format: format_tin,
}];

/// Weights of the first 12 digits.
const WEIGHTS: [u32; 12] = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];

/// The first digit no number starts with: 0 is a juristic person (MOA), 1 to 8 a person.
const UNUSED_FIRST_DIGIT: u8 = b'9';

/// The first digit of juristic persons' numbers.
const JURISTIC_FIRST_DIGIT: u8 = b'0';

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("TH");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999999"])?;
    if digits.first() == Some(&UNUSED_FIRST_DIGIT) {
        return Err(Reason::InvalidComponent);
    }
    let (body, check) = digits.split_at_checked(12).ok_or(Reason::InvalidLength)?;
    let expected = (11 - weighted_sum(body, &WEIGHTS) % 11) % 10;
    if check.first().map(|&d| digit_value(d)) != Some(expected) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// `0-99-4-000-61772-1` for juristic persons and `1-2345-45678-78-1` for persons, as the
/// Revenue Department prints them.
fn format_tin(compact: &str) -> String {
    if compact.as_bytes().first() == Some(&JURISTIC_FIRST_DIGIT) {
        format_with_cuts(compact, &[1, 3, 4, 7, 12], "-")
    } else {
        format_with_cuts(compact, &[1, 5, 10, 12], "-")
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn juristic_and_personal_numbers() {
        // python-stdnum's th.tin, th.moa and th.pin doctests.
        let moa = validate_tax_id(Some("TH"), "th_vat", "0994000617721");
        assert_eq!(moa.formatted.as_deref(), Some("0-99-4-000-61772-1"));
        let pin = validate_tax_id(None, "th_vat", "1-2345-45678-78-1");
        assert_eq!(pin.compact.as_deref(), Some("1234545678781"));
        assert_eq!(pin.formatted.as_deref(), Some("1-2345-45678-78-1"));
        assert!(validate_tax_id(None, "th_vat", "3100600445635").valid);
        let typo = validate_tax_id(None, "th_vat", "0-99-4-000-61772-3");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "th_vat", "099400061772");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let nine = validate_tax_id(None, "th_vat", "9100600445635");
        assert_eq!(nine.reason, Some(Reason::InvalidComponent));
    }
}
