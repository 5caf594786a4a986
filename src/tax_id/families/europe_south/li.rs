//! Liechtenstein: the business identification number, which is a Swiss UID (Liechtenstein's
//! businesses are in the Swiss UID register), and the national VAT number.

use super::ch::{format_uid, validate_uid, UID_RULE, UID_SOURCE};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Liechtenstein's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "li_uid",
        country: "LI",
        description: "Liechtensteinian UID Number",
        checksum: true,
        rule: UID_RULE,
        source: UID_SOURCE,
        example: "CHE-100.155.212",
        validate: validate_uid,
        format: format_uid,
    },
    TaxIdType {
        name: "li_vat",
        country: "LI",
        description: "Liechtensteinian VAT Number",
        checksum: false,
        rule: "5 digits (an optional LI before them is dropped); no check digit is published",
        source: "Stripe's li_vat format (example 12345); Steuerverwaltung Liechtenstein",
        example: "12345",
        validate: validate_vat,
        format: format_as_compact,
    },
];

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("LI");
    expect_shape(number.as_bytes(), &["99999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn uid_is_the_swiss_uid() {
        // python-stdnum's ch.uid doctest number; the register is shared with Switzerland.
        let result = validate_tax_id(Some("LI"), "li_uid", "CHE-100.155.212");
        assert_eq!(result.compact.as_deref(), Some("CHE100155212"));
        assert_eq!(result.country, "LI");
        let typo = validate_tax_id(None, "li_uid", "CHE100155213");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
    }

    #[test]
    fn vat_number_is_five_digits() {
        // Stripe's li_vat example (no check digit to verify).
        let result = validate_tax_id(None, "li_vat", "LI 12345");
        assert_eq!(result.compact.as_deref(), Some("12345"));
        let long = validate_tax_id(None, "li_vat", "123456");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "li_vat", "1234A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
