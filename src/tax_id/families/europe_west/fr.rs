//! France: the VAT number (n° TVA), the company number (SIREN), the establishment number
//! (SIRET) and the personal tax number (numéro fiscal, SPI).

use super::decimal::decimal_value;
use crate::tax_id::check_digits::{digit_value, luhn_valid};
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// France's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "FR",
        description: "French VAT number (n° TVA)",
        checksum: true,
        rule: "FR + a 2-character key (digits, or letters but I and O) + the 9-digit SIREN \
               (Luhn, except Monaco's 000...); a numeric key is (SIREN × 100 + 12) mod 97, an \
               alphanumeric one follows the DGFiP's mod 11 formula",
        source: "python-stdnum fr.tva; Direction générale des Finances publiques",
        example: "FR40303265045",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "fr_siren",
        country: "FR",
        description: "France SIREN",
        checksum: true,
        rule: "9 digits; the last is a Luhn check digit",
        source: "python-stdnum fr.siren; INSEE (répertoire SIRENE)",
        example: "404 833 048",
        validate: validate_siren,
        format: format_siren,
    },
    TaxIdType {
        name: "fr_siret",
        country: "FR",
        description: "France SIRET",
        checksum: true,
        rule: "14 digits: the SIREN (Luhn) and a 5-digit establishment number; the whole \
               passes Luhn, except La Poste's establishments (356000000...), whose digits add \
               up to a multiple of 5",
        source: "python-stdnum fr.siret; INSEE (répertoire SIRENE)",
        example: "732 829 320 00074",
        validate: validate_siret,
        format: format_siret,
    },
    TaxIdType {
        name: "fr_spi",
        country: "FR",
        description: "France SPI / NIF",
        checksum: true,
        rule: "13 digits, the first 0 to 3; the last 3 are the first 10 mod 511",
        source: "python-stdnum fr.nif; European Commission TIN portal (France)",
        example: "30 23 217 600 053",
        validate: validate_spi,
        format: format_spi,
    },
];

/// The characters of a VAT key: digits and letters, but not I and O, which read as 1 and 0.
const KEY_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// SIRETs of La Poste's establishments start with its SIREN and do not pass Luhn.
const LA_POSTE_SIREN: &[u8] = b"356000000";

/// La Poste's head office, the one of its SIRETs that passes Luhn.
const LA_POSTE_HEAD_OFFICE: &[u8] = b"35600000000048";

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "FR", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let bytes = number.as_bytes();
    if bytes.iter().take(2).any(|b| !KEY_ALPHABET.contains(b)) {
        return Err(Reason::InvalidFormat);
    }
    expect_shape(bytes, &["XX999999999"])?;
    let (key, siren) = bytes.split_at_checked(2).ok_or(Reason::InvalidLength)?;
    // Monaco's numbers carry 000 where a SIREN starts, and have no SIREN check digit.
    if !siren.starts_with(b"000") && !luhn_valid(siren) {
        return Err(Reason::InvalidChecksum);
    }
    if !key_matches(key, decimal_value(siren)) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Whether the 2-character `key` fits the SIREN's value: numeric keys (the old style) are
/// the SIREN followed by 12, mod 97; keys with a letter (issued since the numeric ones ran
/// out) encode a number whose quotient and remainder by 11 relate to the SIREN mod 11.
fn key_matches(key: &[u8], siren: u64) -> bool {
    let [first, second] = key else {
        return false;
    };
    if first.is_ascii_digit() && second.is_ascii_digit() {
        return decimal_value(key) == (siren * 100 + 12) % 97;
    }
    let (first, second) = (key_value(*first), key_value(*second));
    // A digit first leaves 24 possible second characters (the letters); a letter first, 34.
    let check = if first < 10 {
        first * 24 + second - 10
    } else {
        first * 34 + second - 100
    };
    (siren + 1 + check / 11) % 11 == check % 11
}

/// The position of a key character in [`KEY_ALPHABET`].
fn key_value(byte: u8) -> u64 {
    KEY_ALPHABET
        .iter()
        .position(|&b| b == byte)
        .map_or(0, |position| position as u64)
}

fn validate_siren(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("FR");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if !luhn_valid(digits) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// `404 833 048`: three groups of three.
fn format_siren(compact: &str) -> String {
    format_with_cuts(compact, &[3, 6], " ")
}

fn validate_siret(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("FR");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999999"])?;
    let passes = if digits.starts_with(LA_POSTE_SIREN) && digits != LA_POSTE_HEAD_OFFICE {
        digits.iter().map(|&d| digit_value(d)).sum::<u32>() % 5 == 0
    } else {
        luhn_valid(digits)
    };
    let siren = digits.get(..9).unwrap_or_default();
    if !passes || !luhn_valid(siren) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// `732 829 320 00074`: the SIREN in threes, then the establishment number.
fn format_siret(compact: &str) -> String {
    format_with_cuts(compact, &[3, 6, 9], " ")
}

fn validate_spi(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("FR");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999999"])?;
    if !matches!(digits.first(), Some(b'0'..=b'3')) {
        return Err(Reason::InvalidComponent);
    }
    let (body, check) = digits.split_at_checked(10).ok_or(Reason::InvalidLength)?;
    if decimal_value(check) != decimal_value(body) % 511 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// `30 23 217 600 053`, as printed on French tax notices.
fn format_spi(compact: &str) -> String {
    format_with_cuts(compact, &[2, 4, 7, 10], " ")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_numeric_and_alphanumeric_keys() {
        // python-stdnum's fr.tva doctests.
        let result = validate_tax_id(Some("FR"), "eu_vat", "Fr 40 303 265 045");
        assert_eq!(result.compact.as_deref(), Some("FR40303265045"));
        assert!(validate_tax_id(Some("FR"), "eu_vat", "23334175221").valid);
        assert!(validate_tax_id(Some("FR"), "eu_vat", "K7399859412").valid);
        assert!(validate_tax_id(Some("FR"), "eu_vat", "4Z123456782").valid);
        assert!(validate_tax_id(None, "eu_vat", "FR 53 0000 04605").valid);
        let typo = validate_tax_id(Some("FR"), "eu_vat", "84 323 140 391");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let letter_typo = validate_tax_id(Some("FR"), "eu_vat", "FR L 7399859412");
        assert_eq!(letter_typo.reason, Some(Reason::InvalidChecksum));
        let i_and_o = validate_tax_id(Some("FR"), "eu_vat", "IO334175221");
        assert_eq!(i_and_o.reason, Some(Reason::InvalidFormat));
        let short = validate_tax_id(Some("FR"), "eu_vat", "FR000076090");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn siren_and_siret() {
        // python-stdnum's fr.siren and fr.siret doctests.
        let siren = validate_tax_id(Some("FR"), "fr_siren", "404833048");
        assert_eq!(siren.formatted.as_deref(), Some("404 833 048"));
        let typo = validate_tax_id(Some("FR"), "fr_siren", "404833047");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let siret = validate_tax_id(None, "fr_siret", "732 829 320 00074");
        assert_eq!(siret.compact.as_deref(), Some("73282932000074"));
        assert_eq!(siret.formatted.as_deref(), Some("732 829 320 00074"));
        let typo = validate_tax_id(None, "fr_siret", "73282932000079");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "fr_siret", "7328293200007");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn la_poste_establishments_add_up_to_a_multiple_of_5() {
        // La Poste's head office passes Luhn; its other establishments do not.
        assert!(validate_tax_id(None, "fr_siret", "35600000000048").valid);
        assert!(validate_tax_id(None, "fr_siret", "35600000049837").valid);
        let off = validate_tax_id(None, "fr_siret", "35600000049838");
        assert_eq!(off.reason, Some(Reason::InvalidChecksum));
    }

    #[test]
    fn spi_numbers() {
        // python-stdnum's fr.nif doctests.
        let spi = validate_tax_id(None, "fr_spi", "3023217600053");
        assert_eq!(spi.formatted.as_deref(), Some("30 23 217 600 053"));
        let typo = validate_tax_id(None, "fr_spi", "3023217600054");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "fr_spi", "070198776543");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let first_digit = validate_tax_id(None, "fr_spi", "9701987765432");
        assert_eq!(first_digit.reason, Some(Reason::InvalidComponent));
    }
}
