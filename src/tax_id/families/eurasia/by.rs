//! Belarus: the payer's account number (УНП, UNP).

use crate::tax_id::check_digits::{alnum_value, digit_value};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::checks::last_digit_is;

/// Belarus's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "by_tin",
    country: "BY",
    description: "Belarus TIN Number",
    checksum: true,
    rule:
        "UNP: 9 digits (organisations) or 2 letters of ABCEHKMOPT (Latin or Cyrillic) and 7 digits \
           (individuals), starting with a region 1-7 or A, B, C, E, H, K, M; the last is a check \
           digit (weights 29,23,19,17,13,7,5,3, mod 11, never 10); a UNP or УНП prefix is dropped",
    source: "python-stdnum by.unp; Ministry of Taxes and Duties of Belarus (portal.nalog.gov.by)",
    example: "200988541",
    validate: validate_tin,
    format: format_as_compact,
}];

/// The letters an individual's UNP may carry: those with the same shape in Latin and
/// Cyrillic, in the order that gives the second one its value.
const LETTERS: &[u8] = b"ABCEHKMOPT";

/// The weights of the first 8 characters for the check digit.
const WEIGHTS: [u32; 8] = [29, 23, 19, 17, 13, 7, 5, 3];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_prefix("UNP");
    number.strip_country("BY");
    let unp = number.as_bytes();
    expect_unp_shape(unp)?;
    if !matches!(
        unp.first(),
        Some(b'1'..=b'7' | b'A' | b'B' | b'C' | b'E' | b'H' | b'K' | b'M')
    ) {
        return Err(Reason::InvalidComponent);
    }
    if !last_digit_is(unp, unp_weighted_sum(unp) % 11) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Format and length: 9 digits, or two of [`LETTERS`] and 7 digits. Both shapes have 9
/// characters, so the first character says which one applies.
fn expect_unp_shape(unp: &[u8]) -> Result<(), Reason> {
    if !unp.first().is_some_and(u8::is_ascii_uppercase) {
        return expect_shape(unp, &["999999999"]);
    }
    expect_shape(unp, &["AA9999999"])?;
    if unp.iter().take(2).all(|b| LETTERS.contains(b)) {
        Ok(())
    } else {
        Err(Reason::InvalidFormat)
    }
}

/// The weighted sum of the first 8 characters: the first letter counts as 10-35 (A-Z), the
/// second as its place in [`LETTERS`].
fn unp_weighted_sum(unp: &[u8]) -> u32 {
    unp.iter()
        .zip(WEIGHTS)
        .enumerate()
        .map(|(i, (&b, w))| w * char_value(i, b))
        .sum()
}

/// The value of the character at `position`: a second-place letter stands for a digit, its
/// place in [`LETTERS`]; a first-place letter counts as 10-35.
fn char_value(position: usize, byte: u8) -> u32 {
    match (position, byte.is_ascii_digit()) {
        (_, true) => digit_value(byte),
        (1, false) => LETTERS
            .iter()
            .position(|&l| l == byte)
            .map_or(0, |p| p as u32),
        _ => alnum_value(byte),
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn organisations_and_individuals() {
        // python-stdnum's by.unp doctests: 200988541 and (UNP) MA1953684 are valid,
        // 200988542 is a typo.
        let result = validate_tax_id(Some("BY"), "by_tin", "200988541");
        assert_eq!(result.compact.as_deref(), Some("200988541"));
        let individual = validate_tax_id(None, "by_tin", "UNP MA1953684");
        assert_eq!(individual.compact.as_deref(), Some("MA1953684"));
        let typo = validate_tax_id(None, "by_tin", "200988542");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "by_tin", "20098854");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "by_tin", "MZ1953684");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
        let region = validate_tax_id(None, "by_tin", "900988541");
        assert_eq!(region.reason, Some(Reason::InvalidComponent));
    }
}
