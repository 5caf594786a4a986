//! Uruguay: the RUT (Registro Único Tributario), which Orb and Stripe call RUC.

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Uruguay's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "uy_ruc",
    country: "UY",
    description: "Uruguayan RUC Number",
    checksum: true,
    rule: "12 digits: a registration office 01-22, a 6-digit sequence (not 000000), 001, and \
           a MOD 11 check digit (weights 4,3,2,9,8,7,6,5,4,3,2), printed 21-100342-001-7",
    source: "Dirección General Impositiva (DGI); python-stdnum uy.rut",
    example: "21-100342-001-7",
    validate: validate_rut,
    format: format_rut,
}];

/// MOD 11 weights of the first eleven digits.
const WEIGHTS: [u32; 11] = [4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

fn validate_rut(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("UY");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999999"])?;
    let office = matches!(
        digits.get(..2),
        Some([b'0', b'1'..=b'9'] | [b'1', _] | [b'2', b'0'..=b'2'])
    );
    let sequence = digits.get(2..8) != Some(b"000000".as_slice());
    let suffix = digits.get(8..11) == Some(b"001".as_slice());
    if !(office && sequence && suffix) {
        return Err(Reason::InvalidComponent);
    }
    let (&check, body) = digits.split_last().ok_or(Reason::InvalidLength)?;
    // A remainder of 1 would need a check digit of 10: such numbers are not issued.
    if digit_value(check) != (11 - weighted_sum(body, &WEIGHTS) % 11) % 11 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn format_rut(compact: &str) -> String {
    format_with_cuts(compact, &[2, 8, 11], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn ruts() {
        // python-stdnum's uy.rut doctests.
        let result = validate_tax_id(Some("UY"), "uy_ruc", "21-100342-001-7");
        assert_eq!(result.compact.as_deref(), Some("211003420017"));
        assert_eq!(result.formatted.as_deref(), Some("21-100342-001-7"));
        assert!(validate_tax_id(None, "uy_ruc", "UY 21 140634 001 1").valid);
        let typo = validate_tax_id(None, "uy_ruc", "210303670014");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "uy_ruc", "12345678");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let office = validate_tax_id(None, "uy_ruc", "231003420017");
        assert_eq!(office.reason, Some(Reason::InvalidComponent));
    }
}
