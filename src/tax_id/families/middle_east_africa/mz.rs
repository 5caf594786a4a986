//! Mozambique: the single taxpayer identification number (NUIT).

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Mozambique's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "mz_nuit",
    country: "MZ",
    description: "Mozambique Número de Identificação Tributária",
    checksum: true,
    rule: "9 digits, printed NNN NNN NNN; the last is the sum of the first 8 times 8, 9, 4, 5, \
           6, 7, 8, 9, mod 11 (10 written 1)",
    source: "python-stdnum mz.nuit; Autoridade Tributária de Moçambique",
    example: "400 339 910",
    validate: validate_nuit,
    format: format_nuit,
}];

/// The weights of the 8 digits before the check digit.
const WEIGHTS: [u32; 8] = [8, 9, 4, 5, 6, 7, 8, 9];

/// The first digit is the kind of taxpayer and the next seven a sequence, so only the check
/// digit can be verified.
fn validate_nuit(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("MZ");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    let (body, check) = digits.split_at_checked(8).ok_or(Reason::InvalidLength)?;
    if check != [check_digit(body)] {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The check digit of the first 8 digits; a remainder of 10 is written 1.
fn check_digit(body: &[u8]) -> u8 {
    match weighted_sum(body, &WEIGHTS) % 11 {
        10 => b'1',
        remainder => b'0' + remainder as u8,
    }
}

/// Three groups of three, as the tax authority prints it.
fn format_nuit(compact: &str) -> String {
    format_with_cuts(compact, &[3, 6], " ")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nine_digits_with_a_mod_11_check() {
        // python-stdnum's mz.nuit doctests.
        let result = validate_tax_id(Some("MZ"), "mz_nuit", "400339910");
        assert_eq!(result.formatted.as_deref(), Some("400 339 910"));
        assert!(validate_tax_id(Some("MZ"), "mz_nuit", "400 005 834").valid);
        let typo = validate_tax_id(Some("MZ"), "mz_nuit", "400339911");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("MZ"), "mz_nuit", "12345");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
