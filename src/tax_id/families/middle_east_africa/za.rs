//! South Africa: the VAT registration number of the South African Revenue Service.

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// South Africa's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "za_vat",
    country: "ZA",
    description: "South African VAT Number",
    checksum: false,
    rule: "10 digits, the first 4; no published check digit (the Luhn check of income tax \
           reference numbers does not apply to VAT numbers)",
    source: "South African Revenue Service (VAT numbers start with 4); Stripe's tax ID docs \
             (example)",
    example: "4123456789",
    validate: validate_vat,
    format: format_as_compact,
}];

/// Every VAT vendor number starts with 4, which tells it from the other SARS references.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    let number = shaped(number, "ZA", &["9999999999"])?;
    if number.as_bytes().first() != Some(&b'4') {
        return Err(Reason::InvalidComponent);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn ten_digits_starting_with_4() {
        // Stripe's example.
        assert!(validate_tax_id(Some("ZA"), "za_vat", "ZA 4123456789").valid);
        let income_tax = validate_tax_id(Some("ZA"), "za_vat", "0001339050");
        assert_eq!(income_tax.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(Some("ZA"), "za_vat", "412345678");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
