//! North Macedonia: the tax number (ЕДБ, EDB), which with the MK prefix is the VAT number.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::checks::{last_digit_is, mod_11_complement};

/// North Macedonia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "mk_vat",
    country: "MK",
    description: "North Macedonia VAT Number",
    checksum: true,
    rule: "MK + 13 digits (the EDB; the prefix, Latin or Cyrillic МК, is added when missing); the \
           last is a check digit: the first 12 weighted 7 to 2 twice, 11 minus the sum mod 11, \
           with 10 and 11 read as 0",
    source: "python-stdnum mk.edb; Public Revenue Office of North Macedonia (ujp.gov.mk)",
    example: "MK4030000375897",
    validate: validate_vat,
    format: format_as_compact,
}];

/// The weights of the first 12 digits.
const WEIGHTS: [u32; 12] = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_prefix("MK");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999999"])?;
    if !last_digit_is(digits, mod_11_complement(digits, &WEIGHTS)) {
        return Err(Reason::InvalidChecksum);
    }
    number.with_prefix("MK")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn edb_numbers_with_and_without_prefix() {
        // python-stdnum's mk.edb doctests: 4030000375897 and MK4057009501106 are valid,
        // 4030000375890 is a typo.
        let result = validate_tax_id(Some("MK"), "mk_vat", "4030000375897");
        assert_eq!(result.compact.as_deref(), Some("MK4030000375897"));
        let prefixed = validate_tax_id(None, "mk_vat", "MK 4057009501106");
        assert_eq!(prefixed.compact.as_deref(), Some("MK4057009501106"));
        let typo = validate_tax_id(None, "mk_vat", "4030000375890");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "mk_vat", "MK403000037589");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
