//! Senegal: the national identification number of businesses and associations (NINEA), with
//! its optional tax code (COFI).

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Senegal's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "sn_ninea",
    country: "SN",
    description: "Senegal NINEA Number",
    checksum: true,
    rule: "7 or 9 digits, the sum of the digits times 1, 2, 1, 2... from the last a multiple of \
           10; optionally followed by the 3-character COFI: 0, 1 or 2 (the tax regime), a \
           tax-centre letter and a digit (the legal form)",
    source: "python-stdnum sn.ninea",
    example: "3067221 2G2",
    validate: validate_ninea,
    format: format_ninea,
}];

/// The length of the tax code that may follow the number.
const COFI_LEN: usize = 3;

/// The weights of the digits counted from the last one.
const WEIGHTS_FROM_LAST: [u32; 9] = [1, 2, 1, 2, 1, 2, 1, 2, 1];

/// The letters of the tax centres (A Dakar Plateau 1 ... Z medium-sized businesses).
const TAX_CENTRES: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWZ";

/// The 7-digit numbers are the older ones; both lengths weigh their digits from the last, as
/// if the shorter were padded with zeros in front.
fn validate_ninea(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("SN");
    let bytes = number.as_bytes();
    expect_shape(
        bytes,
        &["9999999", "999999999", "9999999XXX", "999999999XXX"],
    )?;
    let (digits, cofi) = match bytes.len() {
        7 | 9 => (bytes, None),
        _ => bytes
            .split_at_checked(bytes.len() - COFI_LEN)
            .map(|(digits, cofi)| (digits, Some(cofi)))
            .ok_or(Reason::InvalidLength)?,
    };
    if let Some(cofi) = cofi {
        check_cofi(cofi)?;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .zip(WEIGHTS_FROM_LAST)
        .map(|(&d, w)| digit_value(d) * w)
        .sum();
    if sum % 10 != 0 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The tax code: regime 0, 1 or 2, a tax centre's letter, a legal form's digit.
fn check_cofi(cofi: &[u8]) -> Result<(), Reason> {
    let [regime, centre, form] = cofi else {
        return Err(Reason::InvalidLength);
    };
    if !regime.is_ascii_digit() || !centre.is_ascii_uppercase() || !form.is_ascii_digit() {
        return Err(Reason::InvalidFormat);
    }
    if !matches!(regime, b'0'..=b'2') || !TAX_CENTRES.contains(centre) {
        return Err(Reason::InvalidComponent);
    }
    Ok(())
}

/// The number, and the tax code after a space when there is one.
fn format_ninea(compact: &str) -> String {
    match compact.len() {
        7 | 9 => compact.to_owned(),
        len => format_with_cuts(compact, &[len.saturating_sub(COFI_LEN)], " "),
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn numbers_with_and_without_their_tax_code() {
        // python-stdnum's sn.ninea doctests.
        let bare = validate_tax_id(Some("SN"), "sn_ninea", "306 7221");
        assert_eq!(bare.compact.as_deref(), Some("3067221"));
        let coded = validate_tax_id(Some("SN"), "sn_ninea", "30672212G2");
        assert_eq!(coded.formatted.as_deref(), Some("3067221 2G2"));
        let typo = validate_tax_id(Some("SN"), "sn_ninea", "3067222");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let regime = validate_tax_id(Some("SN"), "sn_ninea", "1234567 0AZ");
        assert_eq!(regime.reason, Some(Reason::InvalidFormat));
        let centre = validate_tax_id(Some("SN"), "sn_ninea", "3067221 2I2");
        assert_eq!(centre.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(Some("SN"), "sn_ninea", "30672");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
