//! Kenya: the Kenya Revenue Authority's personal identification number (PIN).

use super::structure::shaped;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Kenya's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ke_pin",
    country: "KE",
    description: "Kenya Revenue Authority Personal Identification Number",
    checksum: false,
    rule: "A (a person) or P (any other taxpayer), 9 digits and a letter; the letter's \
           algorithm is not published",
    source: "python-stdnum ke.pin; Kenya Revenue Authority",
    example: "P051365947M",
    validate: validate_pin,
    format: format_as_compact,
}];

/// The PIN's closing letter has no published algorithm, so only the kind letter is checked
/// beyond the structure.
fn validate_pin(number: Number) -> Result<Number, Reason> {
    let number = shaped(number, "KE", &["A999999999A"])?;
    match number.as_bytes().first() {
        Some(b'A' | b'P') => Ok(number),
        _ => Err(Reason::InvalidComponent),
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn pins_of_people_and_companies() {
        // python-stdnum's ke.pin doctests.
        assert!(validate_tax_id(Some("KE"), "ke_pin", "P051365947M").valid);
        let person = validate_tax_id(Some("KE"), "ke_pin", "a004416331m");
        assert_eq!(person.compact.as_deref(), Some("A004416331M"));
        let short = validate_tax_id(Some("KE"), "ke_pin", "12345");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let kind = validate_tax_id(Some("KE"), "ke_pin", "V1234567890");
        assert_eq!(kind.reason, Some(Reason::InvalidFormat));
        let other = validate_tax_id(Some("KE"), "ke_pin", "B051365947M");
        assert_eq!(other.reason, Some(Reason::InvalidComponent));
        let wrong_length = validate_tax_id(Some("KE"), "ke_pin", "P05136594M");
        assert_eq!(wrong_length.reason, Some(Reason::InvalidLength));
    }
}
