//! Angola: the tax identification number (NIF).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Angola's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ao_tin",
    country: "AO",
    description: "Angola Tax Identification Number",
    checksum: false,
    rule: "10 digits (companies), or 9 digits, 2 letters and 3 digits (a person's identity card \
           number, which serves as the NIF); no published check digit",
    source: "Stripe's tax ID docs (example); stdnum-js AO.nif (the two formats)",
    example: "5123456789",
    validate: validate_tin,
    format: format_as_compact,
}];

/// A company's NIF is issued by the tax office; a person's NIF is the number of the identity
/// card (bilhete de identidade), which has two letters for the issuing province.
fn validate_tin(number: Number) -> Result<Number, Reason> {
    shaped(number, "AO", &["9999999999", "999999999AA999"])
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn company_and_person_numbers() {
        // Stripe's example; the NIF has no published check digit.
        assert!(validate_tax_id(Some("AO"), "ao_tin", "5123456789").valid);
        let person = validate_tax_id(Some("AO"), "ao_tin", "004563418LA042");
        assert_eq!(person.compact.as_deref(), Some("004563418LA042"));
        let short = validate_tax_id(Some("AO"), "ao_tin", "512345678");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let misplaced = validate_tax_id(Some("AO"), "ao_tin", "0045634181A042");
        assert_eq!(misplaced.reason, Some(Reason::InvalidFormat));
    }
}
