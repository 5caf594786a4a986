//! Mexico: the RFC (Registro Federal de Contribuyentes).

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType, MAX_CLEANED_LEN};

/// Mexico's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "mx_rfc",
    country: "MX",
    description: "Mexican RFC Number",
    checksum: false,
    rule: "a company's 3 letters, a person's 4 (`&` and `Ñ` among them) (not one of the words SAT never issues), then \
           the date YYMMDD and a 3-character homoclave (a person's may be left out); the \
           homoclave's check character is not verified, as some issued RFCs fail it",
    source: "Servicio de Administración Tributaria (SAT); python-stdnum mx.rfc",
    example: "GODE561231GR8",
    validate: validate_rfc,
    format: format_as_compact,
}];

/// Four-letter name parts SAT replaces (with an X) because they spell rude words.
const UNISSUED_WORDS: [&[u8]; 41] = [
    b"BUEI", b"BUEY", b"CACA", b"CACO", b"CAGA", b"CAGO", b"CAKA", b"CAKO", b"COGE", b"COJA",
    b"COJE", b"COJI", b"COJO", b"CULO", b"FETO", b"GUEY", b"JOTO", b"KACA", b"KACO", b"KAGA",
    b"KAGO", b"KAKA", b"KOGE", b"KOJO", b"KULO", b"MAME", b"MAMO", b"MEAR", b"MEAS", b"MEON",
    b"MION", b"MOCO", b"MULA", b"PEDA", b"PEDO", b"PENE", b"PUTA", b"PUTO", b"QULO", b"RATA",
    b"RUIN",
];

fn validate_rfc(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("MX");
    let (letters, name_chars) = as_ascii_letters(&number)?;
    let chars = letters.as_bytes();
    expect_shape(chars, &["AAAA999999", "AAA999999XXX", "AAAA999999XXX"])?;
    let name_len = if chars.len() == 12 { 3 } else { 4 };
    // `&` and `Ñ` come from names (A&C, MUÑOZ), so they belong to the name part only.
    if name_chars > name_len {
        return Err(Reason::InvalidFormat);
    }
    let (name, rest) = chars
        .split_at_checked(name_len)
        .ok_or(Reason::InvalidLength)?;
    if name_chars == 0 && UNISSUED_WORDS.contains(&name) {
        return Err(Reason::InvalidComponent);
    }
    if !date_exists(rest.get(..6).unwrap_or_default()) {
        return Err(Reason::InvalidComponent);
    }
    Ok(number)
}

/// The number with `Ñ` as `N` and `&` as `A`, so that shapes see letters, and how far into
/// it (in characters, 0 when nowhere) the last of them lies.
fn as_ascii_letters(number: &Number) -> Result<(Number, usize), Reason> {
    let mut ascii = [0u8; MAX_CLEANED_LEN];
    let mut len = 0;
    let mut last_name_char = 0;
    for c in number.as_str().chars() {
        let byte = match c {
            'Ñ' => b'N',
            '&' => b'A',
            other => u8::try_from(other).map_err(|_| Reason::InvalidFormat)?,
        };
        *ascii.get_mut(len).ok_or(Reason::InvalidLength)? = byte;
        len += 1;
        if matches!(c, 'Ñ' | '&') {
            last_name_char = len;
        }
    }
    let letters = Number::from_clean(ascii.get(..len).unwrap_or_default())?;
    Ok((letters, last_name_char))
}

/// Whether YYMMDD is a date, reading the year in 2000-2099 as python-stdnum does (so 00-02-29
/// is one).
fn date_exists(yymmdd: &[u8]) -> bool {
    let [y1, y2, m1, m2, d1, d2] = yymmdd else {
        return false;
    };
    let pair = |a: &u8, b: &u8| digit_value(*a) * 10 + digit_value(*b);
    let (year, month, day) = (pair(y1, y2), pair(m1, m2), pair(d1, d2));
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days_in_month).contains(&day)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn people_and_companies() {
        // python-stdnum's mx.rfc doctests.
        let person = validate_tax_id(Some("MX"), "mx_rfc", "GODE 561231 GR8");
        assert_eq!(person.compact.as_deref(), Some("GODE561231GR8"));
        let company = validate_tax_id(None, "mx_rfc", "MAB-930714-8T4");
        assert_eq!(company.compact.as_deref(), Some("MAB9307148T4"));
        assert!(validate_tax_id(None, "mx_rfc", "COMG-600703").valid);
        assert!(validate_tax_id(None, "mx_rfc", "VACE-460910-SX6").valid);
    }

    #[test]
    fn names_with_ampersands_and_enyes() {
        // SAT's CFDI 4.0 RFC pattern allows [A-Z&Ñ]{3,4}; so does python-stdnum's mx.rfc.
        let company = validate_tax_id(None, "mx_rfc", "A&C-010101-AB1");
        assert_eq!(company.compact.as_deref(), Some("A&C010101AB1"));
        let person = validate_tax_id(Some("MX"), "mx_rfc", "muño 800101 ab1");
        assert_eq!(person.compact.as_deref(), Some("MUÑO800101AB1"));
        let misplaced = validate_tax_id(None, "mx_rfc", "MUNO800101A&1");
        assert_eq!(misplaced.reason, Some(Reason::InvalidFormat));
        assert_eq!(
            validate_tax_id(None, "mx_rfc", "ÑÑÑÑÑ800101").reason,
            Some(Reason::InvalidLength)
        );
    }

    #[test]
    fn impossible_parts() {
        let date = validate_tax_id(None, "mx_rfc", "GODE561331GR8");
        assert_eq!(date.reason, Some(Reason::InvalidComponent));
        let word = validate_tax_id(None, "mx_rfc", "PUTO561231GR8");
        assert_eq!(word.reason, Some(Reason::InvalidComponent));
        let digits = validate_tax_id(None, "mx_rfc", "GOD1561231GR8");
        assert_eq!(digits.reason, Some(Reason::InvalidFormat));
        let length = validate_tax_id(None, "mx_rfc", "GODE561231G");
        assert_eq!(length.reason, Some(Reason::InvalidLength));
    }
}
