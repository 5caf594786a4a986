//! The Netherlands: the VAT number (btw-identificatienummer).

use crate::tax_id::check_digits::{digit_value, iso7064_mod_97_10, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// The Netherlands' types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "eu_vat",
    country: "NL",
    description: "Dutch VAT number (btw-identificatienummer)",
    checksum: true,
    rule: "NL + 9 digits (leading zeros may be left out) + B + 2 digits, not 00; either the 9 \
           digits pass the 11-proof (weights 9 to 2, minus the last) or NL and the whole \
           number pass ISO 7064 MOD 97-10",
    source: "python-stdnum nl.btw; Belastingdienst",
    example: "NL004495445B01",
    validate: validate_vat,
    format: format_as_compact,
}];

/// The weights of the 11-proof on the first 8 of the 9 digits; the ninth counts -1.
const ELEVEN_PROOF_WEIGHTS: [u32; 8] = [9, 8, 7, 6, 5, 4, 3, 2];

/// The digits before the B: an RSIN, a BSN (until 2020) or a number of its own.
const HEAD_LEN: usize = 9;

/// The 2-digit sequence number of the taxable entity, after the B.
const SEQUENCE_LEN: usize = 2;

/// The compact national number: the 9 digits, B and the sequence number.
const COMPACT_LEN: usize = HEAD_LEN + 1 + SEQUENCE_LEN;

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "NL", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let mut parts = number.as_bytes().split(|&b| b == b'B');
    let (Some(head), Some(sequence), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(Reason::InvalidFormat);
    };
    if !head.iter().chain(sequence).all(u8::is_ascii_digit) {
        return Err(Reason::InvalidFormat);
    }
    if head.len() > HEAD_LEN || sequence.len() != SEQUENCE_LEN {
        return Err(Reason::InvalidLength);
    }
    let compact = zero_padded(head, sequence);
    let digits = compact
        .first_chunk::<HEAD_LEN>()
        .ok_or(Reason::InvalidLength)?;
    if all_zero(digits) || all_zero(sequence) {
        return Err(Reason::InvalidFormat);
    }
    if !passes_eleven_proof(digits) && !passes_mod_97(&compact) {
        return Err(Reason::InvalidChecksum);
    }
    Number::from_clean(&compact)
}

/// People write the number with the RSIN's or BSN's leading zeros left out.
fn zero_padded(head: &[u8], sequence: &[u8]) -> [u8; COMPACT_LEN] {
    let mut compact = [b'0'; COMPACT_LEN];
    let start = HEAD_LEN - head.len();
    let given = head.iter().chain(b"B").chain(sequence);
    for (slot, &byte) in compact.iter_mut().skip(start).zip(given) {
        *slot = byte;
    }
    compact
}

fn all_zero(digits: &[u8]) -> bool {
    digits.iter().all(|&d| d == b'0')
}

/// The RSIN's and BSN's check: the numbers issued until 2020 all pass it.
fn passes_eleven_proof(digits: &[u8]) -> bool {
    let Some((&last, body)) = digits.split_last() else {
        return false;
    };
    weighted_sum(body, &ELEVEN_PROOF_WEIGHTS) % 11 == digit_value(last)
}

/// Sole proprietors' numbers since 2020 no longer contain the BSN; they pass ISO 7064
/// MOD 97-10 over the whole number with its NL prefix instead.
fn passes_mod_97(compact: &[u8; COMPACT_LEN]) -> bool {
    let mut with_prefix = [0; COMPACT_LEN + 2];
    for (slot, &byte) in with_prefix.iter_mut().zip(b"NL".iter().chain(compact)) {
        *slot = byte;
    }
    iso7064_mod_97_10(&with_prefix) == 1
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_of_both_kinds() {
        // python-stdnum's nl.btw doctests.
        let result = validate_tax_id(Some("NL"), "eu_vat", "004495445B01");
        assert_eq!(result.compact.as_deref(), Some("NL004495445B01"));
        let short = validate_tax_id(Some("NL"), "eu_vat", "NL4495445B01");
        assert_eq!(short.compact.as_deref(), Some("NL004495445B01"));
        // Issued since 2020: MOD 97-10, not the 11-proof.
        assert!(validate_tax_id(None, "eu_vat", "NL002455799B11").valid);
        let typo = validate_tax_id(Some("NL"), "eu_vat", "123456789B90");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(Some("NL"), "eu_vat", "NL006866304B021");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let two_bs = validate_tax_id(Some("NL"), "eu_vat", "NL B06753742B01");
        assert_eq!(two_bs.reason, Some(Reason::InvalidFormat));
        let no_b = validate_tax_id(Some("NL"), "eu_vat", "NL 001241643801");
        assert_eq!(no_b.reason, Some(Reason::InvalidFormat));
        let sequence_00 = validate_tax_id(Some("NL"), "eu_vat", "NL 009122746B00");
        assert_eq!(sequence_00.reason, Some(Reason::InvalidFormat));
    }
}
