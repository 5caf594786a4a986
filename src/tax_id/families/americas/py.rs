//! Paraguay: the RUC (Registro Único del Contribuyente).

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Paraguay's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "py_ruc",
    country: "PY",
    description: "Paraguayan RUC",
    checksum: true,
    rule: "2 to 9 digits: a person's identity card number or a company's number (from \
           80000000), then a MOD 11 check digit (weights 2, 3, 4, ... from the right)",
    source: "Subsecretaría de Estado de Tributación (SET); python-stdnum py.ruc",
    example: "80028061-0",
    validate: validate_ruc,
    format: format_ruc,
}];

/// Every length from 2 to 9 digits: at least one digit before the check digit.
const SHAPES: [&str; 8] = [
    "99",
    "999",
    "9999",
    "99999",
    "999999",
    "9999999",
    "99999999",
    "999999999",
];

fn validate_ruc(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("PY");
    let digits = number.as_bytes();
    expect_shape(digits, &SHAPES)?;
    let (&check, body) = digits.split_last().ok_or(Reason::InvalidLength)?;
    if digit_value(check) != check_digit(body) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// 11 minus the remainder of the digits weighted 2, 3, 4, ... from the right, where 10 and
/// 11 are written 0.
fn check_digit(body: &[u8]) -> u32 {
    let sum: u32 = body
        .iter()
        .rev()
        .zip(2..)
        .map(|(&d, w)| digit_value(d) * w)
        .sum();
    (11 - sum % 11) % 11 % 10
}

fn format_ruc(compact: &str) -> String {
    format_with_cuts(compact, &[compact.len().saturating_sub(1)], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn rucs() {
        // python-stdnum's py.ruc doctests.
        let result = validate_tax_id(Some("PY"), "py_ruc", "80028061-0");
        assert_eq!(result.compact.as_deref(), Some("800280610"));
        assert_eq!(result.formatted.as_deref(), Some("80028061-0"));
        assert!(validate_tax_id(None, "py_ruc", "9991603").valid);
        assert!(validate_tax_id(None, "py_ruc", "2660-3").valid);
        let typo = validate_tax_id(None, "py_ruc", "800532492");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(None, "py_ruc", "80123456789");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let lone_check = validate_tax_id(None, "py_ruc", "0");
        assert_eq!(lone_check.reason, Some(Reason::InvalidLength));
    }
}
