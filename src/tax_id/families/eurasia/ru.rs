//! Russia: the taxpayer identification number (ИНН, INN) and the registration reason code
//! (КПП, KPP) that an organisation's INN comes with.

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Russia's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "ru_inn",
        country: "RU",
        description: "Russian INN",
        checksum: true,
        rule: "10 digits (organisations), the last a check digit (weights 2,4,10,3,5,9,4,6,8, \
               mod 11, mod 10), or 12 digits (individuals), the last two check digits (weights \
               7,2,4,10,3,5,9,4,6,8 then 3,7,2,4,10,3,5,9,4,6,8, each mod 11, mod 10)",
        source: "python-stdnum ru.inn; Federal Tax Service of Russia (nalog.gov.ru)",
        example: "7707083893",
        validate: validate_inn,
        format: format_as_compact,
    },
    TaxIdType {
        name: "ru_kpp",
        country: "RU",
        description: "Russian KPP",
        checksum: false,
        rule: "9 characters: tax office code (4 digits), reason code (2 digits or Latin capital \
               letters), serial (3 digits); it has no check digit",
        source: "Federal Tax Service of Russia, order ММВ-7-6/435@ of 29 June 2012",
        example: "773601001",
        validate: validate_kpp,
        format: format_as_compact,
    },
];

/// The weights of an organisation's first 9 digits.
const ORGANISATION_WEIGHTS: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/// The weights of an individual's first 10 digits, for the 11th.
const FIRST_PERSONAL_WEIGHTS: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/// The weights of an individual's first 11 digits, for the 12th.
const SECOND_PERSONAL_WEIGHTS: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

fn validate_inn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("RU");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999", "999999999999"])?;
    let valid = match digits.len() {
        10 => check_matches(digits, &ORGANISATION_WEIGHTS),
        _ => {
            check_matches(digits, &FIRST_PERSONAL_WEIGHTS)
                && check_matches(digits, &SECOND_PERSONAL_WEIGHTS)
        }
    };
    if valid {
        Ok(number)
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// Whether the digit right after the weighted ones is their sum mod 11, mod 10.
fn check_matches(digits: &[u8], weights: &[u32]) -> bool {
    let expected = weighted_sum(digits, weights) % 11 % 10;
    digits.get(weights.len()).map(|&d| digit_value(d)) == Some(expected)
}

fn validate_kpp(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("RU");
    expect_shape(number.as_bytes(), &["9999XX999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn organisation_and_personal_inn() {
        // python-stdnum's ru.inn doctests: 1234567894 and 123456789047 are valid, 1234567895
        // and 123456789037 typos; 7707083893 is Sberbank's INN.
        let result = validate_tax_id(Some("RU"), "ru_inn", "RU 7707083893");
        assert_eq!(result.compact.as_deref(), Some("7707083893"));
        assert!(validate_tax_id(None, "ru_inn", "1234567894").valid);
        assert!(validate_tax_id(None, "ru_inn", "123456789047").valid);
        let typo = validate_tax_id(None, "ru_inn", "1234567895");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let personal_typo = validate_tax_id(None, "ru_inn", "123456789037");
        assert_eq!(personal_typo.reason, Some(Reason::InvalidChecksum));
        let eleven = validate_tax_id(None, "ru_inn", "12345678904");
        assert_eq!(eleven.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn kpp_codes() {
        // Sberbank's KPP, and the shape of one with a letter reason code (allowed since 2013).
        let result = validate_tax_id(Some("RU"), "ru_kpp", "773601001");
        assert_eq!(result.compact.as_deref(), Some("773601001"));
        assert!(validate_tax_id(None, "ru_kpp", "7736AB001").valid);
        let short = validate_tax_id(None, "ru_kpp", "77360100");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter_in_office = validate_tax_id(None, "ru_kpp", "77A601001");
        assert_eq!(letter_in_office.reason, Some(Reason::InvalidFormat));
    }
}
