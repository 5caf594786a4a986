//! Check-digit algorithms shared by several types. Type modules call these on bytes they
//! have already checked to be digits (or, for the ISO 7064 alphanumeric forms, digits and
//! upper-case letters).

/// The value of a digit or upper-case letter: `0`-`9` are 0-9, `A`-`Z` are 10-35.
pub fn alnum_value(byte: u8) -> u32 {
    match byte {
        b'0'..=b'9' => u32::from(byte - b'0'),
        b'A'..=b'Z' => u32::from(byte - b'A') + 10,
        _ => 0,
    }
}

/// The value of a digit (0 for anything else; callers check digits first).
pub fn digit_value(byte: u8) -> u32 {
    if byte.is_ascii_digit() {
        u32::from(byte - b'0')
    } else {
        0
    }
}

/// The sum of each digit times its weight, pairing from the left; extra digits or weights are
/// ignored.
pub fn weighted_sum(digits: &[u8], weights: &[u32]) -> u32 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| digit_value(d) * w)
        .sum()
}

/// The Luhn (ISO/IEC 7812) checksum of `digits`, check digit included: 0 when valid.
pub fn luhn_checksum(digits: &[u8]) -> u32 {
    digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let value = digit_value(d);
            if i % 2 == 1 {
                let doubled = value * 2;
                doubled / 10 + doubled % 10
            } else {
                value
            }
        })
        .sum::<u32>()
        % 10
}

/// Whether `digits` pass the Luhn check.
pub fn luhn_valid(digits: &[u8]) -> bool {
    luhn_checksum(digits) == 0
}

/// Whether `digits` pass ISO 7064 MOD 11,10 (German, Croatian and Serbian numbers).
pub fn iso7064_mod_11_10_valid(digits: &[u8]) -> bool {
    let check = digits.iter().fold(5, |check, &d| {
        let check = if check == 0 { 10 } else { check };
        (check * 2 % 11 + digit_value(d)) % 10
    });
    check == 1
}

/// ISO 7064 MOD 97-10 remainder of `text` (digits, and letters read as 10-35): 1 when valid.
pub fn iso7064_mod_97_10(text: &[u8]) -> u32 {
    text.iter().fold(0, |remainder, &byte| {
        let value = alnum_value(byte);
        if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_a_known_number_and_rejects_a_typo() {
        // The Luhn example of ISO/IEC 7812-1 as given on Wikipedia.
        assert!(luhn_valid(b"79927398713"));
        assert!(!luhn_valid(b"79927398710"));
    }

    #[test]
    fn mod_11_10_on_a_german_vat_number() {
        // DE 136695976, python-stdnum's de.vat example.
        assert!(iso7064_mod_11_10_valid(b"136695976"));
        assert!(!iso7064_mod_11_10_valid(b"136695978"));
    }

    #[test]
    fn mod_97_10_on_an_iban_style_string() {
        // GB82 WEST 1234 5698 7654 32 rearranged, the IBAN example of ISO 13616.
        assert_eq!(iso7064_mod_97_10(b"WEST12345698765432GB82"), 1);
    }

    #[test]
    fn weighted_sums_pair_from_the_left() {
        assert_eq!(weighted_sum(b"123", &[3, 2, 1]), 10);
        assert_eq!(weighted_sum(b"1234", &[1, 1]), 3);
    }
}
