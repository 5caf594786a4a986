//! Germany: the VAT number (USt-IdNr.) and the tax number (Steuernummer).

use crate::tax_id::check_digits::iso7064_mod_11_10_valid;
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// Germany's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "DE",
        description: "German VAT number (USt-IdNr.)",
        checksum: true,
        rule: "DE + 9 digits, the first not 0; the last is an ISO 7064 MOD 11,10 check digit",
        source: "python-stdnum de.vat; Bundeszentralamt für Steuern",
        example: "DE136695976",
        validate: validate_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "de_stn",
        country: "DE",
        description: "German Tax Number (Steuernummer)",
        checksum: false,
        rule: "10 or 11 digits (a Land's own layout), or 13 (the nationwide form: a Land code \
               10, 11, 21-24, 26-28, 30-32, 40 or 41, or 5 or 9 and three digits, then a 0); \
               the Länder's check digits are not verified",
        source: "python-stdnum de.stnr; ELSTER's nationwide Steuernummer layout",
        example: "181/815/08155",
        validate: validate_stn,
        format: format_stn,
    },
];

/// The two-digit Land codes that open a 13-digit Steuernummer; Bayern (9) and
/// Nordrhein-Westfalen (5) use one digit and keep three for the tax office.
const FEDERAL_LAND_CODES: [&[u8; 2]; 14] = [
    b"10", b"11", b"21", b"22", b"23", b"24", b"26", b"27", b"28", b"30", b"31", b"32", b"40",
    b"41",
];

fn validate_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "DE", national_vat)
}

fn national_vat(number: Number) -> Result<Number, Reason> {
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if digits.first() == Some(&b'0') {
        return Err(Reason::InvalidFormat);
    }
    if !iso7064_mod_11_10_valid(digits) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

fn validate_stn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("DE");
    let digits = number.as_bytes();
    expect_shape(digits, &["9999999999", "99999999999", "9999999999999"])?;
    if digits.len() == 13 && !has_federal_layout(digits) {
        return Err(Reason::InvalidComponent);
    }
    Ok(number)
}

/// Whether a 13-digit number starts with a Land code and has the 0 that the nationwide form
/// puts between the tax office and the district.
fn has_federal_layout(digits: &[u8]) -> bool {
    let land = match digits {
        [b'5' | b'9', ..] => true,
        [first, second, ..] => FEDERAL_LAND_CODES.contains(&&[*first, *second]),
        _ => false,
    };
    land && digits.get(4) == Some(&b'0')
}

/// `12/345/67890` for the 10-digit layout every Land that uses it shares; 11-digit numbers
/// are split differently in Nordrhein-Westfalen (`133/8150/8159`) than elsewhere
/// (`181/815/08155`), which the digits do not tell, so they and the nationwide form stay
/// compact.
fn format_stn(compact: &str) -> String {
    if compact.len() == 10 {
        format_with_cuts(compact, &[2, 5], "/")
    } else {
        compact.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn vat_numbers_with_and_without_prefix() {
        // python-stdnum's de.vat doctest: DE 136,695 976 is valid.
        let result = validate_tax_id(Some("DE"), "eu_vat", "DE 136,695 976");
        assert_eq!(result.compact.as_deref(), Some("DE136695976"));
        assert!(validate_tax_id(Some("de"), "eu_vat", "136695976").valid);
        assert!(validate_tax_id(None, "eu_vat", "de136695976").valid);
        let typo = validate_tax_id(Some("DE"), "eu_vat", "136695978");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let french = validate_tax_id(Some("DE"), "eu_vat", "FR40303265045");
        assert_eq!(french.reason, Some(Reason::CountryMismatch));
    }

    #[test]
    fn steuernummer_regional_and_nationwide() {
        // python-stdnum's de.stnr doctests (numbers found online).
        let bayern = validate_tax_id(None, "de_stn", " 181/815/0815 5");
        assert_eq!(bayern.compact.as_deref(), Some("18181508155"));
        let berlin = validate_tax_id(None, "de_stn", "21/815/08150");
        assert_eq!(berlin.formatted.as_deref(), Some("21/815/08150"));
        assert!(validate_tax_id(None, "de_stn", "133/8150/8159").valid);
        assert!(validate_tax_id(None, "de_stn", "5133081508159").valid);
        assert!(validate_tax_id(Some("DE"), "de_stn", "DE 2893081508152").valid);
        let short = validate_tax_id(None, "de_stn", "136695978");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let land = validate_tax_id(None, "de_stn", "4151181508156");
        assert_eq!(land.reason, Some(Reason::InvalidComponent));
        let no_land = validate_tax_id(None, "de_stn", "1251081508156");
        assert_eq!(no_land.reason, Some(Reason::InvalidComponent));
    }
}
