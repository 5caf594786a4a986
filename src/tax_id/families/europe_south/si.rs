//! Slovenia: the VAT number (ID za DDV) and the tax number it is made of (`si_tin`).

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Slovenia's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "SI",
        description: "Slovenian VAT number (ID za DDV)",
        checksum: true,
        rule: "SI + 8 digits, the first not 0; the last is 11 minus the sum of the first 7 \
               weighted 8 down to 2, mod 11 (10 written 0, 11 impossible)",
        source: "python-stdnum si.ddv; Finančna uprava RS",
        example: "SI50223054",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "si_tin",
        country: "SI",
        description: "Slovenia Tax Number (davčna številka)",
        checksum: true,
        rule: "8 digits (an optional SI before them is dropped), the first not 0; the last is \
               11 minus the sum of the first 7 weighted 8 down to 2, mod 11 (10 written 0, 11 \
               impossible)",
        source: "python-stdnum si.ddv; Finančna uprava RS",
        example: "50223054",
        validate: validate_tin,
        format: format_as_compact,
    },
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "SI", national_tax_number)
}

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("SI");
    national_tax_number(number)
}

fn national_tax_number(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999"])?;
    if digits.first() == Some(&b'0') {
        return Err(Reason::InvalidFormat);
    }
    let check = match 11 - weighted_sum(digits, &[8, 7, 6, 5, 4, 3, 2]) % 11 {
        10 => 0,
        check => check,
    };
    // A remainder of 0 would need the two-digit check 11: such numbers are never issued.
    if digits.last().map(|&d| u32::from(d - b'0')) != Some(check) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's si.ddv doctest: SI 5022 3054 is valid, SI 50223055 a typo.
        let result = validate_tax_id(Some("SI"), "eu_vat", "SI 5022 3054");
        assert_eq!(result.compact.as_deref(), Some("SI50223054"));
        assert!(validate_tax_id(None, "eu_vat", "si50223054").valid);
        let typo = validate_tax_id(Some("SI"), "eu_vat", "SI 50223055");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
    }

    #[test]
    fn tax_number_drops_its_optional_prefix() {
        let result = validate_tax_id(None, "si_tin", "SI 5022 3054");
        assert_eq!(result.compact.as_deref(), Some("50223054"));
        let long = validate_tax_id(None, "si_tin", "502230541");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let zero = validate_tax_id(None, "si_tin", "05022305");
        assert_eq!(zero.reason, Some(Reason::InvalidFormat));
    }
}
