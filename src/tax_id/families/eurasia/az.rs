//! Azerbaijan: the taxpayer identification number (VÖEN).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Azerbaijan's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "az_tin",
    country: "AZ",
    description: "Azerbaijan Tax Identification Number",
    checksum: true,
    rule: "VÖEN: 10 digits (9 are read with a leading 0): region (2), serial (6), a check digit \
           (the first 8 weighted 4,1,8,6,2,7,5,3, mod 11) and 1 (legal person) or 2 (natural \
           person)",
    source: "python-stdnum az.voen; OECD TIN sheet for Azerbaijan",
    example: "1401555071",
    validate: validate_tin,
    format: format_as_compact,
}];

/// The weights of the first 8 digits for the check digit, the 9th.
const WEIGHTS: [u32; 8] = [4, 1, 8, 6, 2, 7, 5, 3];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("AZ");
    expect_shape(number.as_bytes(), &["999999999", "9999999999"])?;
    // A leading 0 is often lost when the number passes through a spreadsheet.
    let number = if number.len() == 9 {
        number.with_prefix("0")?
    } else {
        number
    };
    let digits = number.as_bytes();
    let (body, status) = digits.split_at_checked(9).ok_or(Reason::InvalidLength)?;
    if !matches!(status, [b'1' | b'2']) {
        return Err(Reason::InvalidComponent);
    }
    let expected = weighted_sum(body, &WEIGHTS) % 11;
    if body.last().map(|&d| digit_value(d)) != Some(expected) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn voen_numbers() {
        // python-stdnum's az.voen doctests: 140 155 5071 is valid, 140 155 5081 a typo,
        // 1400057424 has an impossible status digit.
        let result = validate_tax_id(Some("AZ"), "az_tin", "140 155 5071");
        assert_eq!(result.compact.as_deref(), Some("1401555071"));
        let typo = validate_tax_id(None, "az_tin", "140 155 5081");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let status = validate_tax_id(None, "az_tin", "1400057424");
        assert_eq!(status.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(None, "az_tin", "14015550");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn nine_digits_get_their_leading_zero_back() {
        // python-stdnum's az.voen reads 9 digits as 0 + 9 digits, and so accepts 100000011
        // as 0100000011.
        let result = validate_tax_id(None, "az_tin", "100000011");
        assert_eq!(result.compact.as_deref(), Some("0100000011"));
        // SOCAR's VÖEN, with the AZ prefix.
        assert!(validate_tax_id(None, "az_tin", "AZ9900003611").valid);
    }
}
