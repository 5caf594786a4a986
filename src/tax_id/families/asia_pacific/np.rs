//! Nepal: the Permanent Account Number (PAN) of the Inland Revenue Department.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Nepal's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "np_pan",
    country: "NP",
    description: "Nepal PAN Number",
    checksum: false,
    rule: "9 digits; no check digit is published",
    source: "Stripe's tax ID documentation (example 123456789); Inland Revenue Department, PAN",
    example: "123456789",
    validate: validate_pan,
    format: format_as_compact,
}];

fn validate_pan(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("NP");
    expect_shape(number.as_bytes(), &["999999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn pans() {
        assert!(validate_tax_id(Some("NP"), "np_pan", "123 456 789").valid);
        let long = validate_tax_id(None, "np_pan", "1234567890");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
