//! What every EU VAT number shares: a two-letter prefix before the national number.

use super::{Number, Reason};

/// The prefixes of EU VAT numbers: the member states' ISO codes, but `EL` for Greece, and
/// `XI` for Northern Ireland's traders under the Windsor Framework.
pub const PREFIXES: [[u8; 2]; 28] = [
    *b"AT", *b"BE", *b"BG", *b"CY", *b"CZ", *b"DE", *b"DK", *b"EE", *b"EL", *b"ES", *b"FI", *b"FR",
    *b"HR", *b"HU", *b"IE", *b"IT", *b"LT", *b"LU", *b"LV", *b"MT", *b"NL", *b"PL", *b"PT", *b"RO",
    *b"SE", *b"SI", *b"SK", *b"XI",
];

/// The compact EU VAT number (`prefix` then the national number) of a cleaned number written
/// with or without `prefix`, the national number checked by `national`.
///
/// A number that starts with another member state's prefix, and is not itself a valid
/// national number, is [`Reason::CountryMismatch`]: `FR...` given for Germany.
pub fn validate(
    mut number: Number,
    prefix: &str,
    national: fn(Number) -> Result<Number, Reason>,
) -> Result<Number, Reason> {
    if !number.strip_prefix(prefix) {
        let foreign = number
            .as_bytes()
            .first_chunk::<2>()
            .is_some_and(|head| PREFIXES.contains(head));
        if foreign && national(number).is_err() {
            return Err(Reason::CountryMismatch);
        }
    }
    national(number)?.with_prefix(prefix)
}

/// The country an EU VAT prefix stands for: `EL` is Greece and `XI` the United Kingdom
/// (Northern Ireland); every other prefix is its country's code.
pub fn country_of_prefix(prefix: &str) -> &str {
    match prefix {
        "EL" => "GR",
        "XI" => "GB",
        other => other,
    }
}
