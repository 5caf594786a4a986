//! Latvia: the VAT number (PVN reģistrācijas numurs): a legal entity's registration number or
//! a person's personal code (personas kods).

use super::date::{is_real_date, two_digits};
use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Latvia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "LV",
    description: "Latvian VAT number (PVN numurs)",
    checksum: true,
    rule: "LV + 11 digits: a legal entity's (first digit 4-9; weights 9,1,4,8,3,10,2,5,7,6,1 \
           sum to 3 mod 11) or a personal code, DDMMYY-CNNNN with a real date or 32 and 9 \
           digits from 2017 (1 plus the first 10 weighted 10,5,8,4,2,1,6,3,7,9, mod 11 mod 10)",
    source: "python-stdnum lv.pvn; Valsts ieņēmumu dienests",
    example: "LV40003521600",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "LV", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999"])?;
    let valid = match digits {
        [b'4'..=b'9', ..] => weighted_sum(digits, &[9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3,
        [b'3', b'2', ..] => personal_code_check_valid(digits),
        _ => {
            // Older personal codes start with the birth date; the 7th digit is its century
            // (0 for the 1800s, 1 for the 1900s, 2 for the 2000s).
            let century = 1800 + 100 * digits.get(6).map_or(0, |&d| digit_value(d));
            let year = century + two_digits(digits, 4);
            if !is_real_date(year, two_digits(digits, 2), two_digits(digits, 0)) {
                return Err(Reason::InvalidComponent);
            }
            personal_code_check_valid(digits)
        }
    };
    if !valid {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn personal_code_check_valid(digits: &[u8]) -> bool {
    let sum = 1 + weighted_sum(digits, &[10, 5, 8, 4, 2, 1, 6, 3, 7, 9]);
    digits
        .last()
        .is_some_and(|&d| sum % 11 % 10 == digit_value(d))
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn entities_and_personal_codes() {
        // python-stdnum's lv.pvn doctests.
        let result = validate_tax_id(Some("LV"), "eu_vat", "LV 4000 3521 600");
        assert_eq!(result.compact.as_deref(), Some("LV40003521600"));
        let typo = validate_tax_id(Some("LV"), "eu_vat", "40003521601");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        assert!(validate_tax_id(Some("LV"), "eu_vat", "161175-19997").valid);
        let date = validate_tax_id(Some("LV"), "eu_vat", "161375-19997");
        assert_eq!(date.reason, Some(Reason::InvalidComponent));
        assert!(validate_tax_id(Some("LV"), "eu_vat", "328673-00679").valid);
        let new_typo = validate_tax_id(Some("LV"), "eu_vat", "328673-00677");
        assert_eq!(new_typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("LV"), "eu_vat", "4000352160");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
