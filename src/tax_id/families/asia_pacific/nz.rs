//! New Zealand: the IRD number that serves as the GST number, and the New Zealand Business
//! Number (NZBN).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// New Zealand's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "nz_bn",
        country: "NZ",
        description: "New Zealand Business Number (NZBN)",
        checksum: true,
        rule: "13 digits starting 94 (a GS1 New Zealand Global Location Number); the last is \
               the GS1 check digit (weights 1 and 3 alternately from the left, modulo 10)",
        source: "NZBN register (NZBNs are GS1 GLNs); GS1 General Specifications, check digit; \
                 python-stdnum ean",
        example: "9429046393920",
        validate: validate_nzbn,
        format: format_as_compact,
    },
    TaxIdType {
        name: "nz_gst",
        country: "NZ",
        description: "New Zealand GST Number",
        checksum: true,
        rule: "the IRD number: 8 or 9 digits between 10,000,000 and 150,000,000; the last is a \
               mod 11 check digit (weights 3, 2, 7, 6, 5, 4, 3, 2, or 7, 4, 3, 2, 5, 2, 7, 6 \
               when the first gives 10)",
        source: "python-stdnum nz.ird; Inland Revenue, RWT and NRWT specification (IRD number \
                 validation)",
        example: "49-091-850",
        validate: validate_ird,
        format: format_ird,
    },
];

/// The GS1 prefix of New Zealand, which every NZBN carries.
const NZBN_PREFIX: &[u8] = b"94";

/// GS1 weights of a 13-digit number, check digit included.
const GS1_WEIGHTS: [u32; 13] = [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1];

/// IRD weights of the 8 digits before the check digit (9-digit numbers zero-padded).
const IRD_PRIMARY_WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];

/// The weights used when the primary ones give a check digit of 10.
const IRD_SECONDARY_WEIGHTS: [u32; 8] = [7, 4, 3, 2, 5, 2, 7, 6];

/// The IRD numbers issued lie strictly between these.
const IRD_RANGE: (u32, u32) = (10_000_000, 150_000_000);

fn validate_nzbn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("NZ");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999999"])?;
    if !digits.starts_with(NZBN_PREFIX) {
        return Err(Reason::InvalidComponent);
    }
    if weighted_sum(digits, &GS1_WEIGHTS) % 10 != 0 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn validate_ird(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("NZ");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999", "999999999"])?;
    let value = digits.iter().fold(0, |v, &d| v * 10 + digit_value(d));
    if value <= IRD_RANGE.0 || value >= IRD_RANGE.1 {
        return Err(Reason::InvalidComponent);
    }
    let (body, check) = digits
        .split_at_checked(digits.len().saturating_sub(1))
        .ok_or(Reason::InvalidLength)?;
    let padded = zero_padded(body);
    if check.first().map(|&d| digit_value(d)) != ird_check_digit(&padded) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The 7 or 8 digits before the check digit, padded with a leading zero to 8.
fn zero_padded(body: &[u8]) -> [u8; 8] {
    let mut padded = [b'0'; 8];
    let start = padded.len().saturating_sub(body.len());
    for (slot, &d) in padded.iter_mut().skip(start).zip(body) {
        *slot = d;
    }
    padded
}

/// The check digit, or `None` when both weightings give 10 (no number is issued there).
fn ird_check_digit(body: &[u8]) -> Option<u32> {
    [IRD_PRIMARY_WEIGHTS, IRD_SECONDARY_WEIGHTS]
        .iter()
        .map(|weights| (11 - weighted_sum(body, weights) % 11) % 11)
        .find(|&check| check != 10)
}

/// `49-091-850` or `136-410-133`: the last six digits in groups of three.
fn format_ird(compact: &str) -> String {
    let head = compact.len().saturating_sub(6);
    format_with_cuts(compact, &[head, head + 3], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn ird_numbers() {
        // python-stdnum's nz.ird doctest.
        let ird = validate_tax_id(Some("NZ"), "nz_gst", "4909185-0");
        assert_eq!(ird.compact.as_deref(), Some("49091850"));
        assert_eq!(ird.formatted.as_deref(), Some("49-091-850"));
        assert!(validate_tax_id(None, "nz_gst", "NZ 49-098-576").valid);
        let typo = validate_tax_id(None, "nz_gst", "136410133");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "nz_gst", "9125568");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let range = validate_tax_id(None, "nz_gst", "160000000");
        assert_eq!(range.reason, Some(Reason::InvalidComponent));
    }

    #[test]
    fn business_numbers() {
        // Two NZBNs org-id.guide gives as examples of the register's numbers.
        assert!(validate_tax_id(Some("NZ"), "nz_bn", "9429046393920").valid);
        assert!(validate_tax_id(None, "nz_bn", "9429050294954").valid);
        let typo = validate_tax_id(None, "nz_bn", "9429046393921");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "nz_bn", "942904639392");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let foreign = validate_tax_id(None, "nz_bn", "9506000140445");
        assert_eq!(foreign.reason, Some(Reason::InvalidComponent));
    }
}
