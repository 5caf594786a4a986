//! Romania: the VAT number and the tax ID. Both are the fiscal code (CUI/CIF) of an entity
//! or the personal numeric code (CNP) of a person; VAT-registered entities write theirs
//! with `RO` before it.

use super::date::{is_real_date, two_digits};
use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// The rule both Romanian types follow.
const CF_RULE: &str = "a CUI of 2 to 10 digits, the first not 0, the last being 10 times the \
                       others weighted 7,5,3,2,1,7,5,3,2 (aligned right) mod 11 mod 10; or a \
                       13-digit CNP: sex and century 1-9, a real YYMMDD date, a county code, \
                       3 digits, and a check digit (weights 2,7,9,1,4,6,3,5,8,2,7,9 mod 11, \
                       10 becoming 1)";

/// Romania's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "RO",
        description: "Romanian VAT number (cod de înregistrare în scopuri de TVA)",
        checksum: true,
        rule: CF_RULE,
        source: "python-stdnum ro.cf, ro.cui, ro.cnp; ANAF",
        example: "RO18547290",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "ro_tin",
        country: "RO",
        description: "Romanian Tax ID Number",
        checksum: true,
        rule: CF_RULE,
        source: "python-stdnum ro.cf, ro.cui, ro.cnp; ANAF",
        example: "18547290",
        validate: validate_tin,
        format: format_as_compact,
    },
];

/// CUIs have 2 to 10 digits, CNPs 13.
const SHAPES: [&str; 10] = [
    "99",
    "999",
    "9999",
    "99999",
    "999999",
    "9999999",
    "99999999",
    "999999999",
    "9999999999",
    "9999999999999",
];

/// The county codes (județ) a CNP may carry: the 41 counties, Bucharest and its sectors, and
/// the codes given to residents born abroad.
const CNP_COUNTIES: [u32; 55] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
    27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 51, 52,
    70, 80, 81, 82, 83,
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "RO", national_code)
}

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("RO");
    national_code(number)
}

fn national_code(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &SHAPES)?;
    if digits.len() == 13 {
        expect_cnp(digits)?;
    } else {
        expect_cui(digits)?;
    }
    Ok(number)
}

fn expect_cui(digits: &[u8]) -> Result<(), Reason> {
    if digits.first() == Some(&b'0') {
        return Err(Reason::InvalidFormat);
    }
    let Some((&check, body)) = digits.split_last() else {
        return Err(Reason::InvalidLength);
    };
    let sum: u32 = body
        .iter()
        .rev()
        .zip([2, 3, 5, 7, 1, 2, 3, 5, 7])
        .map(|(&d, weight)| digit_value(d) * weight)
        .sum();
    if sum * 10 % 11 % 10 == digit_value(check) {
        Ok(())
    } else {
        Err(Reason::InvalidChecksum)
    }
}

fn expect_cnp(digits: &[u8]) -> Result<(), Reason> {
    // The first digit gives sex and century; 7 to 9 are foreign residents, read as the 1900s.
    let century = match digits.first() {
        Some(b'1' | b'2' | b'7'..=b'9') => 1900,
        Some(b'3' | b'4') => 1800,
        Some(b'5' | b'6') => 2000,
        _ => return Err(Reason::InvalidComponent),
    };
    let year = century + two_digits(digits, 1);
    if !is_real_date(year, two_digits(digits, 3), two_digits(digits, 5))
        || !CNP_COUNTIES.contains(&two_digits(digits, 7))
    {
        return Err(Reason::InvalidComponent);
    }
    let remainder = weighted_sum(digits, &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    let expected = if remainder == 10 { 1 } else { remainder };
    if digits.last().is_some_and(|&d| digit_value(d) == expected) {
        Ok(())
    } else {
        Err(Reason::InvalidChecksum)
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn fiscal_codes() {
        // python-stdnum's ro.cf and ro.cui doctests.
        let vat = validate_tax_id(Some("RO"), "eu_vat", "RO 185 472 90");
        assert_eq!(vat.compact.as_deref(), Some("RO18547290"));
        let tin = validate_tax_id(None, "ro_tin", "RO 185 472 90");
        assert_eq!(tin.compact.as_deref(), Some("18547290"));
        let typo = validate_tax_id(None, "ro_tin", "185 472 91");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(None, "ro_tin", "18547290123");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let one = validate_tax_id(None, "ro_tin", "1");
        assert_eq!(one.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn personal_numeric_codes() {
        // python-stdnum's ro.cnp doctests.
        assert!(validate_tax_id(None, "ro_tin", "1630615123457").valid);
        assert!(validate_tax_id(Some("RO"), "eu_vat", "1630615123457").valid);
        let sex = validate_tax_id(None, "ro_tin", "0800101221142");
        assert_eq!(sex.reason, Some(Reason::InvalidComponent));
        let date = validate_tax_id(None, "ro_tin", "1632215123457");
        assert_eq!(date.reason, Some(Reason::InvalidComponent));
        let county = validate_tax_id(None, "ro_tin", "1630615993454");
        assert_eq!(county.reason, Some(Reason::InvalidComponent));
        let typo = validate_tax_id(None, "ro_tin", "1630615123458");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
    }
}
