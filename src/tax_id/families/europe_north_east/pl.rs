//! Poland: the tax ID (NIP), which is also the VAT number without its `PL`.

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// The rule both Polish types follow.
const NIP_RULE: &str = "10 digits, printed 123-456-78-90; the last is the first 9 weighted \
                        6,5,7,2,3,4,5,6,7 mod 11 (never 10)";

/// Poland's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "PL",
        description: "Polish VAT number (NIP)",
        checksum: true,
        rule: NIP_RULE,
        source: "python-stdnum pl.nip; Ministerstwo Finansów",
        example: "PL8567346215",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "pl_nip",
        country: "PL",
        description: "Polish tax ID number (NIP)",
        checksum: true,
        rule: NIP_RULE,
        source: "python-stdnum pl.nip; Ministerstwo Finansów",
        example: "856-734-62-15",
        validate: validate_nip,
        format: format_nip,
    },
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "PL", national_nip)
}

fn validate_nip(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("PL");
    national_nip(number)
}

fn national_nip(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999"])?;
    let Some((&check, body)) = digits.split_last() else {
        return Err(Reason::InvalidLength);
    };
    if weighted_sum(body, &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 != digit_value(check) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn format_nip(compact: &str) -> String {
    format_with_cuts(compact, &[3, 6, 8], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nip_as_vat_number_and_tax_id() {
        // python-stdnum's pl.nip doctests.
        let vat = validate_tax_id(Some("PL"), "eu_vat", "PL 8567346215");
        assert_eq!(vat.compact.as_deref(), Some("PL8567346215"));
        let nip = validate_tax_id(None, "pl_nip", "PL 8567346215");
        assert_eq!(nip.compact.as_deref(), Some("8567346215"));
        assert_eq!(nip.formatted.as_deref(), Some("856-734-62-15"));
        let typo = validate_tax_id(None, "pl_nip", "PL 8567346216");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "pl_nip", "856734621");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
