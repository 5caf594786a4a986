//! Ukraine: the VAT payer's individual tax number (ІПН, IPN).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Ukraine's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ua_vat",
    country: "UA",
    description: "Ukrainian VAT",
    checksum: false,
    rule: "12 digits (the VAT payer's individual tax number), or 10 digits (an individual's \
           taxpayer registration number, which the 12-digit one extends) or 9 digits (Stripe's \
           example); the check digits' algorithm is unpublished, so only the structure is checked",
    source: "Tax Code of Ukraine art. 183.18 and Ministry of Finance order 1130 of 14 November \
             2014 (12 digits); Stripe's tax ID documentation (example 123456789)",
    example: "123456789",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("UA");
    expect_shape(
        number.as_bytes(),
        &["999999999", "9999999999", "999999999999"],
    )?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_payer_numbers() {
        // Stripe's example, and the 12-digit conventional number that Ukrainian tax invoices
        // carry for a buyer who is not a VAT payer.
        let result = validate_tax_id(Some("UA"), "ua_vat", "UA 123456789");
        assert_eq!(result.compact.as_deref(), Some("123456789"));
        assert!(validate_tax_id(None, "ua_vat", "100000000000").valid);
        let eleven = validate_tax_id(None, "ua_vat", "10000000000");
        assert_eq!(eleven.reason, Some(Reason::InvalidLength));
        let eight = validate_tax_id(None, "ua_vat", "12345678");
        assert_eq!(eight.reason, Some(Reason::InvalidLength));
    }
}
