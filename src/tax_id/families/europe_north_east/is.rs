//! Iceland: the kennitala, the identity number of persons and organisations, and the VAT
//! number (VSK-númer).

use super::date::{is_real_date, two_digits};
use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Iceland's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "is_kt",
        country: "IS",
        description: "Icelandic identity number (kennitala)",
        checksum: true,
        rule: "10 digits, printed DDMMYY-NNCX: a real date (day +40 for organisations), two \
               digits, a check digit making the first 9 weighted 3,2,7,6,5,4,3,2,1 a multiple \
               of 11, and the century (9 for the 1900s, 0 for the 2000s)",
        source: "python-stdnum is_.kennitala; Þjóðskrá Íslands",
        example: "450401-3150",
        validate: validate_kennitala,
        format: format_kennitala,
    },
    TaxIdType {
        name: "is_vat",
        country: "IS",
        description: "Icelandic VAT",
        checksum: false,
        rule: "5 or 6 digits (no check digit)",
        source: "python-stdnum is_.vsk; Skatturinn",
        example: "00621",
        validate: validate_vat,
        format: format_as_compact,
    },
];

fn validate_kennitala(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("IS");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999"])?;
    let century = match digits.last() {
        Some(b'9') => 1900,
        Some(b'0') => 2000,
        _ => return Err(Reason::InvalidComponent),
    };
    // Organisations' numbers carry their registration date with 40 added to the day.
    let day = match two_digits(digits, 0) {
        day @ 40.. => day - 40,
        day => day,
    };
    if !is_real_date(century + two_digits(digits, 4), two_digits(digits, 2), day) {
        return Err(Reason::InvalidComponent);
    }
    if weighted_sum(digits, &[3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 != 0 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn format_kennitala(compact: &str) -> String {
    format_with_cuts(compact, &[6], "-")
}

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("IS");
    expect_shape(number.as_bytes(), &["99999", "999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn kennitala_of_organisations_and_persons() {
        // python-stdnum's is_.kennitala doctests.
        let organisation = validate_tax_id(None, "is_kt", "450401-3150");
        assert_eq!(organisation.compact.as_deref(), Some("4504013150"));
        assert_eq!(organisation.formatted.as_deref(), Some("450401-3150"));
        assert!(validate_tax_id(None, "is_kt", "120174-3399").valid);
        let typo = validate_tax_id(None, "is_kt", "530575-0299");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let date = validate_tax_id(None, "is_kt", "320174-3399");
        assert_eq!(date.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(None, "is_kt", "120174-339");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn vat_numbers() {
        // python-stdnum's is_.vsk doctests.
        let result = validate_tax_id(None, "is_vat", "IS 00621");
        assert_eq!(result.compact.as_deref(), Some("00621"));
        let long = validate_tax_id(None, "is_vat", "IS 0062199");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
    }
}
