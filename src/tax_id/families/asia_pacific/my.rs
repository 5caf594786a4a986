//! Malaysia: the income tax number (ITN), the Sales and Service Tax (SST) registration
//! number, and the FRP number.

use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Malaysia's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "my_frp",
        country: "MY",
        description: "Malaysian FRP Number",
        checksum: false,
        rule: "8 digits; no check digit is published",
        source: "Stripe's tax ID documentation (example 12345678)",
        example: "12345678",
        validate: validate_frp,
        format: format_as_compact,
    },
    TaxIdType {
        name: "my_itn",
        country: "MY",
        description: "Malaysian ITN",
        checksum: false,
        rule: "a file type prefix of 1 or 2 letters (C, D, IG, SG, OG, ...) then 8 to 12 \
               digits; no check digit is published, so the digit count is deliberately \
               permissive",
        source: "Lembaga Hasil Dalam Negeri, income tax number prefixes; Stripe's tax ID \
                 documentation (example C 1234567890)",
        example: "C 1234567890",
        validate: validate_itn,
        format: format_itn,
    },
    TaxIdType {
        name: "my_sst",
        country: "MY",
        description: "Malaysian SST Number",
        checksum: false,
        rule: "a letter then 14 digits, printed A12-3456-78912345; no check digit is published",
        source: "Royal Malaysian Customs Department, SST registration number; Stripe's tax ID \
                 documentation (example A12-3456-78912345)",
        example: "A12-3456-78912345",
        validate: validate_sst,
        format: format_sst,
    },
];

/// The most letters an ITN's file type prefix has (`IG`, `SG`, `OG`).
const MAX_ITN_LETTERS: usize = 2;

fn validate_frp(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("MY");
    expect_shape(number.as_bytes(), &["99999999"])?;
    Ok(number)
}

fn validate_itn(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("MY");
    let (letters, digits) = split_itn(number.as_bytes());
    if !(1..=MAX_ITN_LETTERS).contains(&letters.len()) || !digits.iter().all(u8::is_ascii_digit) {
        return Err(Reason::InvalidFormat);
    }
    if !(8..=12).contains(&digits.len()) {
        return Err(Reason::InvalidLength);
    }
    Ok(number)
}

/// The ITN's letter prefix and what follows it.
fn split_itn(itn: &[u8]) -> (&[u8], &[u8]) {
    let letters = itn.iter().take_while(|b| b.is_ascii_uppercase()).count();
    itn.split_at_checked(letters).unwrap_or((itn, &[]))
}

/// `C 1234567890`: the prefix set off by a space, as Stripe shows it.
fn format_itn(compact: &str) -> String {
    let (letters, _) = split_itn(compact.as_bytes());
    format_with_cuts(compact, &[letters.len()], " ")
}

fn validate_sst(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("MY");
    expect_shape(number.as_bytes(), &["A99999999999999"])?;
    Ok(number)
}

/// `A12-3456-78912345`, as Stripe and the customs department print SST numbers.
fn format_sst(compact: &str) -> String {
    format_with_cuts(compact, &[3, 7], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn frp_numbers() {
        assert!(validate_tax_id(Some("MY"), "my_frp", "12345678").valid);
        let short = validate_tax_id(None, "my_frp", "1234567");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn income_tax_numbers() {
        let itn = validate_tax_id(None, "my_itn", "c 1234567890");
        assert_eq!(itn.compact.as_deref(), Some("C1234567890"));
        assert_eq!(itn.formatted.as_deref(), Some("C 1234567890"));
        assert!(validate_tax_id(None, "my_itn", "IG 11500200010").valid);
        let bare = validate_tax_id(None, "my_itn", "1234567890");
        assert_eq!(bare.reason, Some(Reason::InvalidFormat));
        let short = validate_tax_id(None, "my_itn", "C 1234567");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let prefix_only = validate_tax_id(None, "my_itn", "C");
        assert_eq!(prefix_only.reason, Some(Reason::InvalidLength));
    }

    #[test]
    fn sst_numbers() {
        let sst = validate_tax_id(None, "my_sst", "W10-1808-32000123");
        assert_eq!(sst.formatted.as_deref(), Some("W10-1808-32000123"));
        let short = validate_tax_id(None, "my_sst", "W10-1808-3200012");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let digit_first = validate_tax_id(None, "my_sst", "110-1808-32000123");
        assert_eq!(digit_first.reason, Some(Reason::InvalidFormat));
    }
}
