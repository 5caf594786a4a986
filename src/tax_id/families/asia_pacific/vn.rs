//! Vietnam: the enterprise and tax code (Mã số thuế, MST), with its optional branch suffix.

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Vietnam's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "vn_tin",
    country: "VN",
    description: "Vietnamese Tax ID Number",
    checksum: true,
    rule: "10 digits, or 13 with a branch suffix (not 000); digits 3 to 9 not all 0; the 10th \
           is a check digit: 10 minus the first 9 weighted 31, 29, 23, 19, 17, 13, 7, 5, 3, \
           modulo 11",
    source: "python-stdnum vn.mst; Circular 105/2020/TT-BTC on tax registration (structure)",
    example: "0314409058-002",
    validate: validate_mst,
    format: format_mst,
}];

/// Weights of the first 9 digits.
const WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/// The length of the code without a branch suffix.
const CODE_LEN: usize = 10;

fn validate_mst(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("VN");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999", "9999999999999"])?;
    let serial = digits.get(2..9).unwrap_or_default();
    let branch = digits.get(CODE_LEN..).unwrap_or_default();
    if serial == b"0000000" || branch == b"000" {
        return Err(Reason::InvalidComponent);
    }
    let body = digits.get(..9).unwrap_or_default();
    let expected = 10 - weighted_sum(body, &WEIGHTS) % 11;
    if digits.get(9).map(|&d| digit_value(d)) != Some(expected) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// `0314409058-002`: the branch suffix set off by a hyphen.
fn format_mst(compact: &str) -> String {
    if compact.len() > CODE_LEN {
        format_with_cuts(compact, &[CODE_LEN], "-")
    } else {
        compact.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tax_codes_with_and_without_branch() {
        // python-stdnum's vn.mst doctest.
        let code = validate_tax_id(Some("VN"), "vn_tin", "0100233488");
        assert_eq!(code.formatted.as_deref(), Some("0100233488"));
        let branch = validate_tax_id(None, "vn_tin", "0314409058-002");
        assert_eq!(branch.compact.as_deref(), Some("0314409058002"));
        assert_eq!(branch.formatted.as_deref(), Some("0314409058-002"));
        let typo = validate_tax_id(None, "vn_tin", "0100233480");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "vn_tin", "12345");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let head_office = validate_tax_id(None, "vn_tin", "0314409058-000");
        assert_eq!(head_office.reason, Some(Reason::InvalidComponent));
    }
}
