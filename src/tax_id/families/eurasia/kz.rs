//! Kazakhstan: the business identification number (БСН/БИН, BIN), or the individual one
//! (ЖСН/ИИН, IIN) that sole proprietors use in its place.

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::checks::last_digit_is;

/// Kazakhstan's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "kz_bin",
    country: "KZ",
    description: "Kazakhstani Business Identification Number",
    checksum: true,
    rule: "12 digits (a BIN, or the IIN a sole proprietor uses); the last is a check digit: the \
           first 11 weighted 1 to 11, mod 11, and if that is 10, weighted 3 to 11, 1, 2, mod 11, \
           which must not be 10 again",
    source: "Government of Kazakhstan resolutions 565 (2003) and 406 (2007), adilet.zan.kz; \
             OECD TIN sheet for Kazakhstan",
    example: "940140000385",
    validate: validate_bin,
    format: format_as_compact,
}];

/// The first weights for the 11 digits before the check digit.
const FIRST_WEIGHTS: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/// The weights used when the first ones give 10.
const SECOND_WEIGHTS: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

fn validate_bin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("KZ");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999999"])?;
    if !last_digit_is(digits, check_digit(digits)) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The check digit for the first 11 digits; 10 when both weightings give 10, which makes the
/// number one never issued.
fn check_digit(digits: &[u8]) -> u32 {
    match weighted_sum(digits, &FIRST_WEIGHTS) % 11 {
        10 => weighted_sum(digits, &SECOND_WEIGHTS) % 11,
        check => check,
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn bin_numbers() {
        // Halyk Bank's BIN, and 990 140 004 654, both from the kz.bin doctests proposed to
        // python-stdnum.
        let result = validate_tax_id(Some("KZ"), "kz_bin", "940140000385");
        assert_eq!(result.compact.as_deref(), Some("940140000385"));
        assert!(validate_tax_id(None, "kz_bin", "KZ 990 140 004 654").valid);
        let typo = validate_tax_id(None, "kz_bin", "940140000386");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "kz_bin", "94014000038");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn second_weighting_when_the_first_gives_ten() {
        // The IIN in the kz-iin-validator README: its first weighting gives 10, the second 2.
        assert!(validate_tax_id(None, "kz_bin", "061211600012").valid);
        let typo = validate_tax_id(None, "kz_bin", "061211600010");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
    }
}
