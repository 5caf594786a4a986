//! Brazil: the CNPJ (companies, alphanumeric from July 2026) and the CPF (people).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::printed::format_with_marks;

/// Brazil's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "br_cnpj",
        country: "BR",
        description: "Brazilian CNPJ Number",
        checksum: true,
        rule: "14 characters: 12 digits or letters (letters from July 2026) and 2 MOD 11 check \
               digits over the characters' ASCII codes minus 48 (weights 5..2,9..2 then \
               6..2,9..2); the 12 first not all 0",
        source: "Receita Federal, CNPJ alfanumérico (IN RFB 2.229/2024); python-stdnum br.cnpj",
        example: "11.222.333/0001-81",
        validate: validate_cnpj,
        format: format_cnpj,
    },
    TaxIdType {
        name: "br_cpf",
        country: "BR",
        description: "Brazilian CPF Number",
        checksum: true,
        rule: "11 digits, not all the same, the last 2 MOD 11 check digits (weights 10..2, \
               then 11..2)",
        source: "Receita Federal; python-stdnum br.cpf",
        example: "390.533.447-05",
        validate: validate_cpf,
        format: format_cpf,
    },
];

/// Weights of the CNPJ's first check digit, over the 12 first characters.
const CNPJ_FIRST_WEIGHTS: [u32; 12] = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
/// Weights of the CNPJ's second check digit, over the 12 first characters and the first
/// check digit.
const CNPJ_SECOND_WEIGHTS: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
/// Weights of the CPF's first check digit, over the 9 first digits.
const CPF_FIRST_WEIGHTS: [u32; 9] = [10, 9, 8, 7, 6, 5, 4, 3, 2];
/// Weights of the CPF's second check digit, over the 9 first digits and the first check digit.
const CPF_SECOND_WEIGHTS: [u32; 10] = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];

fn validate_cnpj(mut number: Number) -> Result<Number, Reason> {
    // An alphanumeric CNPJ may itself start with BR, so the country code goes only when it
    // comes on top of 14 characters.
    if number.len() == 16 {
        number.strip_country("BR");
    }
    let chars = number.as_bytes();
    expect_shape(chars, &["XXXXXXXXXXXX99"])?;
    let (base, checks) = chars.split_at_checked(12).ok_or(Reason::InvalidLength)?;
    if base.iter().all(|&c| c == b'0') {
        return Err(Reason::InvalidFormat);
    }
    let first = mod11_check(cnpj_sum(base, &CNPJ_FIRST_WEIGHTS));
    let second = mod11_check(cnpj_sum(base, &CNPJ_SECOND_WEIGHTS) + first * 2);
    if !checks_match(checks, first, second) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The weighted sum of CNPJ characters, each valued at its ASCII code minus 48 (so digits
/// keep their value and `A` is 17), as the alphanumeric CNPJ defines it.
fn cnpj_sum(chars: &[u8], weights: &[u32]) -> u32 {
    chars
        .iter()
        .zip(weights)
        .map(|(&c, &w)| u32::from(c.saturating_sub(b'0')) * w)
        .sum()
}

fn validate_cpf(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("BR");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999"])?;
    // 000.000.000-00 to 999.999.999-99 pass the check digits but are never issued; the
    // Receita's own validator refuses them.
    if digits.windows(2).all(|pair| pair.first() == pair.get(1)) {
        return Err(Reason::InvalidFormat);
    }
    let (base, checks) = digits.split_at_checked(9).ok_or(Reason::InvalidLength)?;
    let first = mod11_check(weighted_sum(base, &CPF_FIRST_WEIGHTS));
    let second = mod11_check(weighted_sum(base, &CPF_SECOND_WEIGHTS) + first * 2);
    if !checks_match(checks, first, second) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Brazil's check digit of a weighted sum: 11 minus its remainder, where 10 and 11 are 0.
fn mod11_check(sum: u32) -> u32 {
    (11 - sum % 11) % 11 % 10
}

/// Whether the two check characters are the digits `first` and `second`.
fn checks_match(checks: &[u8], first: u32, second: u32) -> bool {
    match checks {
        [a, b] => digit_value(*a) == first && digit_value(*b) == second,
        _ => false,
    }
}

fn format_cnpj(compact: &str) -> String {
    format_with_marks(compact, &[(2, '.'), (5, '.'), (8, '/'), (12, '-')])
}

fn format_cpf(compact: &str) -> String {
    format_with_marks(compact, &[(3, '.'), (6, '.'), (9, '-')])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn numeric_and_alphanumeric_cnpjs() {
        // python-stdnum's br.cnpj doctests, the second in the alphanumeric form of 2026.
        let result = validate_tax_id(Some("BR"), "br_cnpj", "16.727.230/0001-97");
        assert_eq!(result.compact.as_deref(), Some("16727230000197"));
        assert_eq!(result.formatted.as_deref(), Some("16.727.230/0001-97"));
        let letters = validate_tax_id(None, "br_cnpj", "12. ABC.345 /01DE–35");
        assert_eq!(letters.compact.as_deref(), Some("12ABC34501DE35"));
        assert_eq!(letters.formatted.as_deref(), Some("12.ABC.345/01DE-35"));
        assert!(validate_tax_id(None, "br_cnpj", "BR 11.222.333/0001-81").valid);
        let typo = validate_tax_id(None, "br_cnpj", "16.727.230.0001-98");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "br_cnpj", "1672723000019");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let zeros = validate_tax_id(None, "br_cnpj", "00000000000000");
        assert_eq!(zeros.reason, Some(Reason::InvalidFormat));
        let letter_check = validate_tax_id(None, "br_cnpj", "12ABC34501DE3A");
        assert_eq!(letter_check.reason, Some(Reason::InvalidFormat));
    }

    #[test]
    fn cpfs() {
        // python-stdnum's br.cpf doctests.
        let result = validate_tax_id(Some("BR"), "br_cpf", "390.533.447-05");
        assert_eq!(result.compact.as_deref(), Some("39053344705"));
        assert_eq!(result.formatted.as_deref(), Some("390.533.447-05"));
        let typo = validate_tax_id(None, "br_cpf", "231.002.999-00");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "br_cpf", "390.533.447-0");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let repeated = validate_tax_id(None, "br_cpf", "111.111.111-11");
        assert_eq!(repeated.reason, Some(Reason::InvalidFormat));
    }
}
