//! Structural rules written as patterns: `9` a digit, `A` a letter, `X` a digit or letter,
//! anything else itself. `"A999999A"` is a letter, six digits and a letter.

use super::Reason;

/// Checks `bytes` against the first of `patterns` with its length: [`Reason::InvalidLength`]
/// when no pattern has that length, [`Reason::InvalidFormat`] when the characters do not fit.
///
/// Characters that fit no pattern at all are a format error even when the length is wrong
/// too, so `"12A"` against `["99999"]` is a format error, as python-stdnum reports it.
pub fn expect_shape(bytes: &[u8], patterns: &[&str]) -> Result<(), Reason> {
    if !bytes
        .iter()
        .all(|&b| patterns.iter().any(|p| allows_anywhere(p, b)))
    {
        return Err(Reason::InvalidFormat);
    }
    let pattern = patterns
        .iter()
        .find(|p| p.len() == bytes.len())
        .ok_or(Reason::InvalidLength)?;
    if fits(bytes, pattern) {
        Ok(())
    } else {
        Err(Reason::InvalidFormat)
    }
}

/// Whether `bytes` fits `pattern` exactly, length included.
pub fn fits(bytes: &[u8], pattern: &str) -> bool {
    bytes.len() == pattern.len()
        && bytes
            .iter()
            .zip(pattern.bytes())
            .all(|(&b, p)| fits_one(b, p))
}

fn fits_one(byte: u8, pattern: u8) -> bool {
    match pattern {
        b'9' => byte.is_ascii_digit(),
        b'A' => byte.is_ascii_uppercase(),
        b'X' => byte.is_ascii_digit() || byte.is_ascii_uppercase(),
        literal => byte == literal,
    }
}

fn allows_anywhere(pattern: &str, byte: u8) -> bool {
    pattern.bytes().any(|p| fits_one(byte, p))
}

/// Whether every byte is an ASCII digit (and there is at least one).
pub fn all_digits(bytes: &[u8]) -> bool {
    !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_pick_by_length_then_check_characters() {
        assert_eq!(expect_shape(b"A123456Z", &["A999999A"]), Ok(()));
        assert_eq!(
            expect_shape(b"1234567Z", &["A999999A"]),
            Err(Reason::InvalidFormat)
        );
        assert_eq!(
            expect_shape(b"A12345Z", &["A999999A"]),
            Err(Reason::InvalidLength)
        );
        assert_eq!(expect_shape(b"12+4", &["9999"]), Err(Reason::InvalidFormat));
        assert_eq!(expect_shape(b"1234", &["999", "9999"]), Ok(()));
        assert_eq!(expect_shape(b"PST12345678", &["PST99999999"]), Ok(()));
    }
}
