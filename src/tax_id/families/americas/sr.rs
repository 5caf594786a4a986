//! Suriname: the FIN (Fiscaal Identificatienummer).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Suriname's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "sr_fin",
    country: "SR",
    description: "Suriname FIN Number",
    checksum: false,
    rule: "10 digits; no check digit is published",
    source: "Stripe's tax ID table (format and example)",
    example: "1234567890",
    validate: validate_fin,
    format: format_as_compact,
}];

fn validate_fin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("SR");
    expect_shape(number.as_bytes(), &["9999999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn fins() {
        // Stripe's example; Suriname publishes no check digit, so any 10 digits fit.
        assert!(validate_tax_id(Some("SR"), "sr_fin", "1234567890").valid);
        let short = validate_tax_id(None, "sr_fin", "123456789");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "sr_fin", "123456789O");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
