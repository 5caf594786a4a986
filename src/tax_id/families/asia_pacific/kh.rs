//! Cambodia: the Tax Identification Number (TIN) of the General Department of Taxation.

use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Cambodia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "kh_tin",
    country: "KH",
    description: "Cambodia Tax Identification Number",
    checksum: false,
    rule: "a 4-character office part (a digit or letter, such as the L, K or E of large, \
           medium and small taxpayers, then 3 digits) followed by 9 or 10 digits; no check \
           digit is published, so the pattern is deliberately permissive",
    source: "Stripe's tax ID documentation (example 1001-123456789); General Department of \
             Taxation TIN layouts (L001-, K001-, E001-)",
    example: "1001-123456789",
    validate: validate_tin,
    format: format_tin,
}];

/// Characters of the office part, before the hyphen.
const OFFICE_CHARS: usize = 4;

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("KH");
    expect_shape(number.as_bytes(), &["X999999999999", "X9999999999999"])?;
    Ok(number)
}

/// `1001-123456789`, the office part set off by a hyphen.
fn format_tin(compact: &str) -> String {
    format_with_cuts(compact, &[OFFICE_CHARS], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tins_with_digit_or_letter_office_parts() {
        // Stripe's example, and the large-taxpayer layout.
        let tin = validate_tax_id(None, "kh_tin", "1001-123456789");
        assert_eq!(tin.compact.as_deref(), Some("1001123456789"));
        assert_eq!(tin.formatted.as_deref(), Some("1001-123456789"));
        assert!(validate_tax_id(Some("KH"), "kh_tin", "L001-123456789").valid);
        let short = validate_tax_id(None, "kh_tin", "1001-12345678");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "kh_tin", "1001-12345678A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
