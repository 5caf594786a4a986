//! Portugal: the VAT number and the NIF it is made of (`pt_nif`).

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Portugal's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "PT",
        description: "Portuguese VAT number (NIF)",
        checksum: true,
        rule: "PT + 9 digits, the first not 0; the last is a check digit: 11 minus the sum of \
               the first 8 weighted 9 down to 2, mod 11, with 10 written 0",
        source: "python-stdnum pt.nif; Autoridade Tributária e Aduaneira",
        example: "PT501964843",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "pt_nif",
        country: "PT",
        description: "Portuguese Tax Identification Number (NIF)",
        checksum: true,
        rule: "9 digits (an optional PT before them is dropped), the first not 0; the last is \
               a check digit: 11 minus the sum of the first 8 weighted 9 down to 2, mod 11, \
               with 10 written 0",
        source: "python-stdnum pt.nif; Autoridade Tributária e Aduaneira",
        example: "501964843",
        validate: validate_nif,
        format: format_as_compact,
    },
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "PT", national_nif)
}

fn validate_nif(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("PT");
    national_nif(number)
}

fn national_nif(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if digits.first() == Some(&b'0') {
        return Err(Reason::InvalidFormat);
    }
    let sum = weighted_sum(digits, &[9, 8, 7, 6, 5, 4, 3, 2]);
    let check = (11 - sum % 11) % 11 % 10;
    if digits.last() == Some(&(b'0' + check as u8)) {
        Ok(number)
    } else {
        Err(Reason::InvalidChecksum)
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's pt.nif doctest: PT 501 964 843 is valid, ...842 is a typo.
        let result = validate_tax_id(Some("PT"), "eu_vat", "PT 501 964 843");
        assert_eq!(result.compact.as_deref(), Some("PT501964843"));
        assert!(validate_tax_id(None, "eu_vat", "pt501964843").valid);
        let typo = validate_tax_id(Some("PT"), "eu_vat", "PT 501 964 842");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
    }

    #[test]
    fn nif_drops_its_optional_prefix() {
        let result = validate_tax_id(None, "pt_nif", "PT 501 964 843");
        assert_eq!(result.compact.as_deref(), Some("501964843"));
        let short = validate_tax_id(None, "pt_nif", "50196484");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let zero = validate_tax_id(None, "pt_nif", "001964843");
        assert_eq!(zero.reason, Some(Reason::InvalidFormat));
    }
}
