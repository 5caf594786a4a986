//! Austria: the VAT number (UID, Umsatzsteuer-Identifikationsnummer).

use crate::tax_id::check_digits::{digit_value, luhn_checksum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Austria's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "AT",
    description: "Austrian VAT number (UID)",
    checksum: true,
    rule: "ATU + 8 digits; the last is a check digit: 6 minus the Luhn checksum of the 7 \
           digits before it, mod 10",
    source: "python-stdnum at.uid; Bundesministerium für Finanzen",
    example: "ATU13585627",
    validate: validate_vat,
    format: format_as_compact,
}];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "AT", national_vat)
}

/// The national part is the letter U and 8 digits; the U is part of it, not of the prefix.
fn national_vat(number: Number) -> Result<Number, Reason> {
    let bytes = number.as_bytes();
    expect_shape(bytes, &["U99999999"])?;
    let digits = bytes.get(1..).unwrap_or_default();
    let Some((&check, body)) = digits.split_last() else {
        return Err(Reason::InvalidLength);
    };
    // The Luhn checksum is below 10, so adding 10 keeps the subtraction from going negative.
    if digit_value(check) != (16 - luhn_checksum(body)) % 10 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's at.uid doctest: AT U13585627 is valid, U13585626 a typo.
        let result = validate_tax_id(Some("AT"), "eu_vat", "AT U13585627");
        assert_eq!(result.compact.as_deref(), Some("ATU13585627"));
        assert!(validate_tax_id(Some("AT"), "eu_vat", "U13585627").valid);
        assert!(validate_tax_id(None, "eu_vat", "ATU 142 43 102").valid);
        let typo = validate_tax_id(Some("AT"), "eu_vat", "U13585626");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(Some("AT"), "eu_vat", "ATU 151592092");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let no_u = validate_tax_id(Some("AT"), "eu_vat", "AT1 142 43 102");
        assert_eq!(no_u.reason, Some(Reason::InvalidFormat));
    }
}
