//! Ireland: the VAT number (VAT registration number, from the TRN or PPSN).

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Ireland's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "IE",
    description: "Irish VAT number",
    checksum: true,
    rule: "IE + 7 digits, a check letter and an optional second letter, or the old style: a \
           digit, a letter, + or *, 5 digits and a check letter; the check letter is the \
           digits weighted 8 to 2 (+ 9 × the second letter) mod 23, read in WABC...V",
    source: "python-stdnum ie.vat; Revenue (Irish Tax and Customs)",
    example: "IE6433435OA",
    validate: validate_vat,
    format: format_as_compact,
}];

/// Check letters by value: W is 0, A to V are 1 to 22. The optional second letter is read
/// the same way.
const CHECK_ALPHABET: &[u8] = b"WABCDEFGHIJKLMNOPQRSTUV";

/// The weights of the 7 digits a check letter covers.
const WEIGHTS: [u32; 7] = [8, 7, 6, 5, 4, 3, 2];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "IE", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let bytes = number.as_bytes();
    if !bytes.iter().enumerate().all(|(i, &b)| fits_position(i, b)) {
        return Err(Reason::InvalidFormat);
    }
    let (Some(&second), Some(&check), 8..=9) = (bytes.get(1), bytes.get(7), bytes.len()) else {
        return Err(Reason::InvalidLength);
    };
    let expected = if second.is_ascii_digit() {
        new_style_check(bytes)
    } else {
        old_style_check(bytes)
    };
    if expected != Some(check) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Whether `byte` may stand at `position`: a digit first, a digit or (old style) a letter,
/// + or * second, digits up to the seventh, then letters of the check alphabet.
fn fits_position(position: usize, byte: u8) -> bool {
    match position {
        1 => true,
        0..=6 => byte.is_ascii_digit(),
        _ => CHECK_ALPHABET.contains(&byte),
    }
}

/// Since 2013 (and before, without a second letter): 7 digits, the check letter, and
/// a second letter the check also covers.
fn new_style_check(bytes: &[u8]) -> Option<u8> {
    let digits: &[u8; 7] = bytes.get(..7)?.try_into().ok()?;
    let extra = bytes.get(8).map_or(0, |&letter| letter_value(letter));
    check_letter(digits, extra)
}

/// Old numbers put a letter, + or * second; the check covers the digits moved back into the
/// new layout (0, digits 3 to 7, digit 1). A ninth character is not covered.
fn old_style_check(bytes: &[u8]) -> Option<u8> {
    let (&first, rest) = bytes.split_first()?;
    let mut digits = [b'0'; 7];
    for (slot, &digit) in digits.iter_mut().skip(1).zip(rest.get(1..6)?) {
        *slot = digit;
    }
    *digits.last_mut()? = first;
    check_letter(&digits, 0)
}

fn check_letter(digits: &[u8; 7], extra: u32) -> Option<u8> {
    let sum = weighted_sum(digits, &WEIGHTS) + 9 * extra;
    CHECK_ALPHABET.get(sum as usize % 23).copied()
}

fn letter_value(letter: u8) -> u32 {
    CHECK_ALPHABET
        .iter()
        .position(|&b| b == letter)
        .map_or(0, |position| position as u32)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_old_and_new() {
        // python-stdnum's ie.vat doctests.
        let result = validate_tax_id(Some("IE"), "eu_vat", "IE 6433435F");
        assert_eq!(result.compact.as_deref(), Some("IE6433435F"));
        assert!(validate_tax_id(Some("IE"), "eu_vat", "IE 6433435OA").valid);
        assert!(validate_tax_id(Some("IE"), "eu_vat", "8D79739I").valid);
        assert!(validate_tax_id(None, "eu_vat", "IE9Y71814N").valid);
        let typo = validate_tax_id(Some("IE"), "eu_vat", "6433435E");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let old_typo = validate_tax_id(Some("IE"), "eu_vat", "IE8D79729I");
        assert_eq!(old_typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("IE"), "eu_vat", "643343F");
        assert_eq!(short.reason, Some(Reason::InvalidFormat));
        let short = validate_tax_id(Some("IE"), "eu_vat", "6433435");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter_inside = validate_tax_id(Some("IE"), "eu_vat", "IE 4550C59S");
        assert_eq!(letter_inside.reason, Some(Reason::InvalidFormat));
    }
}
