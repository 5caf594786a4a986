//! Türkiye: the tax identification number (Vergi Kimlik Numarası, VKN) of businesses, and
//! the personal identification number (T.C. Kimlik No., TCKN) that individuals use as their
//! tax number.

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::checks::last_digit_is;

/// Türkiye's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "tr_tin",
    country: "TR",
    description: "Turkish Tax Identification Number",
    checksum: true,
    rule: "VKN: 10 digits, the last a check digit (each of the first 9, counted from the right \
           as i = 1..9: c = (digit + i) mod 10, then c × 2^i mod 9, 9 for 0, summed; check = 10 \
           minus the sum, mod 10); or an individual's TCKN: 11 digits, the first not 0, the 10th \
           (7 × odd-placed − even-placed of the first 9) mod 10 and the 11th the first 10 summed \
           mod 10",
    source:
        "python-stdnum tr.vkn and tr.tckimlik; Revenue Administration of Türkiye (gib.gov.tr), \
             which takes the TCKN as individuals' tax number since 2016",
    example: "4540536920",
    validate: validate_tin,
    format: format_as_compact,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("TR");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999", "99999999999"])?;
    let valid = match digits.len() {
        10 => last_digit_is(digits, vkn_check_digit(digits)),
        _ => valid_tckn(digits)?,
    };
    if valid {
        Ok(number)
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// The VKN's check digit for its first 9 digits.
fn vkn_check_digit(digits: &[u8]) -> u32 {
    let sum: u32 = digits
        .iter()
        .take(9)
        .rev()
        .zip(1u32..)
        .map(|(&d, i)| match (digit_value(d) + i) % 10 {
            0 => 0,
            c => match c * (1 << i) % 9 {
                0 => 9,
                r => r,
            },
        })
        .sum();
    (10 - sum % 10) % 10
}

/// Whether an 11-digit TCKN's two check digits match; a TCKN never starts with 0.
fn valid_tckn(digits: &[u8]) -> Result<bool, Reason> {
    if digits.first() == Some(&b'0') {
        return Err(Reason::InvalidFormat);
    }
    let (odd, even) = digits
        .iter()
        .take(9)
        .enumerate()
        .fold((0, 0), |(odd, even), (i, &d)| {
            if i % 2 == 0 {
                (odd + digit_value(d), even)
            } else {
                (odd, even + digit_value(d))
            }
        });
    // 7 × odd − even mod 10, with − even written as + 9 × even to stay unsigned.
    let tenth = (7 * odd + 9 * even) % 10;
    let first_ten = odd + even + tenth;
    let tenth_matches = digits.get(9).map(|&d| digit_value(d)) == Some(tenth);
    Ok(tenth_matches && last_digit_is(digits, first_ten % 10))
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vkn_numbers() {
        // python-stdnum's tr.vkn doctests: 4540536920 is valid, 4540536921 a typo, 454053692
        // too short.
        let result = validate_tax_id(Some("TR"), "tr_tin", "TR 4540536920");
        assert_eq!(result.compact.as_deref(), Some("4540536920"));
        let typo = validate_tax_id(None, "tr_tin", "4540536921");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "tr_tin", "454053692");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn tckn_numbers_of_individuals() {
        // python-stdnum's tr.tckimlik doctests: 17291716060 is valid, 17291716050 a typo,
        // 07291716092 starts with 0.
        assert!(validate_tax_id(None, "tr_tin", "17291716060").valid);
        let typo = validate_tax_id(None, "tr_tin", "17291716050");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let zero = validate_tax_id(None, "tr_tin", "07291716092");
        assert_eq!(zero.reason, Some(Reason::InvalidFormat));
    }
}
