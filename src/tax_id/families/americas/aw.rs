//! Aruba: the tax number (persoonsnummer).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Aruba's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "aw_tin",
    country: "AW",
    description: "Aruba Tax Identification Number",
    checksum: false,
    rule: "8 digits; no check digit is published",
    source: "OECD CRS TIN sheet for Aruba (Departamento di Impuesto); Stripe's example",
    example: "12345678",
    validate: validate_tin,
    format: format_as_compact,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("AW");
    expect_shape(number.as_bytes(), &["99999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tins() {
        // Stripe's example; Aruba publishes no check digit, so any 8 digits fit.
        assert!(validate_tax_id(Some("AW"), "aw_tin", "12345678").valid);
        assert!(validate_tax_id(None, "aw_tin", "AW 1234 5678").valid);
        let short = validate_tax_id(None, "aw_tin", "1234567");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "aw_tin", "1234567A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
