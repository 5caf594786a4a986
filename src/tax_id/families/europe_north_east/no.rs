//! Norway: the VAT number (MVA-nummer), the organisation number with `MVA` after it, and the
//! VOEC number of foreign sellers in the simplified VAT on e-commerce scheme.

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Norway's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "no_vat",
        country: "NO",
        description: "Norwegian VAT Number",
        checksum: true,
        rule: "the 9-digit organisation number (weights 3,2,7,6,5,4,3,2,1 sum to a multiple \
               of 11) and MVA, which is added when missing",
        source: "python-stdnum no.mva, no.orgnr; Brønnøysundregistrene",
        example: "NO 995 525 828 MVA",
        validate: validate_vat,
        format: format_vat,
    },
    TaxIdType {
        name: "no_voec",
        country: "NO",
        description: "Norwegian VAT on e-commerce Number",
        checksum: false,
        rule: "7 digits, optionally after VOEC (no check digit is published)",
        source: "Skatteetaten's VOEC register; Stripe's example 1234567",
        example: "1234567",
        validate: validate_voec,
        format: format_as_compact,
    },
];

/// The suffix of every Norwegian VAT number.
const MVA: &[u8] = b"MVA";

fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("NO");
    number.strip_suffix("MVA");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if weighted_sum(digits, &[3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 != 0 {
        return Err(Reason::InvalidChecksum);
    }
    let mut compact = [0; 12];
    for (slot, &byte) in compact.iter_mut().zip(digits.iter().chain(MVA)) {
        *slot = byte;
    }
    Number::from_clean(&compact)
}

/// `NO 995 525 828 MVA`, as the Brønnøysund registers print it.
fn format_vat(compact: &str) -> String {
    format!("NO {}", format_with_cuts(compact, &[3, 6, 9], " "))
}

fn validate_voec(mut number: Number) -> Result<Number, Reason> {
    if !number.strip_prefix("VOEC") {
        number.strip_country("NO");
    }
    expect_shape(number.as_bytes(), &["9999999"])?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_get_their_mva() {
        // python-stdnum's no.mva and no.orgnr doctests.
        let result = validate_tax_id(None, "no_vat", "NO 995 525 828 MVA");
        assert_eq!(result.compact.as_deref(), Some("995525828MVA"));
        assert_eq!(result.formatted.as_deref(), Some("NO 995 525 828 MVA"));
        let bare = validate_tax_id(None, "no_vat", "988 077 917");
        assert_eq!(bare.compact.as_deref(), Some("988077917MVA"));
        let typo = validate_tax_id(None, "no_vat", "NO 995 525 829 MVA");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "no_vat", "99552582MVA");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let suffix = validate_tax_id(None, "no_vat", "995525828MVB");
        assert_eq!(suffix.reason, Some(Reason::InvalidFormat));
    }

    #[test]
    fn voec_numbers() {
        // Stripe's example, with the VOEC the number is often printed after.
        let result = validate_tax_id(None, "no_voec", "VOEC 1234567");
        assert_eq!(result.compact.as_deref(), Some("1234567"));
        assert!(validate_tax_id(None, "no_voec", "NO 1234567").valid);
        let long = validate_tax_id(None, "no_voec", "12345678");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "no_voec", "123456A");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }
}
