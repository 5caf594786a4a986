//! Slovakia: the VAT number (IČ DPH).

use super::cz::{birth_number, remainder};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Slovakia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "SK",
    description: "Slovak VAT number (IČ DPH)",
    checksum: true,
    rule: "SK + 10 digits divisible by 11, the first not 0 and the third 2, 3, 4, 7, 8 or 9; \
           or an individual's 10-digit birth number (rodné číslo)",
    source: "python-stdnum sk.dph, sk.rc; Finančná správa",
    example: "SK2022749619",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "SK", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999"])?;
    // Whether a birth number may serve as a VAT number is unclear, so it is not refused.
    if birth_number(digits).is_ok() {
        return Ok(number);
    }
    match digits {
        [b'0', ..] => Err(Reason::InvalidFormat),
        [_, _, b'2'..=b'4' | b'7'..=b'9', ..] => {
            if remainder(digits, 11) == 0 {
                Ok(number)
            } else {
                Err(Reason::InvalidChecksum)
            }
        }
        _ => Err(Reason::InvalidComponent),
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers() {
        // python-stdnum's sk.dph and sk.rc doctests.
        let result = validate_tax_id(Some("SK"), "eu_vat", "SK 202 274 96 19");
        assert_eq!(result.compact.as_deref(), Some("SK2022749619"));
        let typo = validate_tax_id(Some("SK"), "eu_vat", "SK 202 274 96 18");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        assert!(validate_tax_id(Some("SK"), "eu_vat", "710319/2745").valid);
        let third = validate_tax_id(Some("SK"), "eu_vat", "2052749619");
        assert_eq!(third.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(Some("SK"), "eu_vat", "202274961");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
