//! Chile: the RUT (Rol Único Tributario).

use crate::tax_id::check_digits::digit_value;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::printed::format_thousands_then_check;

/// Chile's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "cl_tin",
    country: "CL",
    description: "Chilean TIN",
    checksum: true,
    rule: "7 or 8 digits and a MOD 11 check character (weights 2 to 7 from the right, 10 \
           written K), printed 12.345.678-5",
    source: "Servicio de Impuestos Internos; python-stdnum cl.rut",
    example: "76.086.428-5",
    validate: validate_rut,
    format: format_thousands_then_check,
}];

fn validate_rut(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CL");
    let chars = number.as_bytes();
    expect_shape(chars, &["9999999X", "99999999X"])?;
    let (body, check) = chars
        .split_at_checked(chars.len().saturating_sub(1))
        .ok_or(Reason::InvalidLength)?;
    let expected = check_character(body);
    match check.first() {
        Some(&c) if c == expected => Ok(number),
        Some(c) if c.is_ascii_digit() || *c == b'K' => Err(Reason::InvalidChecksum),
        _ => Err(Reason::InvalidFormat),
    }
}

/// 11 minus the remainder of the digits weighted 2, 3, ... 7, 2, ... from the right; 11 is
/// written 0 and 10 K.
fn check_character(body: &[u8]) -> u8 {
    let sum: u32 = body
        .iter()
        .rev()
        .zip([2, 3, 4, 5, 6, 7].iter().cycle())
        .map(|(&d, &w)| digit_value(d) * w)
        .sum();
    match 11 - sum % 11 {
        11 => b'0',
        10 => b'K',
        digit => b"0123456789".get(digit as usize).copied().unwrap_or(b'0'),
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn ruts() {
        // python-stdnum's cl.rut doctests.
        let result = validate_tax_id(Some("CL"), "cl_tin", "76086428-5");
        assert_eq!(result.compact.as_deref(), Some("760864285"));
        assert_eq!(result.formatted.as_deref(), Some("76.086.428-5"));
        let prefixed = validate_tax_id(None, "cl_tin", "CL 12531909-2");
        assert_eq!(prefixed.formatted.as_deref(), Some("12.531.909-2"));
        let typo = validate_tax_id(None, "cl_tin", "12531909-3");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let letter = validate_tax_id(None, "cl_tin", "76086A28-5");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
        let short = validate_tax_id(None, "cl_tin", "608642-8");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
