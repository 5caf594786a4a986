//! Egypt: the tax registration number.

use super::structure::shaped;
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Egypt's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eg_tin",
    country: "EG",
    description: "Egyptian Tax Identification Number",
    checksum: false,
    rule: "9 digits (Arabic-Indic digits accepted), printed NNN-NNN-NNN; no check digit",
    source: "python-stdnum eg.tn",
    example: "100-531-385",
    validate: validate_tin,
    format: format_tin,
}];

/// The number has no check digit, so only the length and the digits are checked.
fn validate_tin(number: Number) -> Result<Number, Reason> {
    shaped(number, "EG", &["999999999"])
}

/// Three groups of three, as the tax authority prints it.
fn format_tin(compact: &str) -> String {
    format_with_cuts(compact, &[3, 6], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nine_digits_in_any_script() {
        // python-stdnum's eg.tn doctests.
        let result = validate_tax_id(Some("EG"), "eg_tin", "100531385");
        assert_eq!(result.formatted.as_deref(), Some("100-531-385"));
        let arabic = validate_tax_id(Some("EG"), "eg_tin", "٣٣١-١٠٥-٢٦٨");
        assert_eq!(arabic.compact.as_deref(), Some("331105268"));
        let short = validate_tax_id(Some("EG"), "eg_tin", "12345");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letters = validate_tax_id(Some("EG"), "eg_tin", "VV3456789");
        assert_eq!(letters.reason, Some(Reason::InvalidFormat));
    }
}
