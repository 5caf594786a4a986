//! South Korea: the business registration number (사업자등록번호).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// South Korea's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "kr_brn",
    country: "KR",
    description: "Korean BRN",
    checksum: true,
    rule: "10 digits: tax office (101 or above), business type (not 00), serial (not 0000) \
           and a check digit: 10 minus (the first 9 weighted 1, 3, 7, 1, 3, 7, 1, 3, 5 plus \
           the 9th times 5 divided by 10), modulo 10",
    source: "python-stdnum kr.brn (structure); the National Tax Service's check digit as \
             widely published, which 236 of python-stdnum's 239 numbers found online pass",
    example: "116-82-00276",
    validate: validate_brn,
    format: format_brn,
}];

/// Weights of the first nine digits.
const WEIGHTS: [u32; 9] = [1, 3, 7, 1, 3, 7, 1, 3, 5];

fn validate_brn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("KR");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999"])?;
    let office = digits.get(..3).unwrap_or_default();
    let business_type = digits.get(3..5).unwrap_or_default();
    let serial = digits.get(5..9).unwrap_or_default();
    if office < b"101".as_slice() || business_type == b"00" || serial == b"0000" {
        return Err(Reason::InvalidComponent);
    }
    let (body, check) = digits.split_at_checked(9).ok_or(Reason::InvalidLength)?;
    if check.first().map(|&d| digit_value(d)) != Some(check_digit(body)) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The check digit: the weighted sum gains the tens digit of the 9th digit times 5, so
/// the 9th digit counts both with weight 5 and with its carry.
fn check_digit(body: &[u8]) -> u32 {
    let ninth = body.get(8).map_or(0, |&d| digit_value(d));
    let sum = weighted_sum(body, &WEIGHTS) + ninth * 5 / 10;
    (10 - sum % 10) % 10
}

/// `116-82-00276`: office, type and serial with check digit, as the NTS prints them.
fn format_brn(compact: &str) -> String {
    format_with_cuts(compact, &[3, 5], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn business_registration_numbers() {
        // python-stdnum's kr.brn doctest numbers, which pass the check digit too.
        let brn = validate_tax_id(Some("KR"), "kr_brn", " 116 - 82 - 00276  ");
        assert_eq!(brn.compact.as_deref(), Some("1168200276"));
        assert_eq!(brn.formatted.as_deref(), Some("116-82-00276"));
        assert!(validate_tax_id(None, "kr_brn", "134-86-72683").valid);
        // Samsung Electronics, as printed on its filings.
        assert!(validate_tax_id(None, "kr_brn", "124-81-00998").valid);
        let typo = validate_tax_id(None, "kr_brn", "116-82-00277");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "kr_brn", "123456789");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let office = validate_tax_id(None, "kr_brn", "100-82-00276");
        assert_eq!(office.reason, Some(Reason::InvalidComponent));
    }
}
