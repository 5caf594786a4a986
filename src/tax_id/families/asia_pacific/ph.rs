//! The Philippines: the Tax Identification Number (TIN) of the Bureau of Internal Revenue.

use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// The Philippines' types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ph_tin",
    country: "PH",
    description: "Philippines Tax Identification Number",
    checksum: false,
    rule: "the 9-digit TIN, alone or followed by a branch code of 3 to 5 digits (12 to 14 \
           digits); no check digit is published",
    source: "Bureau of Internal Revenue, TIN and branch code; Stripe's tax ID documentation \
             (example 123456789012)",
    example: "123-456-789-000",
    validate: validate_tin,
    format: format_tin,
}];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("PH");
    expect_shape(
        number.as_bytes(),
        &[
            "999999999",
            "999999999999",
            "9999999999999",
            "99999999999999",
        ],
    )?;
    Ok(number)
}

/// `123-456-789-000`: groups of three, then the branch code, as the BIR prints TINs.
fn format_tin(compact: &str) -> String {
    let cuts: &[usize] = if compact.len() > 9 {
        &[3, 6, 9]
    } else {
        &[3, 6]
    };
    format_with_cuts(compact, cuts, "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tins_with_and_without_branch() {
        let tin = validate_tax_id(None, "ph_tin", "123456789012");
        assert_eq!(tin.formatted.as_deref(), Some("123-456-789-012"));
        let alone = validate_tax_id(Some("PH"), "ph_tin", "123-456-789");
        assert_eq!(alone.formatted.as_deref(), Some("123-456-789"));
        assert!(validate_tax_id(None, "ph_tin", "123-456-789-00000").valid);
        let odd = validate_tax_id(None, "ph_tin", "1234567890");
        assert_eq!(odd.reason, Some(Reason::InvalidLength));
    }
}
