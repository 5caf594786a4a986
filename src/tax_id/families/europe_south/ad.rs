//! Andorra: the NRT (número de registre tributari).

use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Andorra's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "ad_nrt",
    country: "AD",
    description: "Andorran NRT Number",
    checksum: false,
    rule: "a letter for the kind of holder (A, C, D, E, F, G, L, O, P or U), 6 digits and a \
           control letter; F numbers are at most 699999, A and L numbers 700000-799999; the \
           control letter's algorithm is not published",
    source: "python-stdnum ad.nrt; OECD, Andorra TIN sheet",
    example: "U-132950-X",
    validate: validate_nrt,
    format: format_nrt,
}];

/// The first letters: the kind of holder (F resident person, E non-resident person, A and L
/// companies, ...).
const HOLDER_LETTERS: &[u8] = b"ACDEFGLOPU";

/// An NRT written with its country code is 10 characters; the NRT itself starts with a
/// letter, so the digit test of `strip_country` cannot tell the code from the number.
fn validate_nrt(mut number: Number) -> Result<Number, Reason> {
    if number.len() == 10 {
        number.strip_prefix("AD");
    }
    let bytes = number.as_bytes();
    expect_shape(bytes, &["A999999A"])?;
    let (Some(&holder), Some(digits)) = (bytes.first(), bytes.get(1..7)) else {
        return Err(Reason::InvalidLength);
    };
    let in_range = match holder {
        b'F' => digits <= b"699999".as_slice(),
        b'A' | b'L' => (b"700000".as_slice()..=b"799999".as_slice()).contains(&digits),
        other => HOLDER_LETTERS.contains(&other),
    };
    if !in_range {
        return Err(Reason::InvalidComponent);
    }
    Ok(number)
}

/// `U-132950-X`: the holder letter, the digits, the control letter.
fn format_nrt(compact: &str) -> String {
    format_with_cuts(compact, &[1, 7], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nrt_in_its_printed_and_compact_forms() {
        // python-stdnum's ad.nrt doctests: U-132950-X and D059888N are valid, A123B is too
        // short, and I 706193 G has no such holder letter.
        let result = validate_tax_id(None, "ad_nrt", "U-132950-X");
        assert_eq!(result.compact.as_deref(), Some("U132950X"));
        assert_eq!(result.formatted.as_deref(), Some("U-132950-X"));
        let d = validate_tax_id(Some("AD"), "ad_nrt", "d059888n");
        assert_eq!(d.formatted.as_deref(), Some("D-059888-N"));
        assert!(validate_tax_id(None, "ad_nrt", "AD U-132950-X").valid);
        let short = validate_tax_id(None, "ad_nrt", "A123B");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let holder = validate_tax_id(None, "ad_nrt", "I 706193 G");
        assert_eq!(holder.reason, Some(Reason::InvalidComponent));
        let company_range = validate_tax_id(None, "ad_nrt", "A-123456-Z");
        assert_eq!(company_range.reason, Some(Reason::InvalidComponent));
    }
}
