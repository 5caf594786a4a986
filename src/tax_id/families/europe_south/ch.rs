//! Switzerland: the business identification number (UID) and the VAT number built on it.
//! Liechtenstein's businesses are in the same UID register, so `li.rs` uses the UID rule from
//! here.

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// The UID rule in a sentence, for the Swiss and the Liechtenstein UID.
pub(super) const UID_RULE: &str = "CHE + 9 digits (CHE may be left out; a trailing HR, RC or RI, \
    the mark of a commercial register entry, is dropped); the last is 11 minus the sum of the \
    first 8 weighted 5, 4, 3, 2, 7, 6, 5, 4, mod 11 (a 10 is never issued)";

/// The UID's source, for the Swiss and the Liechtenstein UID.
pub(super) const UID_SOURCE: &str =
    "python-stdnum ch.uid; Federal Statistical Office (BFS), UID ordinance (UIDV) art. 5";

/// Switzerland's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "ch_uid",
        country: "CH",
        description: "Switzerland UID Number",
        checksum: true,
        rule: UID_RULE,
        source: UID_SOURCE,
        example: "CHE-100.155.212",
        validate: validate_uid,
        format: format_uid,
    },
    TaxIdType {
        name: "ch_vat",
        country: "CH",
        description: "Switzerland VAT Number",
        checksum: true,
        rule: "the UID (CHE + 9 digits, the last a mod 11 check digit weighted 5, 4, 3, 2, 7, \
               6, 5, 4) followed by MWST, TVA, IVA or TPV, the abbreviation of VAT in one of \
               the national languages",
        source: "python-stdnum ch.vat; Federal Tax Administration (ESTV)",
        example: "CHE-107.787.577 IVA",
        validate: validate_vat,
        format: format_vat,
    },
];

/// The marks a UID carries on letterheads when the business is in the commercial register
/// (Handelsregister, registre du commerce, registro di commercio): not part of the number.
const REGISTER_MARKS: [&str; 3] = ["HR", "RC", "RI"];

/// VAT in German, French, Italian and Romansh: the suffix that makes a UID a VAT number.
const VAT_SUFFIXES: [&[u8]; 4] = [b"MWST", b"TVA", b"IVA", b"TPV"];

/// The UID as `CHE` + 9 digits, from a cleaned number written with or without `CHE` and with
/// or without a commercial register mark.
pub(super) fn validate_uid(mut number: Number) -> Result<Number, Reason> {
    for mark in REGISTER_MARKS {
        if number.strip_suffix(mark) {
            break;
        }
    }
    expect_shape(number.as_bytes(), &["CHE999999999", "999999999"])?;
    let number = if number.len() == 9 {
        number.with_prefix("CHE")?
    } else {
        number
    };
    check_uid_digits(number.as_bytes().get(3..).unwrap_or_default())?;
    Ok(number)
}

/// A UID followed by its VAT suffix, which is kept as given. The `CHE` is required, as
/// python-stdnum requires it: a Swiss VAT number is always written with it.
fn validate_vat(number: Number) -> Result<Number, Reason> {
    let bytes = number.as_bytes();
    let uid_len = bytes
        .iter()
        .rposition(u8::is_ascii_digit)
        .map_or(0, |i| i + 1);
    let (uid, suffix) = bytes.split_at_checked(uid_len).unwrap_or_default();
    expect_shape(uid, &["CHE999999999"])?;
    if !suffix.iter().all(u8::is_ascii_uppercase) {
        return Err(Reason::InvalidFormat);
    }
    if suffix.is_empty() {
        return Err(Reason::InvalidLength);
    }
    if !VAT_SUFFIXES.contains(&suffix) {
        return Err(Reason::InvalidComponent);
    }
    check_uid_digits(uid.get(3..).unwrap_or_default())?;
    Ok(number)
}

fn check_uid_digits(digits: &[u8]) -> Result<(), Reason> {
    let check = (11 - weighted_sum(digits, &[5, 4, 3, 2, 7, 6, 5, 4]) % 11) % 11;
    if digits.last().map(|&d| u32::from(d - b'0')) == Some(check) {
        Ok(())
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// `CHE-100.155.212`: the digits in threes after the prefix.
pub(super) fn format_uid(compact: &str) -> String {
    let (prefix, digits) = compact.split_at_checked(3).unwrap_or((compact, ""));
    format!("{prefix}-{}", format_with_cuts(digits, &[3, 6], "."))
}

/// `CHE-107.787.577 IVA`: the UID as printed, a space, the suffix.
fn format_vat(compact: &str) -> String {
    let (uid, suffix) = compact.split_at_checked(12).unwrap_or((compact, ""));
    format!("{} {suffix}", format_uid(uid))
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn uid_with_and_without_prefix() {
        // python-stdnum's ch.uid doctests: CHE-100.155.212 is valid, ...213 a typo.
        let result = validate_tax_id(Some("CH"), "ch_uid", "CHE-100.155.212");
        assert_eq!(result.compact.as_deref(), Some("CHE100155212"));
        assert_eq!(result.formatted.as_deref(), Some("CHE-100.155.212"));
        let bare = validate_tax_id(None, "ch_uid", "100.155.212");
        assert_eq!(bare.compact.as_deref(), Some("CHE100155212"));
        let typo = validate_tax_id(None, "ch_uid", "CHE-100.155.213");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "ch_uid", "CHE-100.155.21");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn uid_register_mark_is_dropped() {
        // The UID as printed on a letterhead of a business in the commercial register,
        // Stripe's ch_uid example's notation.
        let result = validate_tax_id(None, "ch_uid", "CHE-100.155.212 HR");
        assert_eq!(result.compact.as_deref(), Some("CHE100155212"));
        assert!(validate_tax_id(None, "ch_uid", "CHE-100.155.212 RC").valid);
        let vat = validate_tax_id(None, "ch_uid", "CHE-100.155.212 MWST");
        assert_eq!(vat.reason, Some(Reason::InvalidFormat));
    }

    #[test]
    fn vat_number_keeps_its_suffix() {
        // python-stdnum's ch.vat doctests: CHE-107.787.577 IVA is valid, ...578 a typo.
        let result = validate_tax_id(None, "ch_vat", "CHE-107.787.577 IVA");
        assert_eq!(result.compact.as_deref(), Some("CHE107787577IVA"));
        assert_eq!(result.formatted.as_deref(), Some("CHE-107.787.577 IVA"));
        let mwst = validate_tax_id(Some("CH"), "ch_vat", "che107787577mwst");
        assert_eq!(mwst.formatted.as_deref(), Some("CHE-107.787.577 MWST"));
        let typo = validate_tax_id(None, "ch_vat", "CHE-107.787.578 IVA");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let no_suffix = validate_tax_id(None, "ch_vat", "CHE-107.787.577");
        assert_eq!(no_suffix.reason, Some(Reason::InvalidLength));
        let unknown = validate_tax_id(None, "ch_vat", "CHE-107.787.577 VAT");
        assert_eq!(unknown.reason, Some(Reason::InvalidComponent));
    }
}
