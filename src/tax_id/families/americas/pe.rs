//! Peru: the RUC (Registro Único de Contribuyentes).

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Peru's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "pe_ruc",
    country: "PE",
    description: "Peruvian RUC Number",
    checksum: true,
    rule: "11 digits: a kind (10 people, 15 and 17 other people, 20 companies), 8 digits and \
           a MOD 11 check digit (weights 5,4,3,2,7,6,5,4,3,2)",
    source: "SUNAT; python-stdnum pe.ruc",
    example: "20512333797",
    validate: validate_ruc,
    format: format_as_compact,
}];

/// The kinds of RUC SUNAT issues, the number's first two digits.
const KINDS: [&[u8]; 4] = [b"10", b"15", b"17", b"20"];

/// MOD 11 weights of the first ten digits.
const WEIGHTS: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

fn validate_ruc(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("PE");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999999"])?;
    if !KINDS.iter().any(|kind| digits.starts_with(kind)) {
        return Err(Reason::InvalidComponent);
    }
    let (body, check) = digits.split_at_checked(10).ok_or(Reason::InvalidLength)?;
    let expected = (11 - weighted_sum(body, &WEIGHTS) % 11) % 10;
    if check.first().map(|&c| digit_value(c)) != Some(expected) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn rucs() {
        // python-stdnum's pe.ruc doctests.
        let result = validate_tax_id(Some("PE"), "pe_ruc", "20512333797");
        assert_eq!(result.compact.as_deref(), Some("20512333797"));
        assert!(validate_tax_id(None, "pe_ruc", "10054148289").valid);
        let typo = validate_tax_id(None, "pe_ruc", "20512333798");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "pe_ruc", "2051233379");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let kind = validate_tax_id(None, "pe_ruc", "30512333797");
        assert_eq!(kind.reason, Some(Reason::InvalidComponent));
    }
}
