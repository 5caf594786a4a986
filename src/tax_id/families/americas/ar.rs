//! Argentina: the CUIT (Código Único de Identificación Tributaria).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Argentina's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ar_cuit",
    country: "AR",
    description: "Argentinian Tax ID Number",
    checksum: true,
    rule: "11 digits: a 2-digit kind (20, 23, 24, 27 people; 30, 33, 34 companies; 50, 51, 55 \
           international), 8 digits, and a MOD 11 check digit (weights 5,4,3,2,7,6,5,4,3,2)",
    source: "python-stdnum ar.cuit; AFIP",
    example: "20-05536168-2",
    validate: validate_cuit,
    format: format_cuit,
}];

/// The kinds of CUIT AFIP issues, the number's first two digits.
const KINDS: [&[u8]; 10] = [
    b"20", b"23", b"24", b"27", b"30", b"33", b"34", b"50", b"51", b"55",
];

/// MOD 11 weights of the first ten digits.
const WEIGHTS: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

fn validate_cuit(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("AR");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999"])?;
    if !KINDS.iter().any(|kind| digits.starts_with(kind)) {
        return Err(Reason::InvalidComponent);
    }
    let (body, check) = digits.split_at_checked(10).ok_or(Reason::InvalidLength)?;
    if check.first().map(|&c| digit_value(c)) != Some(check_digit(body)) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// 11 minus the weighted sum's remainder; a result of 11 is written 0 and one of 10 (which
/// AFIP avoids by changing the kind to 23, 24 or 33) is written 9.
fn check_digit(body: &[u8]) -> u32 {
    match 11 - weighted_sum(body, &WEIGHTS) % 11 {
        11 => 0,
        10 => 9,
        digit => digit,
    }
}

fn format_cuit(compact: &str) -> String {
    format_with_cuts(compact, &[2, 10], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn cuits() {
        // python-stdnum's ar.cuit doctests.
        let result = validate_tax_id(Some("AR"), "ar_cuit", "20-05536168-2");
        assert_eq!(result.compact.as_deref(), Some("20055361682"));
        assert_eq!(result.formatted.as_deref(), Some("20-05536168-2"));
        assert!(validate_tax_id(None, "ar_cuit", "AR 20267565393").valid);
        let typo = validate_tax_id(None, "ar_cuit", "20267565392");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "ar_cuit", "2026756539");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let kind = validate_tax_id(None, "ar_cuit", "21267565393");
        assert_eq!(kind.reason, Some(Reason::InvalidComponent));
    }
}
