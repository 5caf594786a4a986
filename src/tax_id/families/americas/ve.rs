//! Venezuela: the RIF (Registro de Información Fiscal).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Venezuela's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ve_rif",
    country: "VE",
    description: "Venezuelan RIF Number",
    checksum: true,
    rule: "a kind letter (V, E, J, P or G), 8 digits and a MOD 11 check digit over the kind's \
           value and the digits (weights 3,2,7,6,5,4,3,2), printed J-12345678-9",
    source: "SENIAT; python-stdnum ve.rif",
    example: "V-11470283-4",
    validate: validate_rif,
    format: format_rif,
}];

/// MOD 11 weights of the 8 digits after the kind letter.
const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];

fn validate_rif(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("VE");
    let chars = number.as_bytes();
    expect_shape(chars, &["A999999999"])?;
    let (&kind, digits) = chars.split_first().ok_or(Reason::InvalidLength)?;
    let kind_value = kind_value(kind).ok_or(Reason::InvalidComponent)?;
    let (&check, body) = digits.split_last().ok_or(Reason::InvalidLength)?;
    let expected = match (kind_value + weighted_sum(body, &WEIGHTS)) % 11 {
        0 | 1 => 0,
        remainder => 11 - remainder,
    };
    if digit_value(check) != expected {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// What the kind letter adds to the weighted sum: V Venezuelan, E foreign person, J company,
/// P passport, G government.
fn kind_value(kind: u8) -> Option<u32> {
    match kind {
        b'V' => Some(4),
        b'E' => Some(8),
        b'J' => Some(12),
        b'P' => Some(16),
        b'G' => Some(20),
        _ => None,
    }
}

fn format_rif(compact: &str) -> String {
    format_with_cuts(compact, &[1, 9], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn rifs() {
        // python-stdnum's ve.rif doctests.
        let result = validate_tax_id(Some("VE"), "ve_rif", "V-11470283-4");
        assert_eq!(result.compact.as_deref(), Some("V114702834"));
        assert_eq!(result.formatted.as_deref(), Some("V-11470283-4"));
        let typo = validate_tax_id(None, "ve_rif", "V-11470283-3");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "ve_rif", "V-1147028-4");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let kind = validate_tax_id(None, "ve_rif", "X-11470283-4");
        assert_eq!(kind.reason, Some(Reason::InvalidComponent));
    }
}
