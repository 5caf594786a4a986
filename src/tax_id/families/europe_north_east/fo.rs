//! The Faroe Islands: the VAT number (V-tal), which has no check digit.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// The Faroe Islands' types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "fo_vat",
    country: "FO",
    description: "Faroese VAT number",
    checksum: false,
    rule: "6 digits, given consecutively (no check digit)",
    source: "python-stdnum fo.vn; Taks (Faroese Tax Administration)",
    example: "623857",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("FO");
    expect_shape(number.as_bytes(), &["999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn v_numbers() {
        // python-stdnum's fo.vn doctests.
        let result = validate_tax_id(None, "fo_vat", "623857");
        assert_eq!(result.compact.as_deref(), Some("623857"));
        assert!(validate_tax_id(None, "fo_vat", "FO 602 590").valid);
        let short = validate_tax_id(None, "fo_vat", "1234");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "fo_vat", "12345X");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
