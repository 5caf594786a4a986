//! Canada: the federal Business Number and GST/HST account, and the provincial sales tax
//! numbers of British Columbia, Manitoba, Saskatchewan and Québec.

use crate::tax_id::check_digits::{digit_value, luhn_valid, weighted_sum};
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::{expect_shape, fits};
use crate::tax_id::{Number, Reason, TaxIdType};

/// Canada's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "ca_bn",
        country: "CA",
        description: "Canadian BN",
        checksum: true,
        rule: "9 digits passing the Luhn check, optionally followed by a program account (RC, \
               RM, RP or RT and 4 digits)",
        source: "Canada Revenue Agency; python-stdnum ca.bn",
        example: "123026635",
        validate: validate_bn,
        format: format_as_compact,
    },
    TaxIdType {
        name: "ca_gst_hst",
        country: "CA",
        description: "Canadian GST/HST Number",
        checksum: true,
        rule: "a Business Number (9 digits passing the Luhn check), RT, and a 4-digit account \
               reference",
        source: "Canada Revenue Agency (GST/HST program account RT); python-stdnum ca.bn",
        example: "123026635RT0001",
        validate: validate_gst_hst,
        format: format_as_compact,
    },
    TaxIdType {
        name: "ca_pst_bc",
        country: "CA",
        description: "Canadian PST Number (British Columbia)",
        checksum: false,
        rule: "PST and 8 digits, printed PST-1234-5678 (PST added when missing); no check digit \
               is published",
        source: "British Columbia Ministry of Finance, PST registration",
        example: "PST-1234-5678",
        validate: validate_pst_bc,
        format: format_pst_bc,
    },
    TaxIdType {
        name: "ca_pst_mb",
        country: "CA",
        description: "Canadian PST Number (Manitoba)",
        checksum: false,
        rule: "7 digits, printed 123456-7; no check digit is published",
        source: "Manitoba Finance, Bulletin 004 (the 7-digit RST number); Stripe's example",
        example: "123456-7",
        validate: validate_seven_digits,
        format: format_pst_mb,
    },
    TaxIdType {
        name: "ca_pst_sk",
        country: "CA",
        description: "Canadian PST Number (Saskatchewan)",
        checksum: false,
        rule: "7 digits; no check digit is published",
        source: "Saskatchewan Ministry of Finance (7-digit PST vendor licence); Stripe's example",
        example: "1234567",
        validate: validate_seven_digits,
        format: format_as_compact,
    },
    TaxIdType {
        name: "ca_qst",
        country: "CA",
        description: "Canadian QST Number (Québec)",
        checksum: true,
        rule: "10 digits, TQ and a 4-digit file number other than 0000, the 10th digit a MOD 11 \
               check digit (weights 4,3,2,7,6,5,4,3,2); or NR and 8 digits (non-residents in the \
               specified QST system), structure only",
        source: "Revenu Québec; check digit as in stdnum-js ca.qst, confirmed on published \
                 numbers",
        example: "1224002901TQ0001",
        validate: validate_qst,
        format: format_as_compact,
    },
];

/// The program accounts python-stdnum accepts after a Business Number: corporate income tax,
/// import-export, payroll and GST/HST.
const PROGRAMS: [&[u8]; 4] = [b"RC", b"RM", b"RP", b"RT"];

/// The GST/HST program account.
const GST_HST_PROGRAM: &[u8] = b"RT";

/// Weights of the QST's check digit, over its 9 first digits.
const QST_WEIGHTS: [u32; 9] = [4, 3, 2, 7, 6, 5, 4, 3, 2];

fn validate_bn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CA");
    expect_shape(number.as_bytes(), &["999999999", "999999999AA9999"])?;
    check_program_account(number.as_bytes(), &PROGRAMS)?;
    Ok(number)
}

fn validate_gst_hst(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CA");
    expect_shape(number.as_bytes(), &["999999999AA9999"])?;
    check_program_account(number.as_bytes(), &[GST_HST_PROGRAM])?;
    Ok(number)
}

/// Checks a Business Number, alone or followed by one of `programs` (shape already checked):
/// the program first, then the Business Number's Luhn check digit.
fn check_program_account(chars: &[u8], programs: &[&[u8]]) -> Result<(), Reason> {
    let (business_number, account) = chars.split_at_checked(9).ok_or(Reason::InvalidLength)?;
    if let Some(program) = account.get(..2) {
        if !programs.contains(&program) {
            return Err(Reason::InvalidComponent);
        }
    }
    if !luhn_valid(business_number) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(())
}

fn validate_pst_bc(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CA");
    number.strip_prefix("PST");
    expect_shape(number.as_bytes(), &["99999999"])?;
    number.with_prefix("PST")
}

fn validate_seven_digits(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CA");
    expect_shape(number.as_bytes(), &["9999999"])?;
    Ok(number)
}

fn validate_qst(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CA");
    let chars = number.as_bytes();
    expect_shape(chars, &["9999999999TQ9999", "NR99999999"])?;
    if fits(chars, "NR99999999") {
        return Ok(number);
    }
    if chars.ends_with(b"0000") {
        return Err(Reason::InvalidComponent);
    }
    let (body, rest) = chars.split_at_checked(9).ok_or(Reason::InvalidLength)?;
    let check = (11 - weighted_sum(body, &QST_WEIGHTS) % 11) % 10;
    if rest.first().map(|&c| digit_value(c)) != Some(check) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn format_pst_bc(compact: &str) -> String {
    format_with_cuts(compact, &[3, 7], "-")
}

fn format_pst_mb(compact: &str) -> String {
    format_with_cuts(compact, &[6], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn business_numbers() {
        // python-stdnum's ca.bn doctests.
        let result = validate_tax_id(Some("CA"), "ca_bn", "12302 6635");
        assert_eq!(result.compact.as_deref(), Some("123026635"));
        let program = validate_tax_id(None, "ca_bn", "12302 6635 RC 0001");
        assert_eq!(program.compact.as_deref(), Some("123026635RC0001"));
        let typo = validate_tax_id(None, "ca_bn", "123456783");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let letter = validate_tax_id(None, "ca_bn", "12345678Z");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
        let short = validate_tax_id(None, "ca_bn", "12302663");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn gst_hst_numbers_are_rt_accounts() {
        assert!(validate_tax_id(None, "ca_gst_hst", "123026635 RT 0001").valid);
        let payroll = validate_tax_id(None, "ca_gst_hst", "123026635RP0001");
        assert_eq!(payroll.reason, Some(Reason::InvalidComponent));
        let bare = validate_tax_id(None, "ca_gst_hst", "123026635");
        assert_eq!(bare.reason, Some(Reason::InvalidLength));
        let typo = validate_tax_id(None, "ca_gst_hst", "123026636RT0001");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
    }

    #[test]
    fn provincial_sales_tax_numbers() {
        // Stripe's examples.
        let bc = validate_tax_id(None, "ca_pst_bc", "PST-1234-5678");
        assert_eq!(bc.compact.as_deref(), Some("PST12345678"));
        assert_eq!(bc.formatted.as_deref(), Some("PST-1234-5678"));
        let bare = validate_tax_id(None, "ca_pst_bc", "1234-5678");
        assert_eq!(bare.compact.as_deref(), Some("PST12345678"));
        let bc_short = validate_tax_id(None, "ca_pst_bc", "PST-1234-567");
        assert_eq!(bc_short.reason, Some(Reason::InvalidLength));
        let mb = validate_tax_id(None, "ca_pst_mb", "123456-7");
        assert_eq!(mb.formatted.as_deref(), Some("123456-7"));
        assert!(validate_tax_id(None, "ca_pst_sk", "1234567").valid);
        let sk_long = validate_tax_id(None, "ca_pst_sk", "12345678");
        assert_eq!(sk_long.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn qst_numbers() {
        // stdnum-js's ca.qst tests, and lookuptax's example of a number Revenu Québec confirms.
        let result = validate_tax_id(None, "ca_qst", "1224002901 TQ 0001");
        assert_eq!(result.compact.as_deref(), Some("1224002901TQ0001"));
        assert!(validate_tax_id(None, "ca_qst", "1227494057TQ0001").valid);
        assert!(validate_tax_id(None, "ca_qst", "NR00012345").valid);
        let typo = validate_tax_id(None, "ca_qst", "1224002902TQ0001");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let file = validate_tax_id(None, "ca_qst", "1224002901TQ0000");
        assert_eq!(file.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(None, "ca_qst", "1224002901TQ000");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
