//! Czechia: the VAT number, which is the tax ID (DIČ) without its `CZ`, and the birth number
//! (rodné číslo) that individuals' DIČ and Slovak VAT numbers may be.

use super::date::{is_real_date, two_digits};
use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// The rule both Czech types follow.
const DIC_RULE: &str = "8 digits for an entity (not starting 9; weights 8-2 mod 11), 9 \
                        digits starting 6 for an individual without a birth number, or an \
                        individual's 9- or 10-digit birth number (a real YYMMDD date, month \
                        +50 for women, +20 when serials ran out; 10 digits divisible by 11)";

/// Czechia's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "CZ",
        description: "Czech VAT number (DIČ)",
        checksum: true,
        rule: DIC_RULE,
        source: "python-stdnum cz.dic, cz.rc",
        example: "CZ25123891",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "cz_dic",
        country: "CZ",
        description: "Czech tax ID number (DIČ)",
        checksum: true,
        rule: DIC_RULE,
        source: "python-stdnum cz.dic, cz.rc",
        example: "25123891",
        validate: validate_dic,
        format: format_as_compact,
    },
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "CZ", national_dic)
}

fn validate_dic(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CZ");
    national_dic(number)
}

fn national_dic(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999", "999999999", "9999999999"])?;
    match digits {
        [b'9', _, _, _, _, _, _, _] => Err(Reason::InvalidComponent),
        [_, _, _, _, _, _, _, _] => expect(entity_check_valid(digits)),
        [b'6', rest @ ..] if rest.len() == 8 => expect(individual_check_valid(rest)),
        _ => birth_number(digits),
    }?;
    Ok(number)
}

fn expect(valid: bool) -> Result<(), Reason> {
    if valid {
        Ok(())
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// An entity's 8 digits: 11 minus the weighted sum mod 11, where 0 becomes 1 and 10 becomes 0.
fn entity_check_valid(digits: &[u8]) -> bool {
    let Some((body, [check])) = digits.split_at_checked(7) else {
        return false;
    };
    let remainder = (11 - weighted_sum(body, &[8, 7, 6, 5, 4, 3, 2]) % 11) % 11;
    let expected = if remainder == 0 { 1 } else { remainder % 10 };
    expected == digit_value(*check)
}

/// The 8 digits after the leading 6 of an individual without a birth number.
fn individual_check_valid(digits: &[u8]) -> bool {
    let Some((body, [check])) = digits.split_at_checked(7) else {
        return false;
    };
    (weighted_sum(body, &[8, 7, 6, 5, 4, 3, 2]) % 11 + 8) % 10 == digit_value(*check)
}

/// Checks a Czech or Slovak birth number (rodné číslo) of 9 or 10 digits: YYMMDD, a serial,
/// and for 10-digit numbers (everyone born from 1954) a check digit making the number's
/// first 9 digits mod 11 (mod 10) equal the last.
///
/// 9-digit numbers were given only until 1953, so one with a later year is the wrong length.
pub(super) fn birth_number(digits: &[u8]) -> Result<(), Reason> {
    let year_in_century = two_digits(digits, 0);
    let year = match (digits.len(), year_in_century) {
        (9, 54..=79) => return Err(Reason::InvalidLength),
        (9, 80..) => 1800 + year_in_century,
        (9, _) | (_, 54..) => 1900 + year_in_century,
        _ => 2000 + year_in_century,
    };
    // Women have 50 added to the month, and from 2004 another 20 when a day's serials ran out.
    let month = two_digits(digits, 2) % 50 % 20;
    if !is_real_date(year, month, two_digits(digits, 4)) {
        return Err(Reason::InvalidComponent);
    }
    match digits.split_at_checked(9) {
        Some((body, [check])) => expect(remainder(body, 11) % 10 == digit_value(*check)),
        _ => Ok(()),
    }
}

/// The remainder of the decimal number `digits` divided by `modulus`, for numbers too long
/// for an integer.
pub(super) fn remainder(digits: &[u8], modulus: u32) -> u32 {
    digits
        .iter()
        .fold(0, |rest, &d| (rest * 10 + digit_value(d)) % modulus)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn entities_and_individuals() {
        // python-stdnum's cz.dic doctests.
        let entity = validate_tax_id(Some("CZ"), "eu_vat", "CZ 25123891");
        assert_eq!(entity.compact.as_deref(), Some("CZ25123891"));
        let typo = validate_tax_id(Some("CZ"), "eu_vat", "25123890");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        assert!(validate_tax_id(Some("CZ"), "eu_vat", "7103192745").valid);
        assert!(validate_tax_id(Some("CZ"), "eu_vat", "640903926").valid);
        let nine = validate_tax_id(Some("CZ"), "eu_vat", "95123891");
        assert_eq!(nine.reason, Some(Reason::InvalidComponent));
    }

    #[test]
    fn birth_numbers() {
        // python-stdnum's cz.rc doctests.
        let dic = validate_tax_id(None, "cz_dic", "CZ710319/2745");
        assert_eq!(dic.compact.as_deref(), Some("7103192745"));
        assert!(validate_tax_id(None, "cz_dic", "991231123").valid);
        let typo = validate_tax_id(None, "cz_dic", "7103192746");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let date = validate_tax_id(None, "cz_dic", "1103492745");
        assert_eq!(date.reason, Some(Reason::InvalidComponent));
        let late_nine = validate_tax_id(None, "cz_dic", "590312/123");
        assert_eq!(late_nine.reason, Some(Reason::InvalidLength));
        let long = validate_tax_id(None, "cz_dic", "71031927451");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
