//! Japan: the Corporate Number (法人番号), the registration number of foreign businesses
//! (登録国外事業者の登録番号) and the invoice registration number (登録番号, T + 13 digits).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Japan's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "jp_cn",
        country: "JP",
        description: "Japanese Corporate Number (Hōjin Bangō)",
        checksum: true,
        rule: "13 digits; the first is a check digit: 9 minus the sum of the other 12, \
               weighted 1 and 2 alternately from the right, modulo 9",
        source: "python-stdnum jp.cn; 法人番号の指定等に関する省令 (check digit), National Tax \
                 Agency",
        example: "5-8356-7825-6246",
        validate: validate_cn,
        format: format_cn,
    },
    TaxIdType {
        name: "jp_rn",
        country: "JP",
        description: "Japanese Registered Foreign Businesses' Registration Number (Tōroku \
                      Kokugai Jigyōsha no Tōroku Bangō)",
        checksum: false,
        rule: "5 digits; no check digit is published",
        source: "National Tax Agency, list of registered foreign businesses (5-digit numbers); \
                 Stripe's tax ID documentation (example 12345)",
        example: "12345",
        validate: validate_rn,
        format: format_as_compact,
    },
    TaxIdType {
        name: "jp_trn",
        country: "JP",
        description: "Japanese Tax Registration Number (Tōroku Bangō)",
        checksum: true,
        rule: "T then 13 digits (the T may be left out and is added): the corporate number, or \
               for other businesses a number of the same form, with the corporate number's \
               check digit first",
        source:
            "National Tax Agency, 適格請求書発行事業者公表サイト (登録番号とは); python-stdnum \
                 jp.cn on the digits",
        example: "T5835678256246",
        validate: validate_trn,
        format: format_as_compact,
    },
];

/// The invoice registration number's letter, for "tōroku".
const TRN_PREFIX: &str = "T";

/// Weights of the 12 digits after the check digit, from the left: 1 and 2 alternately
/// counted from the right end.
const CN_WEIGHTS: [u32; 12] = [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

fn validate_cn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("JP");
    check_corporate_digits(number.as_bytes())?;
    Ok(number)
}

/// Checks 13 digits led by the corporate number's check digit.
fn check_corporate_digits(digits: &[u8]) -> Result<(), Reason> {
    expect_shape(digits, &["9999999999999"])?;
    let (check, body) = digits.split_first().ok_or(Reason::InvalidLength)?;
    if digit_value(*check) != 9 - weighted_sum(body, &CN_WEIGHTS) % 9 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(())
}

fn validate_rn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("JP");
    expect_shape(number.as_bytes(), &["99999"])?;
    Ok(number)
}

fn validate_trn(mut number: Number) -> Result<Number, Reason> {
    number.strip_prefix(TRN_PREFIX);
    check_corporate_digits(number.as_bytes())?;
    number.with_prefix(TRN_PREFIX)
}

/// `5-8356-7825-6246`, as the National Tax Agency prints corporate numbers.
fn format_cn(compact: &str) -> String {
    format_with_cuts(compact, &[1, 5, 9], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn corporate_numbers() {
        // python-stdnum's jp.cn doctest.
        let cn = validate_tax_id(Some("JP"), "jp_cn", "5-8356-7825-6246");
        assert_eq!(cn.compact.as_deref(), Some("5835678256246"));
        assert_eq!(cn.formatted.as_deref(), Some("5-8356-7825-6246"));
        let typo = validate_tax_id(None, "jp_cn", "2-8356-7825-6246");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "jp_cn", "583567825624");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn registration_numbers_of_foreign_businesses() {
        assert!(validate_tax_id(None, "jp_rn", "12345").valid);
        let long = validate_tax_id(None, "jp_rn", "123456");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn invoice_registration_numbers_carry_their_t() {
        let trn = validate_tax_id(Some("JP"), "jp_trn", "5835678256246");
        assert_eq!(trn.compact.as_deref(), Some("T5835678256246"));
        let full_width = validate_tax_id(None, "jp_trn", "Ｔ５８３５６７８２５６２４６");
        assert_eq!(full_width.compact.as_deref(), Some("T5835678256246"));
        let typo = validate_tax_id(None, "jp_trn", "T2835678256246");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let other_letter = validate_tax_id(None, "jp_trn", "X5835678256246");
        assert_eq!(other_letter.reason, Some(Reason::InvalidFormat));
    }
}
