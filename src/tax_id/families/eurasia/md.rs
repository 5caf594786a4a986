//! Moldova: the state identification number (IDNO), which is the fiscal code, and the VAT
//! code.

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::checks::last_digit_is;

/// Moldova's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "md_cf",
        country: "MD",
        description: "Moldova Fiscal Code (IDNO)",
        checksum: true,
        rule: "IDNO: 13 digits; the last is a check digit, the first 12 weighted 7,3,1 repeated, \
               mod 10",
        source: "python-stdnum md.idno; Public Services Agency of Moldova (idno.md)",
        example: "1008600038413",
        validate: validate_fiscal_code,
        format: format_as_compact,
    },
    TaxIdType {
        name: "md_vat",
        country: "MD",
        description: "Moldova VAT Number",
        checksum: false,
        rule: "7 digits; no check digit is published, so only the structure is checked",
        source: "Stripe's tax ID documentation (example 1234567); State Tax Service of Moldova \
                 (sfs.md)",
        example: "1234567",
        validate: validate_vat,
        format: format_as_compact,
    },
];

/// The weights of the first 12 digits of an IDNO.
const IDNO_WEIGHTS: [u32; 12] = [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];

fn validate_fiscal_code(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("MD");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999999"])?;
    if !last_digit_is(digits, weighted_sum(digits, &IDNO_WEIGHTS) % 10) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("MD");
    expect_shape(number.as_bytes(), &["9999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn idno_fiscal_codes() {
        // python-stdnum's md.idno doctests: 1008600038413 is valid, 1008600038412 a typo;
        // 1003600005148 is Moldovagaz's IDNO.
        let result = validate_tax_id(Some("MD"), "md_cf", "MD 1008600038413");
        assert_eq!(result.compact.as_deref(), Some("1008600038413"));
        assert!(validate_tax_id(None, "md_cf", "1003600005148").valid);
        let typo = validate_tax_id(None, "md_cf", "1008600038412");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "md_cf", "100860003841");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn vat_codes() {
        // Stripe's example.
        let result = validate_tax_id(Some("MD"), "md_vat", "MD 1234567");
        assert_eq!(result.compact.as_deref(), Some("1234567"));
        let idno = validate_tax_id(None, "md_vat", "1008600038413");
        assert_eq!(idno.reason, Some(Reason::InvalidLength));
    }
}
