//! Indonesia: the taxpayer number (NPWP), in its old 15-digit form and its 16-digit form of
//! 2024 (a 0 before the old number, or a citizen's NIK).

use crate::tax_id::check_digits::{digit_value, luhn_valid};
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Indonesia's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "id_npwp",
    country: "ID",
    description: "Indonesian NPWP Number",
    checksum: true,
    rule: "15 digits whose first 9 pass the Luhn check (NN.NNN.NNN.N-NNN.NNN), the same with a \
           leading 0 (16 digits), or a 16-digit NIK: province code, regency, district, date of \
           birth DDMMYY (40 added to the day for women), serial",
    source: "python-stdnum id.npwp and id.nik; Direktorat Jenderal Pajak, PMK 112/2022 \
             (16-digit NPWP); Kemendagri province codes",
    example: "01.312.166.0-091.000",
    validate: validate_npwp,
    format: format_npwp,
}];

/// The length of the old NPWP (and of the new one without its leading 0).
const OLD_LEN: usize = 15;

/// Digits the Luhn check covers in the old NPWP: type, serial and check digit.
const LUHN_DIGITS: usize = 9;

/// The provinces a NIK can start with: Kemendagri's codes, Kalimantan Utara (65) and the
/// Papua provinces (91 to 96) included.
const PROVINCES: &[u8] = &[
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
    71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
];

fn validate_npwp(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("ID");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999999999", "9999999999999999"])?;
    let old_form = match digits.split_first() {
        Some((b'0', rest)) if rest.len() == OLD_LEN => rest,
        _ if digits.len() == OLD_LEN => digits,
        _ => return check_nik(digits).map(|()| number),
    };
    if !luhn_valid(old_form.get(..LUHN_DIGITS).unwrap_or_default()) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Checks the parts of a 16-digit NIK that can be impossible: its province and birth date.
fn check_nik(nik: &[u8]) -> Result<(), Reason> {
    let pair = |at: usize| -> u8 {
        let tens = nik.get(at).map_or(0, |&d| digit_value(d));
        let ones = nik.get(at + 1).map_or(0, |&d| digit_value(d));
        (tens * 10 + ones) as u8
    };
    if !PROVINCES.contains(&pair(0)) {
        return Err(Reason::InvalidComponent);
    }
    // Women's days have 40 added; python-stdnum reads the day modulo 40, and so does billkit.
    if !is_date(pair(10), pair(8), pair(6) % 40) {
        return Err(Reason::InvalidComponent);
    }
    Ok(())
}

/// Whether day `day` of month `month` exists in the year ending in `yy` of the 1900s or the
/// 2000s (29 February in any year divisible by 4, 2000 being a leap year).
fn is_date(yy: u8, month: u8, day: u8) -> bool {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if yy % 4 == 0 => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days_in_month).contains(&day)
}

/// `01.312.166.0-091.000` for the 15-digit form; the 16-digit forms are printed whole.
fn format_npwp(compact: &str) -> String {
    match (compact.len(), compact.split_at_checked(LUHN_DIGITS)) {
        (OLD_LEN, Some((taxpayer, office))) => format!(
            "{}-{}",
            format_with_cuts(taxpayer, &[2, 5, 8], "."),
            format_with_cuts(office, &[3], ".")
        ),
        _ => compact.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn old_and_new_npwp() {
        // python-stdnum's id.npwp doctest.
        let npwp = validate_tax_id(Some("ID"), "id_npwp", "01.312.166.0-091.000");
        assert_eq!(npwp.compact.as_deref(), Some("013121660091000"));
        assert_eq!(npwp.formatted.as_deref(), Some("01.312.166.0-091.000"));
        assert!(validate_tax_id(None, "id_npwp", "016090524017000").valid);
        assert!(validate_tax_id(None, "id_npwp", "0016090524017000").valid);
        let typo = validate_tax_id(None, "id_npwp", "01.312.166.1-091.000");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "id_npwp", "123456789");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn nik_as_npwp() {
        // python-stdnum's id.nik doctest: valid, then a bad province and a bad date.
        assert!(validate_tax_id(None, "id_npwp", "3171011708450001").valid);
        assert!(validate_tax_id(None, "id_npwp", "3171015708450001").valid);
        let province = validate_tax_id(None, "id_npwp", "9971011708450001");
        assert_eq!(province.reason, Some(Reason::InvalidComponent));
        let date = validate_tax_id(None, "id_npwp", "3171013002001234");
        assert_eq!(date.reason, Some(Reason::InvalidComponent));
        assert!(validate_tax_id(None, "id_npwp", "3171012902001234").valid);
        // Kalimantan Utara (65), which python-stdnum's table lacks.
        assert!(validate_tax_id(None, "id_npwp", "6501011708450001").valid);
    }
}
