//! Hong Kong: the Business Registration (BR) number.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Hong Kong's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "hk_br",
    country: "HK",
    description: "Hong Kong BR Number",
    checksum: false,
    rule: "8 digits (the first 8 of the Business Registration certificate number); no check \
           digit is published",
    source: "Inland Revenue Department, Business Registration; Stripe's tax ID documentation \
             (example 12345678)",
    example: "12345678",
    validate: validate_br,
    format: format_as_compact,
}];

fn validate_br(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("HK");
    expect_shape(number.as_bytes(), &["99999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn business_registration_numbers() {
        assert!(validate_tax_id(Some("HK"), "hk_br", "12345678").valid);
        assert!(validate_tax_id(None, "hk_br", "HK 1234 5678").valid);
        let short = validate_tax_id(None, "hk_br", "1234567");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "hk_br", "1234567A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
