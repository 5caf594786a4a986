//! Nigeria: the taxpayer identification number (TIN).

use super::structure::shaped;
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Nigeria's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ng_tin",
    country: "NG",
    description: "Nigerian Tax Identification Number",
    checksum: false,
    rule: "8 to 14 digits: the Federal Inland Revenue Service's 8 digits and a 4-digit suffix \
           (12345678-0001), the Joint Tax Board's 10 digits, and the newer identifiers between; \
           no published check digit",
    source: "Stripe's tax ID docs (example); Federal Inland Revenue Service and Joint Tax Board \
             TIN formats",
    example: "12345678-0001",
    validate: validate_tin,
    format: format_tin,
}];

/// The issuers use several lengths, and none publishes a check digit, so every length in use
/// passes.
fn validate_tin(number: Number) -> Result<Number, Reason> {
    shaped(
        number,
        "NG",
        &[
            "99999999",
            "999999999",
            "9999999999",
            "99999999999",
            "999999999999",
            "9999999999999",
            "99999999999999",
        ],
    )
}

/// The 12-digit FIRS number is printed with its 4-digit suffix apart; others as they are.
fn format_tin(compact: &str) -> String {
    if compact.len() == 12 {
        format_with_cuts(compact, &[8], "-")
    } else {
        compact.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn firs_and_jtb_numbers() {
        // Stripe's example.
        let result = validate_tax_id(Some("NG"), "ng_tin", "12345678-0001");
        assert_eq!(result.compact.as_deref(), Some("123456780001"));
        assert_eq!(result.formatted.as_deref(), Some("12345678-0001"));
        let jtb = validate_tax_id(Some("NG"), "ng_tin", "1234567890");
        assert_eq!(jtb.formatted.as_deref(), Some("1234567890"));
        let short = validate_tax_id(Some("NG"), "ng_tin", "1234567");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
