//! The United States: the EIN (Employer Identification Number).

use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// The United States' types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "us_ein",
    country: "US",
    description: "United States EIN",
    checksum: false,
    rule: "9 digits, printed 12-3456789, the first two a prefix the IRS assigns to a campus \
           (01-06, 10-16, 20-27, 30-48, 50-68, 71-77, 80-88, 90-95, 98, 99); no check digit",
    source: "IRS, How EINs are assigned and valid EIN prefixes; python-stdnum us.ein",
    example: "12-3456789",
    validate: validate_ein,
    format: format_ein,
}];

fn validate_ein(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("US");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if !prefix_assigned(digits.get(..2).unwrap_or_default()) {
        return Err(Reason::InvalidComponent);
    }
    Ok(number)
}

/// Whether the IRS assigns EINs with this prefix (to a campus, the Internet or the SBA).
fn prefix_assigned(prefix: &[u8]) -> bool {
    matches!(
        prefix,
        [b'0', b'1'..=b'6']
            | [b'1', b'0'..=b'6']
            | [b'2', b'0'..=b'7']
            | [b'3', _]
            | [b'4', b'0'..=b'8']
            | [b'5', _]
            | [b'6', b'0'..=b'8']
            | [b'7', b'1'..=b'7']
            | [b'8', b'0'..=b'8']
            | [b'9', b'0'..=b'5' | b'8' | b'9']
    )
}

fn format_ein(compact: &str) -> String {
    format_with_cuts(compact, &[2], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn eins() {
        // python-stdnum's us.ein doctests, and Stripe's example.
        let result = validate_tax_id(Some("US"), "us_ein", "91-1144442");
        assert_eq!(result.compact.as_deref(), Some("911144442"));
        assert_eq!(result.formatted.as_deref(), Some("91-1144442"));
        assert!(validate_tax_id(None, "us_ein", "04-2103594").valid);
        assert!(validate_tax_id(None, "us_ein", "12-3456789").valid);
        let prefix = validate_tax_id(None, "us_ein", "07-1144442");
        assert_eq!(prefix.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(None, "us_ein", "91-114444");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
