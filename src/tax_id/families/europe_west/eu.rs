//! The European Union: the VAT number of the One Stop Shop's non-Union scheme, which traders
//! from outside the EU use to declare VAT on services to EU consumers.

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// The EU's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_oss_vat",
    country: "EU",
    description: "European One Stop Shop VAT Number for non-Union scheme",
    checksum: false,
    rule: "EU + 9 digits: the ISO 3166 numeric code of the member state of identification \
           (or 900 for Northern Ireland), 5 digits and a check digit whose algorithm is not \
           published",
    source: "python-stdnum eu.oss; Council Directive 2002/38/EC; European Commission OSS portal",
    example: "EU372022452",
    validate: validate_oss,
    format: format_as_compact,
}];

/// The ISO 3166-1 numeric codes of the member states that may identify a trader, and 900
/// for Northern Ireland.
const MEMBER_STATE_CODES: [&[u8; 3]; 28] = [
    b"040", b"056", b"100", b"191", b"196", b"203", b"208", b"233", b"246", b"250", b"276", b"300",
    b"348", b"372", b"380", b"428", b"440", b"442", b"470", b"528", b"616", b"620", b"642", b"703",
    b"705", b"724", b"752", b"900",
];

fn validate_oss(mut number: Number) -> Result<Number, Reason> {
    number.strip_prefix("EU");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    let member_state = digits.first_chunk::<3>().ok_or(Reason::InvalidLength)?;
    if !MEMBER_STATE_CODES.contains(&member_state) {
        return Err(Reason::InvalidComponent);
    }
    number.with_prefix("EU")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn non_union_scheme_numbers() {
        // python-stdnum's eu.oss doctests.
        let result = validate_tax_id(None, "eu_oss_vat", "EU 372022452");
        assert_eq!(result.compact.as_deref(), Some("EU372022452"));
        assert!(validate_tax_id(Some("EU"), "eu_oss_vat", "372 022 452").valid);
        let member_state = validate_tax_id(None, "eu_oss_vat", "EU123010755");
        assert_eq!(member_state.reason, Some(Reason::InvalidComponent));
        let letter = validate_tax_id(None, "eu_oss_vat", "EU372A22452");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
        let long = validate_tax_id(None, "eu_oss_vat", "EU3720000224");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        // The import scheme's IOSS number is another identifier, not this type's.
        let import = validate_tax_id(None, "eu_oss_vat", "IM3720000224");
        assert_eq!(import.reason, Some(Reason::InvalidFormat));
    }
}
