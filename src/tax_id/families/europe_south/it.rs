//! Italy: the VAT number (partita IVA) and the codice fiscale (`it_cf`), which is the partita
//! IVA for companies and a 16-character code for people.

use crate::tax_id::check_digits::{digit_value, luhn_valid};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Italy's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "IT",
        description: "Italian VAT number (partita IVA)",
        checksum: true,
        rule: "IT + 11 digits: a 7-digit company number (not all 0), a 3-digit office code \
               (001-100, 120, 121, 888 or 999) and a Luhn check digit",
        source: "python-stdnum it.iva; Agenzia delle Entrate",
        example: "IT00743110157",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "it_cf",
        country: "IT",
        description: "Italian Tax Code (codice fiscale)",
        checksum: true,
        rule: "a company's 11-digit partita IVA (office code and Luhn check digit), or a \
               person's 16 characters: 6 letters, birth year (2), month letter \
               (ABCDEHLMPRST), day (01-31, women 41-71), a letter and 3 digits for the place \
               of birth (any digit may be replaced by its letter LMNPQRSTUV), and a check \
               letter from the odd/even character tables, mod 26",
        source: "python-stdnum it.codicefiscale; Agenzia delle Entrate (DM 23 December 1976)",
        example: "RCCMNL83S18D969H",
        validate: validate_codice_fiscale,
        format: format_as_compact,
    },
];

/// What each place of a person's codice fiscale holds.
#[derive(Clone, Copy)]
enum Slot {
    /// A letter from a name, or the letter of a place of birth, or the check letter.
    Letter,
    /// A digit, or its letter in [`OMOCODE_LETTERS`].
    Digit,
    /// The birth month's letter.
    Month,
}

/// The layout of a person's codice fiscale: surname, name, year, month, day, place, check.
const PERSONAL_LAYOUT: [Slot; 16] = {
    use Slot::{Digit as D, Letter as L, Month as M};
    [L, L, L, L, L, L, D, D, M, D, D, L, D, D, D, L]
};

/// Letters that stand for the digits 0-9 when two people would get the same code
/// (omocodia): the revenue agency replaces digits from the right with these.
const OMOCODE_LETTERS: &[u8; 10] = b"LMNPQRSTUV";

/// The birth month letters, January to December.
const MONTH_LETTERS: &[u8; 12] = b"ABCDEHLMPRST";

/// What a character in an odd place (1st, 3rd, ...) adds to the check sum, for A-Z; the
/// digits 0-9 add what A-J add.
const ODD_PLACE_VALUES: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/// Women's birth days are written plus 40.
const WOMEN_DAY_OFFSET: u32 = 40;

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "IT", national_iva)
}

fn national_iva(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999"])?;
    let (company, rest) = digits.split_at_checked(7).unwrap_or_default();
    if company.iter().all(|&d| d == b'0') {
        return Err(Reason::InvalidComponent);
    }
    let office = rest.get(..3).unwrap_or_default();
    if !is_office(office) {
        return Err(Reason::InvalidComponent);
    }
    if !luhn_valid(digits) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The provincial offices (001-100), the offices for non-residents (120, 121), and the codes
/// for entities without an office (888, 999).
fn is_office(code: &[u8]) -> bool {
    matches!(code, b"120" | b"121" | b"888" | b"999")
        || (b"001".as_slice()..=b"100").contains(&code)
}

fn validate_codice_fiscale(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("IT");
    let bytes = number.as_bytes();
    if !bytes.iter().all(u8::is_ascii_alphanumeric) {
        return Err(Reason::InvalidFormat);
    }
    match bytes.len() {
        11 => national_iva(number),
        16 => personal_code(number),
        _ => Err(Reason::InvalidLength),
    }
}

fn personal_code(number: Number) -> Result<Number, Reason> {
    let code = number.as_bytes();
    let fits = code
        .iter()
        .zip(PERSONAL_LAYOUT)
        .all(|(&c, slot)| match slot {
            Slot::Letter | Slot::Month => c.is_ascii_uppercase(),
            Slot::Digit => c.is_ascii_digit() || OMOCODE_LETTERS.contains(&c),
        });
    if !fits {
        return Err(Reason::InvalidFormat);
    }
    if !has_birth_date(code) {
        return Err(Reason::InvalidComponent);
    }
    if code.last().copied() != check_letter(code) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Whether the year, month and day places make a date. The year has two digits, so
/// 29 February is allowed in every year divisible by 4 (1900 is never meant: python-stdnum
/// reads 00 as 2000).
fn has_birth_date(code: &[u8]) -> bool {
    let place = |i: usize| code.get(i).copied().and_then(omocode_digit);
    let (Some(y1), Some(y2), Some(d1), Some(d2)) = (place(6), place(7), place(9), place(10)) else {
        return false;
    };
    let Some(month) = code
        .get(8)
        .and_then(|m| MONTH_LETTERS.iter().position(|l| l == m))
    else {
        return false;
    };
    let written_day = d1 * 10 + d2;
    let day = if written_day > WOMEN_DAY_OFFSET {
        written_day - WOMEN_DAY_OFFSET
    } else {
        written_day
    };
    let leap = (y1 * 10 + y2) % 4 == 0;
    let days_in_month = match month {
        1 if leap => 29,
        1 => 28,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    };
    (1..=days_in_month).contains(&day)
}

/// The digit a date or place character stands for, letters of omocodia included.
fn omocode_digit(c: u8) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(digit_value(c));
    }
    OMOCODE_LETTERS
        .iter()
        .position(|&l| l == c)
        .map(|i| i as u32)
}

/// The check letter of a 16-character code (its first 15 characters).
fn check_letter(code: &[u8]) -> Option<u8> {
    let sum: u32 = code
        .iter()
        .take(15)
        .enumerate()
        .map(|(i, &c)| {
            let index = if c.is_ascii_digit() {
                c - b'0'
            } else {
                c - b'A'
            };
            if i % 2 == 0 {
                ODD_PLACE_VALUES
                    .get(usize::from(index))
                    .copied()
                    .unwrap_or(0)
            } else {
                u32::from(index)
            }
        })
        .sum();
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        .get((sum % 26) as usize)
        .copied()
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's it.iva doctest: IT 00743110157 is valid, 00743110158 a typo.
        let result = validate_tax_id(Some("IT"), "eu_vat", "IT 00743110157");
        assert_eq!(result.compact.as_deref(), Some("IT00743110157"));
        assert!(validate_tax_id(None, "eu_vat", "it00743110157").valid);
        let typo = validate_tax_id(Some("IT"), "eu_vat", "00743110158");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let office = validate_tax_id(Some("IT"), "eu_vat", "00743112003");
        assert_eq!(office.reason, Some(Reason::InvalidComponent));
    }

    #[test]
    fn personal_codes_and_company_numbers() {
        // python-stdnum's it.codicefiscale doctests: a man born 18 November 1983, a woman
        // born 1 December 1983 (day 41), and a company's partita IVA.
        let man = validate_tax_id(None, "it_cf", "rccmnl83s18d969h");
        assert_eq!(man.compact.as_deref(), Some("RCCMNL83S18D969H"));
        assert!(validate_tax_id(None, "it_cf", "CNTCHR83T41D969D").valid);
        assert!(validate_tax_id(None, "it_cf", "00743110157").valid);
        assert!(validate_tax_id(Some("IT"), "it_cf", "IT 00743110157").valid);
        let short = validate_tax_id(None, "it_cf", "RCCMNL83S18D969");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let typo = validate_tax_id(None, "it_cf", "RCCMNL83S18D969J");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let company_typo = validate_tax_id(None, "it_cf", "00743110158");
        assert_eq!(company_typo.reason, Some(Reason::InvalidChecksum));
    }

    #[test]
    fn omocodia_letters_stand_for_digits() {
        // RCCMNL83S18D969H with its last place digit 9 written V, check letter recomputed.
        let result = validate_tax_id(None, "it_cf", "RCCMNL83S18D96VW");
        assert_eq!(result.reason, None);
    }

    #[test]
    fn birth_dates_must_exist() {
        // Day 31 of November (S), and day 88 (neither 01-31 nor 41-71).
        for code in ["RCCMNL83S31D969A", "RCCMNL83S88D969A"] {
            let result = validate_tax_id(None, "it_cf", code);
            assert_eq!(result.reason, Some(Reason::InvalidComponent), "{code}");
        }
        let month = validate_tax_id(None, "it_cf", "RCCMNL83F18D969H");
        assert_eq!(month.reason, Some(Reason::InvalidComponent));
    }
}
