//! Greece: the VAT number (ΑΦΜ), written with the EU prefix `EL`, not the ISO code `GR`.

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Greece's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "GR",
    description: "Greek VAT number (ΑΦΜ)",
    checksum: true,
    rule: "EL (or GR) + 9 digits (an old 8-digit number gets a leading 0); the first 8 \
           weighted 256, 128, ..., 2 summed, mod 11, mod 10, is the last",
    source: "python-stdnum gr.vat; Independent Authority for Public Revenue (ΑΑΔΕ)",
    example: "EL094259216",
    validate: validate_vat,
    format: format_as_compact,
}];

/// Greeks also write their ISO code before the number; the compact form always has `EL`.
fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_prefix("GR");
    eu_vat::validate(number, "EL", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    expect_shape(number.as_bytes(), &["99999999", "999999999"])?;
    // Numbers issued before the ninth digit was added are the same number with a 0 in front.
    let number = if number.len() == 8 {
        number.with_prefix("0")?
    } else {
        number
    };
    let digits = number.as_bytes();
    let Some((&check, body)) = digits.split_last() else {
        return Err(Reason::InvalidLength);
    };
    let sum = body.iter().fold(0, |sum, &d| sum * 2 + digit_value(d));
    if u32::from(check - b'0') != sum * 2 % 11 % 10 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_el_gr_or_no_prefix() {
        // python-stdnum's gr.vat doctests: EL 094259216 is valid, EL 123456781 a typo, and
        // GR 23456783 is padded to 9 digits (23456780 is that number with its check digit).
        let result = validate_tax_id(Some("GR"), "eu_vat", "EL 094259216 ");
        assert_eq!(result.compact.as_deref(), Some("EL094259216"));
        assert!(validate_tax_id(Some("EL"), "eu_vat", "094259216").valid);
        assert!(validate_tax_id(None, "eu_vat", "EL094259216").valid);
        let gr = validate_tax_id(None, "eu_vat", "GR 094259216");
        assert_eq!(gr.compact.as_deref(), Some("EL094259216"));
        assert_eq!(gr.country, "GR");
        let old = validate_tax_id(Some("GR"), "eu_vat", "GR 23456780");
        assert_eq!(old.compact.as_deref(), Some("EL023456780"));
        let typo = validate_tax_id(Some("GR"), "eu_vat", "EL 123456781");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("GR"), "eu_vat", "EL 1234567");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
