//! Trinidad and Tobago: the Board of Inland Revenue (BIR) file number and the VAT
//! registration number, whose formats billkit could not verify from an official source.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Trinidad and Tobago's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "tt_bir",
        country: "TT",
        description: "Trinidad and Tobago BIR Number",
        checksum: false,
        rule: "5 to 20 digits and letters, at least one a digit: a permissive pattern, as the \
               format is not published",
        source: "Stripe's tax ID list (type only; no format verified)",
        example: "123456789",
        validate: validate_unverified,
        format: format_as_compact,
    },
    TaxIdType {
        name: "tt_vat",
        country: "TT",
        description: "Trinidad and Tobago VAT Number",
        checksum: false,
        rule: "5 to 20 digits and letters, at least one a digit: a permissive pattern, as the \
               format is not published",
        source: "Stripe's tax ID list (type only; no format verified)",
        example: "123456",
        validate: validate_unverified,
        format: format_as_compact,
    },
];

/// The fewest characters accepted.
const MIN_LEN: usize = 5;
/// The most characters accepted.
const MAX_LEN: usize = 20;

/// Accepts what any tax number could look like, so no real number is refused.
fn validate_unverified(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("TT");
    let chars = number.as_bytes();
    if !chars.iter().all(u8::is_ascii_alphanumeric) {
        return Err(Reason::InvalidFormat);
    }
    if !(MIN_LEN..=MAX_LEN).contains(&chars.len()) {
        return Err(Reason::InvalidLength);
    }
    if !chars.iter().any(u8::is_ascii_digit) {
        return Err(Reason::InvalidFormat);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn permissive_numbers() {
        assert!(validate_tax_id(Some("TT"), "tt_bir", "123456789").valid);
        let vat = validate_tax_id(None, "tt_vat", "TT 123-456");
        assert_eq!(vat.compact.as_deref(), Some("123456"));
        let short = validate_tax_id(None, "tt_vat", "1234");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let words = validate_tax_id(None, "tt_bir", "NUMBER");
        assert_eq!(words.reason, Some(Reason::InvalidFormat));
        let plus = validate_tax_id(None, "tt_bir", "12345+6");
        assert_eq!(plus.reason, Some(Reason::InvalidFormat));
    }
}
