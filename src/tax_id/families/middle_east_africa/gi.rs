//! Gibraltar: the tax reference number.

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Gibraltar's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "gi_tin",
    country: "GI",
    description: "Gibraltar Tax Identification Number",
    checksum: false,
    rule: "4 to 10 digits: the format is not published (Stripe's example has 5), so billkit \
           only refuses what cannot be a number",
    source: "Stripe's tax ID docs (example)",
    example: "12345",
    validate: validate_tin,
    format: format_as_compact,
}];

/// Tax references are short sequential numbers of no published length, so any plausible
/// length passes.
fn validate_tin(number: Number) -> Result<Number, Reason> {
    shaped(
        number,
        "GI",
        &[
            "9999",
            "99999",
            "999999",
            "9999999",
            "99999999",
            "999999999",
            "9999999999",
        ],
    )
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn short_numbers() {
        // Stripe's example.
        assert!(validate_tax_id(Some("GI"), "gi_tin", "12345").valid);
        let short = validate_tax_id(Some("GI"), "gi_tin", "123");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(Some("GI"), "gi_tin", "1234A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
