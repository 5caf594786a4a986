//! Ecuador: the RUC (Registro Único de Contribuyentes).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Ecuador's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ec_ruc",
    country: "EC",
    description: "Ecuadorian RUC Number",
    checksum: true,
    rule: "13 digits: a province (01-24, 30 or 50), a kind digit, and an establishment number; \
           kind 0-5 is a person's cédula (MOD 10 check) and establishment, 6 a public body \
           (MOD 11, weights 3,2,7,6,5,4,3,2) and 9 a company (MOD 11, weights \
           4,3,2,7,6,5,4,3,2)",
    source: "Servicio de Rentas Internas (SRI); python-stdnum ec.ruc",
    example: "1792060346001",
    validate: validate_ruc,
    format: format_as_compact,
}];

/// MOD 11 weights of a public body's RUC, check digit (9th) included.
const PUBLIC_WEIGHTS: [u32; 9] = [3, 2, 7, 6, 5, 4, 3, 2, 1];
/// MOD 11 weights of a company's RUC, check digit (10th) included.
const COMPANY_WEIGHTS: [u32; 10] = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

fn validate_ruc(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("EC");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999999"])?;
    let province = digits.get(..2).unwrap_or_default();
    if !province_exists(province) {
        return Err(Reason::InvalidComponent);
    }
    // A kind 6 or 9 number that fails the public body's rule may still be a person's (6)
    // or a company's (9), as python-stdnum reads the SRI's rules.
    match digits.get(2) {
        Some(b'0'..=b'5') => check_person(digits),
        Some(b'6') => check_public_body(digits).or_else(|_| check_person(digits)),
        Some(b'9') => check_public_body(digits).or_else(|_| check_company(digits)),
        _ => Err(Reason::InvalidComponent),
    }?;
    Ok(number)
}

/// Provinces 01 to 24, 30 for Ecuadorians abroad, 50 for foreigners.
fn province_exists(province: &[u8]) -> bool {
    matches!(
        province,
        [b'0', b'1'..=b'9'] | [b'1', _] | [b'2', b'0'..=b'4'] | b"30" | b"50"
    )
}

/// A person's RUC: the 10-digit cédula, its check digit MOD 10 (digits weighted 2,1,2,...,
/// products over 9 less 9), then an establishment other than 000.
fn check_person(digits: &[u8]) -> Result<(), Reason> {
    if digits.ends_with(b"000") {
        return Err(Reason::InvalidComponent);
    }
    let sum: u32 = digits
        .iter()
        .take(10)
        .zip([2, 1].iter().cycle())
        .map(|(&d, &w)| {
            let product = digit_value(d) * w;
            if product > 9 {
                product - 9
            } else {
                product
            }
        })
        .sum();
    if sum % 10 == 0 {
        Ok(())
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// A public body's RUC: 9 digits with a MOD 11 check, then an establishment other than 0000.
fn check_public_body(digits: &[u8]) -> Result<(), Reason> {
    if digits.ends_with(b"0000") {
        return Err(Reason::InvalidComponent);
    }
    mod11_zero(weighted_sum(digits, &PUBLIC_WEIGHTS))
}

/// A company's RUC: 10 digits with a MOD 11 check, then an establishment other than 000.
fn check_company(digits: &[u8]) -> Result<(), Reason> {
    if digits.ends_with(b"000") {
        return Err(Reason::InvalidComponent);
    }
    mod11_zero(weighted_sum(digits, &COMPANY_WEIGHTS))
}

/// With the check digit weighted 1, a valid number's sum is a multiple of 11.
fn mod11_zero(sum: u32) -> Result<(), Reason> {
    if sum % 11 == 0 {
        Ok(())
    } else {
        Err(Reason::InvalidChecksum)
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn rucs() {
        // python-stdnum's ec.ruc doctests.
        let result = validate_tax_id(Some("EC"), "ec_ruc", "1792060346-001");
        assert_eq!(result.compact.as_deref(), Some("1792060346001"));
        let typo = validate_tax_id(None, "ec_ruc", "1763154690001");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "ec_ruc", "179206034601");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let province = validate_tax_id(None, "ec_ruc", "2592060346001");
        assert_eq!(province.reason, Some(Reason::InvalidComponent));
    }

    #[test]
    fn a_person_s_ruc_is_the_cedula_and_an_establishment() {
        // python-stdnum's ec.ci doctest 171430710-3, as establishment 001.
        assert!(validate_tax_id(None, "ec_ruc", "1714307103001").valid);
        let establishment = validate_tax_id(None, "ec_ruc", "1714307103000");
        assert_eq!(establishment.reason, Some(Reason::InvalidComponent));
    }
}
