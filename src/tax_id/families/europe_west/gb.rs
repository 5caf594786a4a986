//! The United Kingdom: the VAT registration number, as `gb_vat` and, with Northern Ireland's
//! `XI` prefix under the Windsor Framework, as an EU VAT number. Both are the same number
//! and share one check.

use super::decimal::decimal_value;
use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{eu_vat, Number, Reason, TaxIdType};

/// The United Kingdom's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "eu_vat",
        country: "GB",
        description: "Northern Ireland VAT Number",
        checksum: true,
        rule: RULE,
        source: "python-stdnum gb.vat (which also reads XI); HM Revenue & Customs",
        example: "XI980780684",
        validate: validate_northern_ireland_vat,
        format: format_as_compact,
    },
    TaxIdType {
        name: "gb_vat",
        country: "GB",
        description: "United Kingdom VAT Number",
        checksum: true,
        rule: RULE,
        source: "python-stdnum gb.vat; HM Revenue & Customs",
        example: "GB 980 7806 84",
        validate: validate_vat,
        format: format_vat,
    },
];

/// The rule both types check, after their prefix (GB, or XI for Northern Ireland).
const RULE: &str = "prefix + 9 digits, or 12 (a 3-digit branch after the 9), or GD + 3 \
                    digits below 500 (government departments), or HA + 3 digits from 500 \
                    (health authorities); the 9 digits weighted 8 to 2, 10 and 1 are 0, 42 or \
                    55 mod 97 (only 0 for numbers starting below 100)";

/// The weights of the 9 digits; the last two together are the check number.
const WEIGHTS: [u32; 9] = [8, 7, 6, 5, 4, 3, 2, 10, 1];

/// The remainders a valid 9-digit number leaves: 0 for the original series, 42 and 55 for
/// the series HMRC issues since, which never start below 100.
const REMAINDERS: [u32; 3] = [0, 42, 55];

/// Numbers for government departments (GD) run below this, for health authorities (HA)
/// from it.
const HEALTH_AUTHORITY_START: u64 = 500;

fn validate_northern_ireland_vat(number: Number) -> Result<Number, Reason> {
    eu_vat::validate(number, "XI", national_vat)
}

/// A GB number, with or without its prefix. An XI number is the same registration, so it is
/// accepted too, as python-stdnum does, and comes back as GB.
fn validate_vat(mut number: Number) -> Result<Number, Reason> {
    if !number.strip_prefix("GB") {
        number.strip_prefix("XI");
    }
    national_vat(number)?.with_prefix("GB")
}

/// The number without prefix: the part both types share.
fn national_vat(number: Number) -> Result<Number, Reason> {
    let bytes = number.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_uppercase) {
        government_or_health(bytes)?;
    } else {
        standard(bytes)?;
    }
    Ok(number)
}

/// 9 digits, or 12 where the last 3 are a branch the check does not cover.
fn standard(digits: &[u8]) -> Result<(), Reason> {
    expect_shape(digits, &["999999999", "999999999999"])?;
    let nine = digits.get(..9).unwrap_or_default();
    let remainder = weighted_sum(nine, &WEIGHTS) % 97;
    let series_start = decimal_value(nine.get(..3).unwrap_or_default());
    let valid = if series_start >= 100 {
        REMAINDERS.contains(&remainder)
    } else {
        remainder == 0
    };
    if valid {
        Ok(())
    } else {
        Err(Reason::InvalidChecksum)
    }
}

/// GD or HA and 3 digits, or the form used in EU exchanges, GD8888 or HA8888, the 3 digits
/// and those mod 97.
fn government_or_health(bytes: &[u8]) -> Result<(), Reason> {
    expect_shape(bytes, &["AA999", "AA888899999"])?;
    let (kind, rest) = bytes.split_at_checked(2).ok_or(Reason::InvalidLength)?;
    let (digits, check) = match rest.strip_prefix(b"8888") {
        Some(eu_form) => eu_form.split_at_checked(3).ok_or(Reason::InvalidLength)?,
        None => (rest, &[][..]),
    };
    let value = decimal_value(digits);
    let fits_kind = match kind {
        b"GD" => value < HEALTH_AUTHORITY_START,
        b"HA" => value >= HEALTH_AUTHORITY_START,
        _ => false,
    };
    if !fits_kind {
        return Err(Reason::InvalidComponent);
    }
    if !check.is_empty() && decimal_value(check) != value % 97 {
        return Err(Reason::InvalidChecksum);
    }
    Ok(())
}

/// `GB 980 7806 84`, with a branch `GB 242 3380 87 388`; GD and HA numbers are printed
/// compact.
fn format_vat(compact: &str) -> String {
    match compact.len() {
        11 => format_with_cuts(compact, &[2, 5, 9], " "),
        14 => format_with_cuts(compact, &[2, 5, 9, 11], " "),
        _ => compact.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn gb_vat_numbers() {
        // python-stdnum's gb.vat doctests.
        let result = validate_tax_id(Some("GB"), "gb_vat", "GB 980 7806 84");
        assert_eq!(result.compact.as_deref(), Some("GB980780684"));
        assert_eq!(result.formatted.as_deref(), Some("GB 980 7806 84"));
        let branch = validate_tax_id(None, "gb_vat", "242338087388");
        assert_eq!(branch.formatted.as_deref(), Some("GB 242 3380 87 388"));
        assert!(validate_tax_id(None, "gb_vat", "100190874").valid);
        assert!(validate_tax_id(None, "gb_vat", "GB 002 4257 28").valid);
        let typo = validate_tax_id(None, "gb_vat", "802311781");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let low_series = validate_tax_id(None, "gb_vat", "001234567");
        assert_eq!(low_series.reason, Some(Reason::InvalidChecksum));
        let long = validate_tax_id(None, "gb_vat", "9807806842");
        assert_eq!(long.reason, Some(Reason::InvalidLength));
        let letter = validate_tax_id(None, "gb_vat", "9807806B4");
        assert_eq!(letter.reason, Some(Reason::InvalidFormat));
    }

    #[test]
    fn government_departments_and_health_authorities() {
        // python-stdnum's gb.vat doctests.
        let department = validate_tax_id(None, "gb_vat", "GD100");
        assert_eq!(department.compact.as_deref(), Some("GBGD100"));
        assert_eq!(department.formatted.as_deref(), Some("GBGD100"));
        assert!(validate_tax_id(None, "gb_vat", "HA501").valid);
        assert!(validate_tax_id(None, "gb_vat", "GD888810003").valid);
        assert!(validate_tax_id(None, "gb_vat", "HA888856782").valid);
        for (value, reason) in [
            ("ZZ100", Reason::InvalidComponent),
            ("GD600", Reason::InvalidComponent),
            ("HA201", Reason::InvalidComponent),
            ("GD888860018", Reason::InvalidComponent),
            ("HA888856700", Reason::InvalidChecksum),
            ("GD8888567B2", Reason::InvalidFormat),
        ] {
            assert_eq!(
                validate_tax_id(None, "gb_vat", value).reason,
                Some(reason),
                "{value}"
            );
        }
    }

    #[test]
    fn northern_ireland_numbers_share_the_check() {
        let result = validate_tax_id(Some("XI"), "eu_vat", "XI 980 7806 84");
        assert_eq!(result.compact.as_deref(), Some("XI980780684"));
        assert_eq!(&*result.country, "GB");
        assert!(validate_tax_id(Some("GB"), "eu_vat", "980780684").valid);
        assert!(validate_tax_id(None, "eu_vat", "XIGD100").valid);
        let typo = validate_tax_id(None, "eu_vat", "XI802311781");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let as_gb_vat = validate_tax_id(None, "gb_vat", "XI980780684");
        assert_eq!(as_gb_vat.compact.as_deref(), Some("GB980780684"));
    }
}
