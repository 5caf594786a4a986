//! Taiwan: the Unified Business Number (UBN, 統一編號) that serves as the VAT number.

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Taiwan's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "tw_vat",
    country: "TW",
    description: "Taiwanese VAT",
    checksum: true,
    rule: "8 digits; weighted 1, 2, 1, 2, 1, 2, 4, 1 with each product's digits added, the sum \
           is a multiple of 5 (of 10 before April 2023), or when the 7th digit is 7 the sum \
           plus 1 may be",
    source: "Ministry of Finance, 營利事業統一編號檢查碼邏輯修正說明 (2023); python-stdnum tw.ubn \
             (the multiple-of-10 rule)",
    example: "00501503",
    validate: validate_ubn,
    format: format_as_compact,
}];

/// Weights of the 8 digits.
const WEIGHTS: [u32; 8] = [1, 2, 1, 2, 1, 2, 4, 1];

/// The Ministry of Finance's divisor since 1 April 2023 (10 before), which lets it issue
/// twice as many numbers; every old number still passes.
const DIVISOR: u32 = 5;

/// The 7th digit whose product (28) may count as 10 or as 1, so either sum passes.
const AMBIGUOUS_SEVENTH: u8 = b'7';

fn validate_ubn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("TW");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999"])?;
    let sum = digit_sum(digits);
    let seventh_is_seven = digits.get(6) == Some(&AMBIGUOUS_SEVENTH);
    if sum % DIVISOR != 0 && !(seventh_is_seven && (sum + 1) % DIVISOR == 0) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The sum of the digits of each weighted digit.
fn digit_sum(digits: &[u8]) -> u32 {
    digits
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| {
            let product = digit_value(d) * w;
            product / 10 + product % 10
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn unified_business_numbers() {
        // python-stdnum's tw.ubn doctest, and TSMC's number.
        assert!(validate_tax_id(Some("TW"), "tw_vat", "00501503").valid);
        assert!(validate_tax_id(None, "tw_vat", "22099131").valid);
        let typo = validate_tax_id(None, "tw_vat", "00501502");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "tw_vat", "12345");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn numbers_only_the_2023_rule_allows() {
        // Digit sum 25: a multiple of 5 but not of 10.
        assert!(validate_tax_id(None, "tw_vat", "00501508").valid);
    }
}
