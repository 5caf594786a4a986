//! Bulgaria: the VAT number (ИН по ДДС) and the Unified Identification Code (ЕИК/БУЛСТАТ).
//!
//! Both share the 9-digit code of legal entities and the 10-digit codes of persons (the
//! BULSTAT register gave self-employed persons their EGN or LNCh as code, until a 2025
//! amendment moved them to 9 digits with a transition); only the UIC has the 13-digit codes
//! of branches, the entity's 9 digits and 4 more.

use super::date::{is_real_date, two_digits};
use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Bulgaria's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "BG",
        description: "Bulgarian VAT number (ИН по ДДС)",
        checksum: true,
        rule: "BG + 9 digits (an entity's UIC: weights 1-8 mod 11, or 3-10 when that gives \
               10) or 10 digits (a person's EGN with its birth date, a foreigner's LNCh, or \
               weights 4,3,2,7,6,5,4,3,2 mod 11)",
        source: "python-stdnum bg.vat, bg.egn, bg.pnf",
        example: "BG175074752",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "bg_uic",
        country: "BG",
        description: "Bulgaria Unified Identification Code",
        checksum: true,
        rule: "9 digits (weights 1-8 mod 11, or 3-10 when that gives 10), 10 digits (a \
               person's EGN or LNCh, as the VAT number), or 13 digits for a branch: a valid \
               9-digit code, 3 more, and a check digit over digits 9-12 (weights 2,7,3,5 mod \
               11, or 4,9,5,7 when that gives 10)",
        source: "python-stdnum bg.vat (9 and 10 digits); Registry Agency's EIK algorithm \
                 (13 digits)",
        example: "175074752",
        validate: validate_uic,
        format: format_as_compact,
    },
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "BG", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    expect_shape(number.as_bytes(), &["999999999", "9999999999"])?;
    check(number)
}

fn validate_uic(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("BG");
    expect_shape(
        number.as_bytes(),
        &["999999999", "9999999999", "9999999999999"],
    )?;
    check(number)
}

/// The check digits of a number already known to have 9, 10 or 13 digits.
fn check(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    let valid = match digits.split_at_checked(9) {
        Some((entity, [])) => entity_code_valid(entity),
        Some((entity, branch)) if branch.len() == 4 => {
            entity_code_valid(entity) && branch_code_valid(digits)
        }
        _ => egn_valid(digits) || lnch_valid(digits) || other_person_valid(digits),
    };
    if valid {
        Ok(number)
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// The 9-digit code of a legal entity: the ninth digit is the weighted sum of the first eight
/// mod 11, with a second set of weights when the first gives 10.
fn entity_code_valid(digits: &[u8]) -> bool {
    let Some((body, [check])) = digits.split_at_checked(8) else {
        return false;
    };
    let first = weighted_sum(body, &[1, 2, 3, 4, 5, 6, 7, 8]) % 11;
    let remainder = if first == 10 {
        weighted_sum(body, &[3, 4, 5, 6, 7, 8, 9, 10]) % 11
    } else {
        first
    };
    remainder % 10 == digit_value(*check)
}

/// The 13th digit of a branch code, over digits 9 to 12, in the same two-step way.
fn branch_code_valid(digits: &[u8]) -> bool {
    let (Some(body), Some(&check)) = (digits.get(8..12), digits.get(12)) else {
        return false;
    };
    let first = weighted_sum(body, &[2, 7, 3, 5]) % 11;
    let remainder = if first == 10 {
        weighted_sum(body, &[4, 9, 5, 7]) % 11
    } else {
        first
    };
    remainder % 10 == digit_value(check)
}

/// A citizen's EGN: YYMMDD (month +20 for the 1800s, +40 for the 2000s), three digits and a
/// check digit.
fn egn_valid(digits: &[u8]) -> bool {
    let year = two_digits(digits, 0);
    let (century, month) = match two_digits(digits, 2) {
        month @ 41.. => (2000, month - 40),
        month @ 21.. => (1800, month - 20),
        month => (1900, month),
    };
    is_real_date(century + year, month, two_digits(digits, 4))
        && last_digit_is(
            digits,
            weighted_sum(digits, &[2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10,
        )
}

/// A foreigner's LNCh (ЛНЧ).
fn lnch_valid(digits: &[u8]) -> bool {
    last_digit_is(
        digits,
        weighted_sum(digits, &[21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10,
    )
}

/// The 10-digit numbers of other persons.
fn other_person_valid(digits: &[u8]) -> bool {
    let sum = weighted_sum(digits, &[4, 3, 2, 7, 6, 5, 4, 3, 2]);
    last_digit_is(digits, (11 - sum % 11) % 11)
}

fn last_digit_is(digits: &[u8], expected: u32) -> bool {
    digits.last().is_some_and(|&d| digit_value(d) == expected)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_of_entities_and_persons() {
        // python-stdnum's bg.vat doctest.
        let result = validate_tax_id(Some("BG"), "eu_vat", "BG 175 074 752");
        assert_eq!(result.compact.as_deref(), Some("BG175074752"));
        let typo = validate_tax_id(Some("BG"), "eu_vat", "175074751");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        // python-stdnum's bg.egn and bg.pnf doctests.
        assert!(validate_tax_id(Some("BG"), "eu_vat", "8032056031").valid);
        assert!(validate_tax_id(Some("BG"), "eu_vat", "7111042925").valid);
        let short = validate_tax_id(Some("BG"), "eu_vat", "17507475");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn unified_identification_codes_of_entities_and_branches() {
        assert!(validate_tax_id(None, "bg_uic", "175074752").valid);
        assert!(validate_tax_id(None, "bg_uic", "BG 175074752").valid);
        // The branch of the municipality of Sredets, from bulgarian-control-numbers' tests.
        let branch = validate_tax_id(None, "bg_uic", "0000568780291");
        assert_eq!(branch.compact.as_deref(), Some("0000568780291"));
        let branch_typo = validate_tax_id(None, "bg_uic", "0000568780292");
        assert_eq!(branch_typo.reason, Some(Reason::InvalidChecksum));
        let bad_entity = validate_tax_id(None, "bg_uic", "0000568770291");
        assert_eq!(bad_entity.reason, Some(Reason::InvalidChecksum));
        let twelve = validate_tax_id(None, "bg_uic", "000056878029");
        assert_eq!(twelve.reason, Some(Reason::InvalidLength));
        // Branch codes are not VAT numbers.
        let vat = validate_tax_id(Some("BG"), "eu_vat", "0000568780291");
        assert_eq!(vat.reason, Some(Reason::InvalidLength));
    }
}
