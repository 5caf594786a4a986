//! Serbia: the tax identification number (PIB).

use crate::tax_id::check_digits::iso7064_mod_11_10_valid;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Serbia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "rs_pib",
    country: "RS",
    description: "Serbian PIB Number",
    checksum: true,
    rule: "9 digits; the last is an ISO 7064 MOD 11,10 check digit",
    source: "python-stdnum rs.pib; Tax Administration of Serbia (purs.gov.rs)",
    example: "101134702",
    validate: validate_pib,
    format: format_as_compact,
}];

fn validate_pib(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("RS");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if !iso7064_mod_11_10_valid(digits) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn pib_numbers() {
        // python-stdnum's rs.pib doctests: 101134702 is valid, 101134703 a typo; 104052135
        // is NIS a.d. Novi Sad's PIB.
        let result = validate_tax_id(Some("RS"), "rs_pib", "RS 101134702");
        assert_eq!(result.compact.as_deref(), Some("101134702"));
        assert!(validate_tax_id(None, "rs_pib", "104052135").valid);
        let typo = validate_tax_id(None, "rs_pib", "101134703");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(None, "rs_pib", "1011347021");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
