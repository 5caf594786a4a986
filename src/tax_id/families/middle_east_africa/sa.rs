//! Saudi Arabia: the VAT registration number.

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Saudi Arabia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "sa_vat",
    country: "SA",
    description: "Saudi Arabia VAT",
    checksum: false,
    rule: "15 digits, the first and the last 3; no published check digit",
    source: "ZATCA e-invoicing XML implementation standard (rules BR-KSA-39 and BR-KSA-40)",
    example: "310122393500003",
    validate: validate_vat,
    format: format_as_compact,
}];

/// ZATCA refuses invoices whose VAT number does not start and end with 3 (3 is Saudi
/// Arabia's GCC code), so neither does billkit.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    let number = shaped(number, "SA", &["999999999999999"])?;
    let bytes = number.as_bytes();
    if bytes.first() != Some(&b'3') || bytes.last() != Some(&b'3') {
        return Err(Reason::InvalidComponent);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn fifteen_digits_between_threes() {
        assert!(validate_tax_id(Some("SA"), "sa_vat", "310122393500003").valid);
        let stripe = validate_tax_id(Some("SA"), "sa_vat", "123456789012345");
        assert_eq!(stripe.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(Some("SA"), "sa_vat", "31012239350003");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
