//! El Salvador: the NIT (Número de Identificación Tributaria).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// El Salvador's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "sv_nit",
    country: "SV",
    description: "El Salvadorian NIT Number",
    checksum: true,
    rule: "14 digits: a municipality (first digit 0 or 1, 9 for foreigners), the date DDMMYY, \
           a 3-digit serial and a MOD 11 check digit (weights 14..2 for serials up to 100, \
           else 2,7,6,5,4,3,2,7,6,5,4,3,2), printed 0614-050707-104-8",
    source: "Ministerio de Hacienda; python-stdnum sv.nit",
    example: "0614-050707-104-8",
    validate: validate_nit,
    format: format_nit,
}];

/// Weights of the check digit of NITs with serials up to 100 (the older ones).
const OLD_WEIGHTS: [u32; 13] = [14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
/// Weights of the check digit of NITs with serials above 100.
const NEW_WEIGHTS: [u32; 13] = [2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

fn validate_nit(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("SV");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999999"])?;
    if !matches!(digits.first(), Some(b'0' | b'1' | b'9')) {
        return Err(Reason::InvalidComponent);
    }
    let (&check, body) = digits.split_last().ok_or(Reason::InvalidLength)?;
    if digit_value(check) != check_digit(body) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The check digit by the rule of the NIT's generation, which its serial tells.
fn check_digit(body: &[u8]) -> u32 {
    let serial = body.get(10..13).unwrap_or_default();
    if serial <= b"100".as_slice() {
        weighted_sum(body, &OLD_WEIGHTS) % 11 % 10
    } else {
        (11 - weighted_sum(body, &NEW_WEIGHTS) % 11) % 11 % 10
    }
}

fn format_nit(compact: &str) -> String {
    format_with_cuts(compact, &[4, 10, 13], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nits() {
        // python-stdnum's sv.nit doctests.
        let result = validate_tax_id(Some("SV"), "sv_nit", "0614-050707-104-8");
        assert_eq!(result.compact.as_deref(), Some("06140507071048"));
        assert_eq!(result.formatted.as_deref(), Some("0614-050707-104-8"));
        assert!(validate_tax_id(None, "sv_nit", "SV 0614-050707-104-8").valid);
        let typo = validate_tax_id(None, "sv_nit", "0614-050707-104-0");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "sv_nit", "12345678");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let municipality = validate_tax_id(None, "sv_nit", "5614-050707-104-8");
        assert_eq!(municipality.reason, Some(Reason::InvalidComponent));
    }
}
