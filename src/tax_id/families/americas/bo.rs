//! Bolivia: the NIT (Número de Identificación Tributaria).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Bolivia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "bo_tin",
    country: "BO",
    description: "Bolivian Tax ID",
    checksum: false,
    rule: "7 to 12 digits (a person's identity card number and three control digits, or a \
           company's number); the control digits' algorithm is not published",
    source: "Servicio de Impuestos Nacionales (SIN) technical annex, NIT up to 12 digits; \
             Stripe's example",
    example: "123456789",
    validate: validate_nit,
    format: format_as_compact,
}];

/// Every length from 7 to 12 digits.
const SHAPES: [&str; 6] = [
    "9999999",
    "99999999",
    "999999999",
    "9999999999",
    "99999999999",
    "999999999999",
];

fn validate_nit(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("BO");
    expect_shape(number.as_bytes(), &SHAPES)?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nits() {
        // Stripe's example, and the longest the SIN's technical annex allows.
        assert!(validate_tax_id(Some("BO"), "bo_tin", "123456789").valid);
        assert!(validate_tax_id(None, "bo_tin", "123456789012").valid);
        let short = validate_tax_id(None, "bo_tin", "123456");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "bo_tin", "12345678A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
