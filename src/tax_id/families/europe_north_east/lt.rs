//! Lithuania: the VAT number (PVM mokėtojo kodas).

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Lithuania's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "LT",
    description: "Lithuanian VAT number (PVM mokėtojo kodas)",
    checksum: true,
    rule: "LT + 9 digits with 1 as the 8th (legal entities) or 12 digits with 1 as the 11th \
           (temporarily registered taxpayers); the last is the others weighted 1-9 cyclically \
           mod 11, or weighted 3-9,1,2... when that gives 10 (10 becomes 0)",
    source: "python-stdnum lt.pvm; Valstybinė mokesčių inspekcija",
    example: "LT119511515",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "LT", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999", "999999999999"])?;
    // The digit before the check digit is 1 in every VAT number (it marks the payer type).
    if digits.iter().nth_back(1) != Some(&b'1') {
        return Err(Reason::InvalidComponent);
    }
    let Some((&check, body)) = digits.split_last() else {
        return Err(Reason::InvalidLength);
    };
    if check_digit(body) != digit_value(check) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The weighted sum with weights 1 to 9 repeating, the first being `1 + shift`.
fn cyclic_sum(digits: &[u8], shift: usize) -> u32 {
    digits
        .iter()
        .zip((0..9).cycle().skip(shift))
        .map(|(&d, weight)| digit_value(d) * (weight + 1))
        .sum()
}

fn check_digit(body: &[u8]) -> u32 {
    let first = cyclic_sum(body, 0) % 11;
    let remainder = if first == 10 {
        cyclic_sum(body, 2) % 11
    } else {
        first
    };
    remainder % 10
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers() {
        // python-stdnum's lt.pvm doctests.
        let result = validate_tax_id(Some("LT"), "eu_vat", "119511515");
        assert_eq!(result.compact.as_deref(), Some("LT119511515"));
        assert!(validate_tax_id(Some("LT"), "eu_vat", "LT 100001919017").valid);
        assert!(validate_tax_id(Some("LT"), "eu_vat", "100004801610").valid);
        let typo = validate_tax_id(Some("LT"), "eu_vat", "100001919018");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let marker = validate_tax_id(Some("LT"), "eu_vat", "119511525");
        assert_eq!(marker.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(Some("LT"), "eu_vat", "11951151");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
