//! The rule most of the region's numbers follow: no published check digit, so billkit checks
//! the structure only, after dropping the optional leading country code.

use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason};

/// The fewest characters a number of unverified format may have: shorter is a typing slip.
const PERMISSIVE_MIN_LEN: usize = 5;

/// The most characters a number of unverified format may have.
const PERMISSIVE_MAX_LEN: usize = 20;

/// `number` without a leading `country` code, when it fits one of `patterns` (see
/// [`expect_shape`]).
pub fn shaped(mut number: Number, country: &str, patterns: &[&str]) -> Result<Number, Reason> {
    number.strip_country(country);
    expect_shape(number.as_bytes(), patterns)?;
    Ok(number)
}

/// `number` without a leading `country` code, for types whose format no official source
/// confirms: 5 to 20 digits and letters, at least one a digit. Loose on purpose: refusing a
/// real number stops a customer from checking out, accepting a wrong one only prints it.
pub fn permissive(mut number: Number, country: &str) -> Result<Number, Reason> {
    number.strip_country(country);
    let bytes = number.as_bytes();
    if !bytes.iter().all(u8::is_ascii_alphanumeric) {
        return Err(Reason::InvalidFormat);
    }
    if !(PERMISSIVE_MIN_LEN..=PERMISSIVE_MAX_LEN).contains(&bytes.len()) {
        return Err(Reason::InvalidLength);
    }
    if !bytes.iter().any(u8::is_ascii_digit) {
        return Err(Reason::InvalidFormat);
    }
    Ok(number)
}
