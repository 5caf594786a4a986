//! Sri Lanka: the VAT registration number.

use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Sri Lanka's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "lk_vat",
    country: "LK",
    description: "Sri Lanka VAT Number",
    checksum: false,
    rule: "13 digits: the 9-digit TIN and a 4-digit tax type code (7000 for VAT); no check \
           digit is published",
    source: "Stripe's tax ID documentation (example 123456789-7890); Inland Revenue \
             Department, VAT registration number",
    example: "123456789-7890",
    validate: validate_vat,
    format: format_vat,
}];

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("LK");
    expect_shape(number.as_bytes(), &["9999999999999"])?;
    Ok(number)
}

/// `123456789-7000`: the tax type code set off by a hyphen.
fn format_vat(compact: &str) -> String {
    format_with_cuts(compact, &[9], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers() {
        let vat = validate_tax_id(None, "lk_vat", "123456789-7000");
        assert_eq!(vat.compact.as_deref(), Some("1234567897000"));
        assert_eq!(vat.formatted.as_deref(), Some("123456789-7000"));
        let tin_only = validate_tax_id(Some("LK"), "lk_vat", "123456789");
        assert_eq!(tin_only.reason, Some(Reason::InvalidLength));
    }
}
