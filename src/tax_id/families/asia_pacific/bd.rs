//! Bangladesh: the Business Identification Number (BIN) of the VAT register.

use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Bangladesh's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "bd_bin",
    country: "BD",
    description: "Bangladesh Business Identification Number",
    checksum: false,
    rule: "the 9-digit BIN, alone or followed by a 4-digit branch code (13 digits); no check \
           digit is published",
    source: "Stripe's tax ID documentation (example 123456789-0123); National Board of \
             Revenue, VAT Online BIN",
    example: "123456789-0123",
    validate: validate_bin,
    format: format_bin,
}];

/// Digits of the BIN before the branch code.
const BIN_DIGITS: usize = 9;

fn validate_bin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("BD");
    expect_shape(number.as_bytes(), &["999999999", "9999999999999"])?;
    Ok(number)
}

/// `123456789-0123`: the branch code set off by a hyphen, as Stripe shows it.
fn format_bin(compact: &str) -> String {
    if compact.len() > BIN_DIGITS {
        format_with_cuts(compact, &[BIN_DIGITS], "-")
    } else {
        compact.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn bins_with_and_without_branch() {
        // Stripe's example; Bangladesh publishes no check digit.
        let bin = validate_tax_id(None, "bd_bin", "123456789-0123");
        assert_eq!(bin.compact.as_deref(), Some("1234567890123"));
        assert_eq!(bin.formatted.as_deref(), Some("123456789-0123"));
        let alone = validate_tax_id(Some("BD"), "bd_bin", "000123456");
        assert_eq!(alone.formatted.as_deref(), Some("000123456"));
        let short = validate_tax_id(None, "bd_bin", "123456789-012");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "bd_bin", "12345678A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
