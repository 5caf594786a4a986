//! India: the Goods and Services Tax identification number (GSTIN).

use crate::tax_id::check_digits::{alnum_value, digit_value};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// India's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "in_gst",
    country: "IN",
    description: "Indian GST Number",
    checksum: true,
    rule: "15 characters: a state code (01 to 38, 97 other territory, 99 centre), the \
           holder's PAN (5 letters, the 4th its holder type, 4 digits not all 0, a letter), \
           the registration count (1-9 or A-Z), Z, and a Luhn mod 36 check character",
    source: "python-stdnum in_.gstin and in_.pan; GST Network, GSTIN format and state codes",
    example: "27AAPFU0939F1ZV",
    validate: validate_gstin,
    format: format_as_compact,
}];

/// State code, PAN, registration count, the letter Z, check character.
const GSTIN_SHAPE: &str = "99AAAAA9999AXXX";

/// The PAN's fourth letter: the holder type (association, body of individuals, company,
/// firm, government, Hindu undivided family, local authority, juridical person, individual,
/// trust, krish).
const PAN_HOLDER_TYPES: &[u8] = b"ABCFGHLJPTK";

/// Codes of the states and union territories, Ladakh (38) included, then other territory
/// (97) and centre jurisdiction (99).
const STATE_CODES: &[u32] = &[
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
    27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 97, 99,
];

/// Characters, and so values, the check works over: 0-9 then A-Z.
const RADIX: u32 = 36;

fn validate_gstin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("IN");
    let gstin = number.as_bytes();
    expect_shape(gstin, &[GSTIN_SHAPE])?;
    if !has_possible_parts(gstin) {
        return Err(Reason::InvalidComponent);
    }
    if luhn_mod_36(gstin) != 0 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Whether the state code, PAN holder type and serial, registration count and the fixed Z
/// are all possible.
fn has_possible_parts(gstin: &[u8]) -> bool {
    let at = |i: usize| gstin.get(i).copied().unwrap_or(0);
    let state = digit_value(at(0)) * 10 + digit_value(at(1));
    let pan_serial = gstin.get(7..11).unwrap_or_default();
    STATE_CODES.contains(&state)
        && PAN_HOLDER_TYPES.contains(&at(5))
        && pan_serial != b"0000"
        && at(12) != b'0'
        && at(13) == b'Z'
}

/// The Luhn checksum with base 36 in place of 10: 0 when the check character is right.
fn luhn_mod_36(text: &[u8]) -> u32 {
    text.iter()
        .rev()
        .enumerate()
        .map(|(i, &c)| {
            let value = alnum_value(c);
            if i % 2 == 1 {
                let doubled = value * 2;
                doubled / RADIX + doubled % RADIX
            } else {
                value
            }
        })
        .sum::<u32>()
        % RADIX
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn gstins() {
        // python-stdnum's in_.gstin doctest.
        let gstin = validate_tax_id(Some("IN"), "in_gst", "27AAPFU0939F1ZV");
        assert_eq!(gstin.compact.as_deref(), Some("27AAPFU0939F1ZV"));
        let typo = validate_tax_id(None, "in_gst", "27AAPFU0939F1ZO");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "in_gst", "27AAPFU0939F1Z");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let digits = validate_tax_id(None, "in_gst", "369296450896540");
        assert_eq!(digits.reason, Some(Reason::InvalidFormat));
        let no_z = validate_tax_id(None, "in_gst", "27AAPFU0939F1AA");
        assert_eq!(no_z.reason, Some(Reason::InvalidComponent));
        let state = validate_tax_id(None, "in_gst", "50AAPFU0939F1ZV");
        assert_eq!(state.reason, Some(Reason::InvalidComponent));
    }
}
