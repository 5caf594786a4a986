//! Albania: the tax number (NIPT, also NUIS).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Albania's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "al_tin",
    country: "AL",
    description: "Albania Tax Identification Number",
    checksum: false,
    rule: "NIPT: a letter A to M (the decade it was issued), 8 digits and a check letter; the \
           check letter's algorithm is unpublished, so only the structure is checked",
    source: "python-stdnum al.nipt; Albanian tax administration (tatime.gov.al)",
    example: "J91402501L",
    validate: validate_tin,
    format: format_as_compact,
}];

/// A NIPT's length: letter, 8 digits, letter.
const NIPT_LEN: usize = 10;

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    // A NIPT starts with a letter, so the AL prefix is known by the extra length rather than
    // by a following digit.
    if number.len() > NIPT_LEN {
        number.strip_prefix("AL");
    }
    expect_shape(number.as_bytes(), &["A99999999A"])?;
    if !matches!(number.as_bytes().first(), Some(b'A'..=b'M')) {
        return Err(Reason::InvalidComponent);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nipt_numbers() {
        // python-stdnum's al.nipt doctests: AL J 91402501 L and K22218003V are valid.
        let result = validate_tax_id(Some("AL"), "al_tin", "AL J 91402501 L");
        assert_eq!(result.compact.as_deref(), Some("J91402501L"));
        assert!(validate_tax_id(None, "al_tin", "K22218003V").valid);
        let decade = validate_tax_id(None, "al_tin", "Z 22218003 V");
        assert_eq!(decade.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(None, "al_tin", "J 91402501");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let digit_last = validate_tax_id(None, "al_tin", "J914025011");
        assert_eq!(digit_last.reason, Some(Reason::InvalidFormat));
    }
}
