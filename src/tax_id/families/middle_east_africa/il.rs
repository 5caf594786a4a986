//! Israel: the VAT number (mispar osek murshe), a company's number (ח.פ.) or a person's
//! identity number (מספר זהות).

use crate::tax_id::check_digits::luhn_valid;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Israel's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "il_vat",
    country: "IL",
    description: "Israel VAT",
    checksum: true,
    rule: "9 digits (8 when the leading 0 of an identity number is left out), not all 0; the \
           last is a Luhn check digit",
    source: "python-stdnum il.idnr and il.hp",
    example: "516179157",
    validate: validate_vat,
    format: format_as_compact,
}];

/// A dealer's VAT number is the company number for a company and the identity number for a
/// person; both are 9 digits with a Luhn check digit. Identity numbers are often written
/// without their leading 0, which the compact form puts back.
fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("IL");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999", "999999999"])?;
    let padded = if digits.len() == 8 {
        number.with_prefix("0")?
    } else {
        number
    };
    let digits = padded.as_bytes();
    if digits.iter().all(|&d| d == b'0') {
        return Err(Reason::InvalidFormat);
    }
    if !luhn_valid(digits) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(padded)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn company_and_identity_numbers() {
        // python-stdnum's il.hp doctest.
        assert!(validate_tax_id(Some("IL"), "il_vat", "516179157").valid);
        let typo = validate_tax_id(Some("IL"), "il_vat", "516179150");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        // python-stdnum's il.idnr doctest, without its leading 0.
        let person = validate_tax_id(Some("IL"), "il_vat", "3933742-3");
        assert_eq!(person.compact.as_deref(), Some("039337423"));
        let long = validate_tax_id(Some("IL"), "il_vat", "490154203237518");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let zeros = validate_tax_id(Some("IL"), "il_vat", "000000000");
        assert_eq!(zeros.reason, Some(Reason::InvalidFormat));
    }
}
