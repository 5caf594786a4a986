//! Georgia: the taxpayer's identification number, which is also its VAT number.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Georgia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ge_vat",
    country: "GE",
    description: "Georgian VAT",
    checksum: false,
    rule: "9 digits (organisations) or 11 digits (individuals' personal number); no check digit \
           is published, so only the structure is checked",
    source: "Revenue Service of Georgia (rs.ge); OECD TIN sheet for Georgia",
    example: "204854595",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("GE");
    expect_shape(number.as_bytes(), &["999999999", "99999999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn organisations_and_individuals() {
        // TBC Bank's identification code, as printed on its statements.
        let result = validate_tax_id(Some("GE"), "ge_vat", "GE 204 854 595");
        assert_eq!(result.compact.as_deref(), Some("204854595"));
        // The shape of an individual's 11-digit personal number (none is published).
        assert!(validate_tax_id(None, "ge_vat", "12345678901").valid);
        let ten = validate_tax_id(None, "ge_vat", "2048545951");
        assert_eq!(ten.reason, Some(Reason::InvalidLength));
    }
}
