//! The Bahamas: the TIN issued by the Department of Inland Revenue.

use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// The Bahamas' types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "bs_tin",
    country: "BS",
    description: "Bahamas Tax Identification Number",
    checksum: false,
    rule: "9 digits, printed 123.456.789; no check digit is published",
    source: "Stripe's tax ID table (format and example); OECD CRS TIN sheet for the Bahamas",
    example: "123.456.789",
    validate: validate_tin,
    format: format_tin,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("BS");
    expect_shape(number.as_bytes(), &["999999999"])?;
    Ok(number)
}

fn format_tin(compact: &str) -> String {
    format_with_cuts(compact, &[3, 6], ".")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tins() {
        // Stripe's example; the Bahamas publish no check digit, so any 9 digits fit.
        let result = validate_tax_id(Some("BS"), "bs_tin", "123.456.789");
        assert_eq!(result.compact.as_deref(), Some("123456789"));
        assert_eq!(result.formatted.as_deref(), Some("123.456.789"));
        let long = validate_tax_id(None, "bs_tin", "1234567890");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "bs_tin", "12345678A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
