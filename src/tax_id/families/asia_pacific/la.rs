//! Laos: the Tax Identification Number (TIN).

use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Laos's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "la_tin",
    country: "LA",
    description: "Laos Tax Identification Number",
    checksum: false,
    rule: "the 9-digit TIN, alone or followed by a 3-digit branch code (12 digits); no check \
           digit is published",
    source: "Stripe's tax ID documentation (example 123456789-000)",
    example: "123456789-000",
    validate: validate_tin,
    format: format_tin,
}];

/// Digits of the TIN before the branch code.
const TIN_DIGITS: usize = 9;

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("LA");
    expect_shape(number.as_bytes(), &["999999999", "999999999999"])?;
    Ok(number)
}

/// `123456789-000`: the branch code set off by a hyphen, as Stripe shows it.
fn format_tin(compact: &str) -> String {
    if compact.len() > TIN_DIGITS {
        format_with_cuts(compact, &[TIN_DIGITS], "-")
    } else {
        compact.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tins_with_and_without_branch() {
        let tin = validate_tax_id(None, "la_tin", "123456789-000");
        assert_eq!(tin.compact.as_deref(), Some("123456789000"));
        assert_eq!(tin.formatted.as_deref(), Some("123456789-000"));
        assert!(validate_tax_id(Some("LA"), "la_tin", "123456789").valid);
        let short = validate_tax_id(None, "la_tin", "123456789-00");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
