//! China: the Unified Social Credit Code (USCC, 统一社会信用代码), which serves as the tax ID.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// China's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "cn_tin",
    country: "CN",
    description: "Chinese Tax ID",
    checksum: true,
    rule: "18 characters: the registering authority (a digit, or A, N or Y), 7 digits (entity \
           type and region), 9 digits or letters (the organisation code) and a check \
           character; letters I, O, S, V and Z are never used; the check character is GB \
           32100's modulo 31 code over the first 17 with weights 3^i mod 31",
    source: "GB 32100-2015; python-stdnum cn.uscc",
    example: "91110000600037341L",
    validate: validate_uscc,
    format: format_as_compact,
}];

/// The USCC's characters, in the order of their values 0 to 30.
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Weights of the first 17 characters: 3^i mod 31.
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// The registering authorities written as letters in GB 32100's table (A: the military's
/// establishment office, N: agriculture, Y: other); the others are digits.
const LETTER_AUTHORITIES: &[u8] = b"ANY";

/// The length of a USCC.
const USCC_LEN: usize = 18;

/// How many characters after the authority are always digits (entity type and region).
const NUMERIC_HEAD: usize = 7;

fn validate_uscc(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CN");
    let code = number.as_bytes();
    if !code.iter().all(|&b| value(b).is_some()) {
        return Err(Reason::InvalidFormat);
    }
    if code.len() != USCC_LEN {
        return Err(Reason::InvalidLength);
    }
    let (authority, rest) = code.split_first().ok_or(Reason::InvalidLength)?;
    let authority_fits = authority.is_ascii_digit() || LETTER_AUTHORITIES.contains(authority);
    let head_fits = rest.iter().take(NUMERIC_HEAD).all(u8::is_ascii_digit);
    if !authority_fits || !head_fits {
        return Err(Reason::InvalidFormat);
    }
    let (body, check) = code
        .split_at_checked(USCC_LEN - 1)
        .ok_or(Reason::InvalidLength)?;
    if check.first().copied() != Some(check_character(body)) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The value of a USCC character (its place in [`ALPHABET`]), or `None` for one the code
/// never uses.
fn value(byte: u8) -> Option<u32> {
    let value = match byte {
        b'0'..=b'9' => byte - b'0',
        b'A'..=b'H' => byte - b'A' + 10,
        b'J'..=b'N' => byte - b'J' + 18,
        b'P'..=b'R' => byte - b'P' + 23,
        b'T' | b'U' => byte - b'T' + 26,
        b'W'..=b'Y' => byte - b'W' + 28,
        _ => return None,
    };
    Some(u32::from(value))
}

/// The character that makes the weighted sum of all 18 a multiple of 31.
fn check_character(body: &[u8]) -> u8 {
    let sum: u32 = body
        .iter()
        .zip(WEIGHTS)
        .map(|(&c, w)| value(c).unwrap_or(0) * w)
        .sum();
    let index = (31 - sum % 31) % 31;
    ALPHABET.get(index as usize).copied().unwrap_or(b'0')
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn unified_social_credit_codes() {
        // python-stdnum's cn.uscc doctest.
        let code = validate_tax_id(Some("CN"), "cn_tin", "9 1 110000 600037341L");
        assert_eq!(code.compact.as_deref(), Some("91110000600037341L"));
        let typo = validate_tax_id(None, "cn_tin", "91110000600037341K");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "cn_tin", "12345");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter_in_region = validate_tax_id(None, "cn_tin", "911A0000600037341L");
        assert_eq!(letter_in_region.reason, Some(Reason::InvalidFormat));
        let unused_letter = validate_tax_id(None, "cn_tin", "91110000600037341I");
        assert_eq!(unused_letter.reason, Some(Reason::InvalidFormat));
    }

    #[test]
    fn values_follow_the_alphabet() {
        for (index, &c) in super::ALPHABET.iter().enumerate() {
            assert_eq!(super::value(c), Some(index as u32));
        }
        assert!([b'I', b'O', b'S', b'V', b'Z', b'a']
            .iter()
            .all(|&c| super::value(c).is_none()));
    }

    #[test]
    fn letter_authorities_of_gb_32100() {
        // Authority Y ("other") with the check character its sum requires.
        let body = "Y1110000600037341";
        let check = super::check_character(body.as_bytes()) as char;
        assert!(validate_tax_id(None, "cn_tin", &format!("{body}{check}")).valid);
        let unknown = validate_tax_id(None, "cn_tin", "B1110000600037341L");
        assert_eq!(unknown.reason, Some(Reason::InvalidFormat));
    }
}
