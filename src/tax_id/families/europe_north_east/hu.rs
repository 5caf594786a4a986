//! Hungary: the EU VAT number (közösségi adószám), and the tax number (adószám) that contains
//! it: the same 8-digit taxpayer number, a VAT-status digit and a tax-office code.

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Hungary's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "HU",
        description: "Hungarian VAT number (közösségi adószám)",
        checksum: true,
        rule: "HU + 8 digits; the digits weighted 9,7,3,1,9,7,3,1 sum to a multiple of 10",
        source: "python-stdnum hu.anum; Nemzeti Adó- és Vámhivatal",
        example: "HU12892312",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "hu_tin",
        country: "HU",
        description: "Hungary Tax Number (adószám)",
        checksum: true,
        rule: "11 digits, printed 12345678-1-23: the 8-digit taxpayer number (weights \
               9,7,3,1,9,7,3,1, a multiple of 10), a VAT-status digit 1-5, and a 2-digit \
               tax-office code (not checked)",
        source: "python-stdnum hu.anum (first 8 digits); Nemzeti Adó- és Vámhivatal \
                 (structure); Stripe's example 12345678-1-23",
        example: "25978221-2-42",
        validate: validate_tax_number,
        format: format_tax_number,
    },
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "HU", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    expect_shape(number.as_bytes(), &["99999999"])?;
    expect_taxpayer_number(number.as_bytes())?;
    Ok(number)
}

fn validate_tax_number(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("HU");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999"])?;
    // 1 VAT-exempt, 2 VAT-registered, 3 simplified (EVA), 4 group member, 5 VAT group.
    if !matches!(digits.get(8), Some(b'1'..=b'5')) {
        return Err(Reason::InvalidComponent);
    }
    expect_taxpayer_number(digits.get(..8).unwrap_or_default())?;
    Ok(number)
}

/// The first 8 digits, the taxpayer number (adótörzsszám), carry the check digit.
fn expect_taxpayer_number(digits: &[u8]) -> Result<(), Reason> {
    if weighted_sum(digits, &[9, 7, 3, 1, 9, 7, 3, 1]) % 10 == 0 {
        Ok(())
    } else {
        Err(Reason::InvalidChecksum)
    }
}

fn format_tax_number(compact: &str) -> String {
    format_with_cuts(compact, &[8, 9], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers() {
        // python-stdnum's hu.anum doctests.
        let result = validate_tax_id(Some("HU"), "eu_vat", "HU-12892312");
        assert_eq!(result.compact.as_deref(), Some("HU12892312"));
        let typo = validate_tax_id(Some("HU"), "eu_vat", "HU-12892313");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
    }

    #[test]
    fn tax_numbers() {
        // MagNet Faktor's adószám, as its site prints it.
        let result = validate_tax_id(None, "hu_tin", "25978221-2-42");
        assert_eq!(result.compact.as_deref(), Some("25978221242"));
        assert_eq!(result.formatted.as_deref(), Some("25978221-2-42"));
        let typo = validate_tax_id(None, "hu_tin", "25978222-2-42");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let status = validate_tax_id(None, "hu_tin", "25978221-7-42");
        assert_eq!(status.reason, Some(Reason::InvalidComponent));
        let core_only = validate_tax_id(None, "hu_tin", "25978221");
        assert_eq!(core_only.reason, Some(Reason::InvalidLength));
    }
}
