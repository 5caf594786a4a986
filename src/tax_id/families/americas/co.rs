//! Colombia: the NIT (Número de Identificación Tributaria).

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::printed::format_thousands_then_check;

/// Colombia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "co_nit",
    country: "CO",
    description: "Colombian NIT Number",
    checksum: true,
    rule: "8 to 16 digits, the last a MOD 11 check digit (weights 3, 7, 13, 17, 19, 23, ... 71 \
           from the right), printed 213.123.432-1",
    source: "DIAN (Orden administrativa 4 de 1989); python-stdnum co.nit",
    example: "213.123.432-1",
    validate: validate_nit,
    format: format_thousands_then_check,
}];

/// Every length from 8 to 16 digits.
const SHAPES: [&str; 9] = [
    "99999999",
    "999999999",
    "9999999999",
    "99999999999",
    "999999999999",
    "9999999999999",
    "99999999999999",
    "999999999999999",
    "9999999999999999",
];

/// DIAN's weights, from the digit before the check digit leftwards.
const WEIGHTS: [u32; 15] = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

fn validate_nit(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CO");
    let digits = number.as_bytes();
    expect_shape(digits, &SHAPES)?;
    let (body, check) = digits
        .split_at_checked(digits.len().saturating_sub(1))
        .ok_or(Reason::InvalidLength)?;
    if check.first().map(|&c| digit_value(c)) != Some(check_digit(body)) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The remainder itself when 0 or 1, else 11 minus it.
fn check_digit(body: &[u8]) -> u32 {
    let sum: u32 = body
        .iter()
        .rev()
        .zip(WEIGHTS)
        .map(|(&d, w)| digit_value(d) * w)
        .sum();
    match sum % 11 {
        remainder @ (0 | 1) => remainder,
        remainder => 11 - remainder,
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nits() {
        // python-stdnum's co.nit doctests.
        let result = validate_tax_id(Some("CO"), "co_nit", "213.123.432-1");
        assert_eq!(result.compact.as_deref(), Some("2131234321"));
        assert_eq!(result.formatted.as_deref(), Some("213.123.432-1"));
        let typo = validate_tax_id(None, "co_nit", "2131234325");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "co_nit", "1234567");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
