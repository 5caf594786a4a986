//! The cleaned number every type works on: separators gone, letters upper-cased, on the stack.
//!
//! Cleaning is the same for every type, so users can paste a number in any customary
//! notation: leading and trailing whitespace is trimmed; spaces (also no-break and thin),
//! dots, commas, hyphens and dashes, and slashes are separators and dropped; letters are
//! upper-cased; full-width forms (as typed with a Japanese or Chinese input method) and
//! Arabic-Indic digits become their ASCII equivalents, and Cyrillic letters drawn like Latin
//! ones (А, В, Е, К, М, Н, О, Р, С, Т) those Latin letters; `(0)`, an optional leading zero,
//! is a 0, and `УНП` is `UNP`. `&` and `Ñ` are kept, for the one type built from names
//! (Mexico's RFC). Any other character, a control character or an emoji among them, makes
//! the number [`Reason::InvalidFormat`].

use std::borrow::Cow;

use super::Reason;

/// The most characters a cleaned number may have; the longest compact form
/// (`CHE123456789MWST`, `1234567890TQ1234`) has 16.
pub const MAX_CLEANED_LEN: usize = 24;

/// Longer inputs are refused before they are read, so junk costs no time.
const MAX_INPUT_BYTES: usize = 256;

/// How some notations write an optional leading zero.
const OPTIONAL_ZERO: &str = "(0)";

/// Belarus's `UNP` prefix in Cyrillic, as it is printed.
const UNP_CYRILLIC: &str = "УНП";
const UNP_CYRILLIC_LOWER: &str = "унп";

/// The Cyrillic capitals that look like Latin ones, and those Latin ones: numbers copied from
/// Cyrillic text carry them (Belarusian individuals' UNPs, North Macedonia's `МК` prefix).
const CYRILLIC_TWINS: [(char, u8); 10] = [
    ('А', b'A'),
    ('В', b'B'),
    ('Е', b'E'),
    ('К', b'K'),
    ('М', b'M'),
    ('Н', b'H'),
    ('О', b'O'),
    ('Р', b'P'),
    ('С', b'C'),
    ('Т', b'T'),
];

/// The one non-ASCII letter a number keeps: Mexican RFCs are built from names (`MUÑ…`).
const ENYE: &str = "Ñ";

/// A cleaned number: ASCII upper-case letters, digits and the few other characters some
/// numbers carry (`+` and `*` in old Irish VAT numbers, `&` and `Ñ` in Mexican RFCs).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Number {
    bytes: [u8; MAX_CLEANED_LEN],
    len: usize,
}

impl Number {
    /// `value` cleaned, or why it cannot be a number of any type.
    pub fn clean(value: &str) -> Result<Number, Reason> {
        if value.len() > MAX_INPUT_BYTES {
            return Err(Reason::InvalidLength);
        }
        let value = read_notations(trim(value));
        let mut number = Number::empty();
        if value.is_ascii() {
            for &byte in value.as_bytes() {
                number.push_normalized(normalize_ascii(byte))?;
            }
        } else {
            for c in value.chars() {
                number.push_normalized(normalize(c))?;
            }
        }
        Ok(number)
    }

    fn push_normalized(&mut self, normalized: Option<Normalized>) -> Result<(), Reason> {
        match normalized {
            Some(Normalized::Separator) => Ok(()),
            Some(Normalized::Char(byte)) => self.push(byte),
            Some(Normalized::Enye) => self.extend(ENYE.as_bytes()),
            None => Err(Reason::InvalidFormat),
        }
    }

    /// A number from bytes already clean, as type modules build them.
    pub fn from_clean(bytes: &[u8]) -> Result<Number, Reason> {
        let mut number = Number::empty();
        number.extend(bytes)?;
        Ok(number)
    }

    fn extend(&mut self, bytes: &[u8]) -> Result<(), Reason> {
        let end = self.len + bytes.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(Reason::InvalidLength)?
            .copy_from_slice(bytes);
        self.len = end;
        Ok(())
    }

    fn empty() -> Number {
        Number {
            bytes: [0; MAX_CLEANED_LEN],
            len: 0,
        }
    }

    fn push(&mut self, byte: u8) -> Result<(), Reason> {
        let slot = self.bytes.get_mut(self.len).ok_or(Reason::InvalidLength)?;
        *slot = byte;
        self.len += 1;
        Ok(())
    }

    /// The cleaned characters.
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }

    /// The cleaned characters as text (ASCII but for `Ñ`).
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// How many characters are left.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing is left.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Drops `prefix` if the number starts with it, and says whether it did.
    pub fn strip_prefix(&mut self, prefix: &str) -> bool {
        match self.as_bytes().strip_prefix(prefix.as_bytes()) {
            Some(rest) => {
                *self = Number::from_clean(rest).unwrap_or(*self);
                true
            }
            None => false,
        }
    }

    /// Drops `suffix` if the number ends with it, and says whether it did.
    pub fn strip_suffix(&mut self, suffix: &str) -> bool {
        match self.as_bytes().strip_suffix(suffix.as_bytes()) {
            Some(rest) => {
                self.len = rest.len();
                true
            }
            None => false,
        }
    }

    /// Drops a leading `country` code (`HR` before an OIB) when a digit follows it: the
    /// optional prefix many national numbers are written with, which their compact form
    /// leaves out.
    pub fn strip_country(&mut self, country: &str) -> bool {
        let digit_follows = self
            .as_bytes()
            .get(country.len())
            .is_some_and(u8::is_ascii_digit);
        digit_follows && self.strip_prefix(country)
    }

    /// The number with `prefix` in front, for types whose compact form carries one.
    pub fn with_prefix(&self, prefix: &str) -> Result<Number, Reason> {
        let mut number = Number::from_clean(prefix.as_bytes())?;
        number.extend(self.as_bytes())?;
        Ok(number)
    }
}

impl std::fmt::Debug for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Number({:?})", self.as_str())
    }
}

/// `value` with the notations of more than one character read: `(0)`, the optional leading
/// zero of Belgian numbers (`BE (0)468.561.072`), as 0, and a leading `УНП`, whose У and П
/// have no Latin twin, as `UNP`.
fn read_notations(value: &str) -> Cow<'_, str> {
    let value = if value.contains('(') {
        Cow::Owned(value.replace(OPTIONAL_ZERO, "0"))
    } else {
        Cow::Borrowed(value)
    };
    match value
        .strip_prefix(UNP_CYRILLIC)
        .or_else(|| value.strip_prefix(UNP_CYRILLIC_LOWER))
    {
        Some(rest) => Cow::Owned(format!("UNP{rest}")),
        None => value,
    }
}

/// `value` without leading and trailing whitespace: ASCII whitespace cheaply, and Unicode
/// whitespace (a no-break space pasted from a web page) only when non-ASCII remains at an end.
fn trim(value: &str) -> &str {
    let value = value.trim_ascii();
    let bytes = value.as_bytes();
    let non_ascii_end =
        bytes.first().is_some_and(|b| !b.is_ascii()) || bytes.last().is_some_and(|b| !b.is_ascii());
    if non_ascii_end {
        value.trim()
    } else {
        value
    }
}

enum Normalized {
    Separator,
    Char(u8),
    Enye,
}

fn normalize_ascii(byte: u8) -> Option<Normalized> {
    Some(match byte {
        b'0'..=b'9' | b'A'..=b'Z' | b'+' | b'*' | b'&' => Normalized::Char(byte),
        b'a'..=b'z' => Normalized::Char(byte.to_ascii_uppercase()),
        b' ' | b'.' | b',' | b'-' | b'/' => Normalized::Separator,
        _ => return None,
    })
}

fn normalize(c: char) -> Option<Normalized> {
    Some(match c {
        '\0'..='\u{7F}' => return normalize_ascii(c as u8),
        '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{3000}' | '\u{2010}'..='\u{2015}' => {
            Normalized::Separator
        }
        '\u{FF0C}' | '\u{FF0D}' | '\u{FF0E}' | '\u{FF0F}' => Normalized::Separator,
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            return normalize(char::from_u32(c as u32 - 0xFEE0)?)
        }
        'Ñ' | 'ñ' => Normalized::Enye,
        'А'..='я' => return cyrillic_twin(c),
        '\u{0660}'..='\u{0669}' => Normalized::Char(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Normalized::Char(b'0' + (c as u32 - 0x06F0) as u8),
        _ => return None,
    })
}

/// The Latin letter a Cyrillic letter (either case) is drawn as, if it has one.
fn cyrillic_twin(c: char) -> Option<Normalized> {
    // а..я (U+0430..U+044F) are А..Я (U+0410..U+042F) plus 0x20; arithmetic rather than
    // `char::to_uppercase`, whose Unicode table would be linked into the module for this alone.
    let capital = match c {
        'а'..='я' => char::from_u32(c as u32 - 0x20)?,
        _ => c,
    };
    CYRILLIC_TWINS
        .iter()
        .find(|(cyrillic, _)| *cyrillic == capital)
        .map(|&(_, latin)| Normalized::Char(latin))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn clean(value: &str) -> Result<String, Reason> {
        Number::clean(value).map(|n| n.as_str().to_owned())
    }

    #[test]
    fn every_cyrillic_letter_has_the_twin_of_its_unicode_capital() {
        let latin = |c: char| match cyrillic_twin(c) {
            Some(Normalized::Char(letter)) => Some(letter),
            _ => None,
        };
        for c in 'А'..='я' {
            let capital = c.to_uppercase().next().unwrap();
            let expected = CYRILLIC_TWINS
                .iter()
                .find(|(cyrillic, _)| *cyrillic == capital)
                .map(|&(_, letter)| letter);
            assert_eq!(latin(c), expected, "{c}");
        }
        assert_eq!(latin('к'), Some(b'K'));
        assert_eq!(latin('б'), None);
    }

    #[test]
    fn separators_go_and_letters_are_upper_cased() {
        assert_eq!(clean(" de 136.695.976 ").unwrap(), "DE136695976");
        assert_eq!(
            clean("12-3456789/0,1").unwrap(),
            "1234567890 1".replace(' ', "")
        );
        assert_eq!(
            clean("CHE\u{00A0}123\u{2009}456\u{2013}789").unwrap(),
            "CHE123456789"
        );
    }

    #[test]
    fn full_width_and_arabic_indic_forms_become_ascii() {
        assert_eq!(clean("Ｔ１２３４ａ").unwrap(), "T1234A");
        assert_eq!(clean("١٢٣-٤٥٦").unwrap(), "123456");
        assert_eq!(clean("۷۸۹").unwrap(), "789");
    }

    #[test]
    fn junk_is_a_reason_not_a_panic() {
        assert_eq!(clean("12\u{0}34"), Err(Reason::InvalidFormat));
        assert_eq!(clean("12💸34"), Err(Reason::InvalidFormat));
        assert_eq!(clean(&"1".repeat(100_000)), Err(Reason::InvalidLength));
        assert_eq!(clean(&"1".repeat(25)), Err(Reason::InvalidLength));
        assert_eq!(clean("").unwrap(), "");
    }

    #[test]
    fn prefixes_and_suffixes() {
        let mut number = Number::clean("CHE-123.456.789 MWST").unwrap();
        assert!(number.strip_suffix("MWST"));
        assert!(number.strip_prefix("CHE"));
        assert!(!number.strip_prefix("CHE"));
        assert_eq!(number.as_str(), "123456789");
        assert_eq!(number.with_prefix("CHE").unwrap().as_str(), "CHE123456789");
        let mut oib = Number::clean("HR 33392005961").unwrap();
        assert!(oib.strip_country("HR"));
        assert_eq!(oib.as_str(), "33392005961");
        let mut letters = Number::clean("HRA1").unwrap();
        assert!(!letters.strip_country("HR"));
    }
}
