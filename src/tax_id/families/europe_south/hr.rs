//! Croatia: the VAT number and the OIB it is made of (`hr_oib`).

use crate::tax_id::check_digits::iso7064_mod_11_10_valid;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// The OIB rule, the same with the VAT prefix or without.
const OIB_RULE: &str = "11 digits; the last is an ISO 7064 MOD 11,10 check digit";

/// Croatia's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "HR",
        description: "Croatian VAT number (PDV ID, the OIB)",
        checksum: true,
        rule: "HR + the OIB: 11 digits; the last is an ISO 7064 MOD 11,10 check digit",
        source: "python-stdnum hr.oib; Porezna uprava",
        example: "HR33392005961",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "hr_oib",
        country: "HR",
        description: "Croatian Personal Identification Number",
        checksum: true,
        rule: OIB_RULE,
        source: "python-stdnum hr.oib; Porezna uprava",
        example: "33392005961",
        validate: validate_oib,
        format: format_as_compact,
    },
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "HR", national_oib)
}

fn validate_oib(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("HR");
    national_oib(number)
}

fn national_oib(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999"])?;
    if !iso7064_mod_11_10_valid(digits) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's hr.oib doctest: HR 33392005961 is valid, 33392005962 a typo.
        let result = validate_tax_id(Some("HR"), "eu_vat", "HR 33392005961");
        assert_eq!(result.compact.as_deref(), Some("HR33392005961"));
        assert!(validate_tax_id(Some("HR"), "eu_vat", "33392005961").valid);
        let typo = validate_tax_id(Some("HR"), "eu_vat", "33392005962");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
    }

    #[test]
    fn oib_drops_its_optional_prefix() {
        let result = validate_tax_id(None, "hr_oib", "HR 33392005961");
        assert_eq!(result.compact.as_deref(), Some("33392005961"));
        let short = validate_tax_id(None, "hr_oib", "3339200596");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "hr_oib", "3339200596A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
