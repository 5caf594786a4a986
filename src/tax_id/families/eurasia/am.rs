//! Armenia: the taxpayer identification number (ՀՎՀՀ, HVHH).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Armenia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "am_tin",
    country: "AM",
    description: "Armenia Tax Identification Number",
    checksum: false,
    rule: "8 digits; no check digit is published, so only the structure is checked",
    source: "Stripe's tax ID documentation (example 02538904); State Revenue Committee of Armenia",
    example: "02538904",
    validate: validate_tin,
    format: format_as_compact,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("AM");
    expect_shape(number.as_bytes(), &["99999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn eight_digits() {
        // Stripe's example.
        let result = validate_tax_id(Some("AM"), "am_tin", "AM 02538904");
        assert_eq!(result.compact.as_deref(), Some("02538904"));
        let short = validate_tax_id(None, "am_tin", "0253890");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "am_tin", "0253890A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
