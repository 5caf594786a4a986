//! Barbados: the TIN issued by the Barbados Revenue Authority.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Barbados' types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "bb_tin",
    country: "BB",
    description: "Barbados Tax Identification Number",
    checksum: false,
    rule: "13 digits; no check digit is published",
    source: "OECD CRS TIN sheet for Barbados (Barbados Revenue Authority); Stripe's example",
    example: "1123456789012",
    validate: validate_tin,
    format: format_as_compact,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("BB");
    expect_shape(number.as_bytes(), &["9999999999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tins() {
        // Stripe's example; Barbados publishes no check digit, so any 13 digits fit.
        assert!(validate_tax_id(Some("BB"), "bb_tin", "1123456789012").valid);
        let short = validate_tax_id(None, "bb_tin", "112345678901");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "bb_tin", "112345678901X");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
