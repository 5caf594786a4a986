//! San Marino: the COE (codice operatore economico), the national tax number.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::all_digits;
use crate::tax_id::{Number, Reason, TaxIdType};

/// San Marino's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "sm_coe",
    country: "SM",
    description: "San Marino COE Number",
    checksum: false,
    rule: "1 to 5 digits once leading zeros (commonly dropped) are removed; the 1- and 2-digit \
           numbers are the few that were issued",
    source: "python-stdnum sm.coe; Ufficio Tributario della Repubblica di San Marino",
    example: "24165",
    validate: validate_coe,
    format: format_as_compact,
}];

/// The 1- and 2-digit COEs that exist, from python-stdnum's list; any 3- to 5-digit number
/// may be one.
const ISSUED_LOW_NUMBERS: [u8; 65] = [
    2, 4, 6, 7, 8, 9, 10, 11, 13, 16, 18, 19, 20, 21, 25, 26, 30, 32, 33, 35, 36, 37, 38, 39, 40,
    42, 45, 47, 49, 51, 52, 55, 56, 57, 58, 59, 61, 62, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74,
    75, 76, 79, 80, 81, 84, 85, 87, 88, 91, 92, 94, 95, 96, 97, 99,
];

/// The most digits a COE has.
const MAX_DIGITS: usize = 5;

fn validate_coe(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("SM");
    let bytes = number.as_bytes();
    if !all_digits(bytes) {
        return Err(if bytes.is_empty() {
            Reason::InvalidLength
        } else {
            Reason::InvalidFormat
        });
    }
    let first_significant = bytes.iter().position(|&d| d != b'0').unwrap_or(bytes.len());
    let significant = bytes.get(first_significant..).unwrap_or_default();
    if significant.is_empty() || significant.len() > MAX_DIGITS {
        return Err(Reason::InvalidLength);
    }
    if significant.len() < 3 {
        let value = significant.iter().fold(0, |acc, &d| acc * 10 + (d - b'0'));
        if !ISSUED_LOW_NUMBERS.contains(&value) {
            return Err(Reason::InvalidComponent);
        }
    }
    Number::from_clean(significant)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn coe_without_leading_zeros() {
        // python-stdnum's sm.coe doctests: 51 and 024165 are valid, 2416A and 1124165 not.
        assert_eq!(
            validate_tax_id(None, "sm_coe", "51").compact.as_deref(),
            Some("51")
        );
        let zero = validate_tax_id(Some("SM"), "sm_coe", "024165");
        assert_eq!(zero.compact.as_deref(), Some("24165"));
        let letter = validate_tax_id(None, "sm_coe", "2416A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
        let long = validate_tax_id(None, "sm_coe", "1124165");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let unissued = validate_tax_id(None, "sm_coe", "3");
        assert_eq!(unissued.reason, Some(Reason::InvalidComponent));
        let nothing = validate_tax_id(None, "sm_coe", "000");
        assert_eq!(nothing.reason, Some(Reason::InvalidLength));
    }
}
