//! Spain: the VAT number (NIF-IVA), the NIF behind it (`es_cif`), and the same NIF for
//! customers in the Canary Islands (`ic_nif`), which are outside the EU VAT area but use the
//! Spanish NIF.

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// The NIF rule in a sentence, shared by the three types that use it.
const NIF_RULE: &str = "9 characters: a DNI (8 digits + check letter), an NIE (X, Y or Z + 7 \
    digits + check letter), a K, L or M number (letter + 7 digits + check letter), or a CIF \
    (entity letter A-H, J, N, P-S, U-W + 7 digits + a Luhn check digit or its letter J, A-I); \
    DNI-style check letters are the number mod 23 in TRWAGMYFPDXBNJZSQVHLCKE";

/// Spain's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "ES",
        description: "Spanish VAT number (NIF-IVA)",
        checksum: true,
        rule: "ES + the 9-character NIF: a DNI (8 digits + check letter), an NIE (X, Y or Z + \
               7 digits + check letter), a K, L or M number, or a CIF (entity letter + 7 digits \
               + Luhn check digit or letter)",
        source: "python-stdnum es.nif; Agencia Tributaria",
        example: "ESB58378431",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "es_cif",
        country: "ES",
        description: "Spanish NIF Number (previously Spanish CIF Number)",
        checksum: true,
        rule: NIF_RULE,
        source: "python-stdnum es.nif (es.dni, es.nie, es.cif); Agencia Tributaria",
        example: "B58378431",
        validate: validate_nif,
        format: format_as_compact,
    },
    TaxIdType {
        name: "ic_nif",
        country: "ES",
        description: "Canary Islands tax ID (NIF)",
        checksum: true,
        rule: NIF_RULE,
        source: "python-stdnum es.nif; Stripe: the Canary Islands NIF has the es_cif format",
        example: "B64717838",
        validate: validate_nif,
        format: format_as_compact,
    },
];

/// The letters that start a CIF: the legal form of the entity (sociedad anónima, limitada,
/// comunidad de bienes, ...), from Orden EHA/451/2008.
const CIF_ENTITY_LETTERS: &[u8] = b"ABCDEFGHJNPQRSUVW";

/// The check letter of a DNI-style number, indexed by the number mod 23.
const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// The letter a CIF may carry instead of its check digit, indexed by that digit.
const CIF_LETTERS: &[u8; 10] = b"JABCDEFGHI";

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "ES", national_nif)
}

/// An NIF written with the `ES` of its VAT form is still the NIF: a NIF never starts with
/// `ES` (its second character is a digit), so the prefix is dropped whenever it is there.
fn validate_nif(mut number: Number) -> Result<Number, Reason> {
    number.strip_prefix("ES");
    national_nif(number)
}

/// The 9-character NIF, whichever of its four kinds the first character says it is.
fn national_nif(number: Number) -> Result<Number, Reason> {
    let bytes = number.as_bytes();
    expect_shape(bytes, &["X9999999X"])?;
    let (Some((&first, rest)), Some(&last)) = (bytes.split_first(), bytes.last()) else {
        return Err(Reason::InvalidLength);
    };
    let seven = rest.get(..7).unwrap_or_default();
    let expected_letter = match first {
        b'0'..=b'9' => dni_letter(decimal(bytes.get(..8).unwrap_or_default())),
        b'K' | b'L' | b'M' => dni_letter(decimal(seven)),
        b'X' | b'Y' | b'Z' => {
            let leading = u32::from(first - b'X');
            dni_letter(leading * 10_000_000 + decimal(seven))
        }
        _ if CIF_ENTITY_LETTERS.contains(&first) => return check_cif(seven, last, number),
        _ => return Err(Reason::InvalidComponent),
    };
    if Some(last) == expected_letter {
        Ok(number)
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// Sources disagree on which entity types use a check digit and which a check letter, so
/// either is accepted for every entity type (as python-stdnum does).
fn check_cif(digits: &[u8], check: u8, number: Number) -> Result<Number, Reason> {
    let digit = cif_check_digit(digits);
    let letter = CIF_LETTERS.get(digit as usize).copied();
    if check == b'0' + digit as u8 || Some(check) == letter {
        Ok(number)
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// The Luhn check digit the 7 CIF digits would take: digits in odd places (from the left)
/// are doubled, as they are when a check digit follows.
fn cif_check_digit(digits: &[u8]) -> u32 {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let value = digit_value(d);
            if i % 2 == 0 {
                value * 2 / 10 + value * 2 % 10
            } else {
                value
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

fn dni_letter(value: u32) -> Option<u8> {
    DNI_LETTERS.get((value % 23) as usize).copied()
}

/// The value of at most 8 digits (fits a u32).
fn decimal(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |acc, &d| acc * 10 + digit_value(d))
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_of_every_kind() {
        // python-stdnum's es.nif doctests: a CIF, a DNI, an NIE and an M number.
        let cif = validate_tax_id(Some("ES"), "eu_vat", "ES B-58378431");
        assert_eq!(cif.compact.as_deref(), Some("ESB58378431"));
        for valid in ["B64717838", "54362315K", "X-5253868-R", "M-1234567-L"] {
            assert!(
                validate_tax_id(Some("ES"), "eu_vat", valid).valid,
                "{valid}"
            );
        }
        assert!(validate_tax_id(None, "eu_vat", "es54362315k").valid);
        let typo = validate_tax_id(Some("ES"), "eu_vat", "B64717839");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let italian = validate_tax_id(Some("ES"), "eu_vat", "IT00743110157");
        assert_eq!(italian.reason, Some(Reason::CountryMismatch));
    }

    #[test]
    fn nif_with_digit_or_letter_check() {
        // python-stdnum's es.cif doctests: J99216582 (check digit 2) and A13 585 625.
        let cif = validate_tax_id(Some("ES"), "es_cif", "J99216582");
        assert_eq!(cif.compact.as_deref(), Some("J99216582"));
        assert!(validate_tax_id(None, "es_cif", "A13 585 625").valid);
        // Check digit 8 as its letter H: Q2826000H, the Agencia Tributaria's own NIF.
        assert!(validate_tax_id(None, "es_cif", "Q2826000H").valid);
        assert!(validate_tax_id(None, "es_cif", "ES B58378431").valid);
        let typo = validate_tax_id(None, "es_cif", "J99216583");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(None, "es_cif", "J992165831");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let no_entity = validate_tax_id(None, "es_cif", "O-1234567-L");
        assert_eq!(no_entity.reason, Some(Reason::InvalidComponent));
    }

    #[test]
    fn canary_islands_nif_is_the_spanish_nif() {
        // python-stdnum's es.dni and es.nie doctests.
        assert!(validate_tax_id(None, "ic_nif", "54362315-K").valid);
        assert!(validate_tax_id(None, "ic_nif", "x-2482300w").valid);
        let typo = validate_tax_id(None, "ic_nif", "54362315Z");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "ic_nif", "X2482300");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
