//! Singapore: the Unique Entity Number (UEN) and the GST registration number, which is the
//! UEN or, for entities registered for GST without one, an IRAS number starting with M.

use crate::tax_id::check_digits::{digit_value, weighted_sum};
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Singapore's types.
pub const TYPES: &[TaxIdType] = &[
    TaxIdType {
        name: "sg_gst",
        country: "SG",
        description: "Singaporean GST",
        checksum: true,
        rule: "a UEN (checked as sg_uen), or M followed by 9 digits or letters (the IRAS GST \
               number of entities without a UEN, whose check character is not published)",
        source: "IRAS, GST registration numbers; python-stdnum sg.uen for the UEN form; \
                 Stripe's tax ID documentation (example M12345678X)",
        example: "M12345678X",
        validate: validate_gst,
        format: format_as_compact,
    },
    TaxIdType {
        name: "sg_uen",
        country: "SG",
        description: "Singaporean UEN",
        checksum: true,
        rule: "8 digits and a check letter (businesses), 9 digits starting with the year and a \
               check letter (local companies), or R, S or T (1800s, 1900s, 2000s), a 2-digit \
               year, a 2-letter entity type, 4 digits and a check character (other entities); \
               each form has ACRA's weighted mod 11 check",
        source: "python-stdnum sg.uen; ACRA, UEN format",
        example: "197401143C",
        validate: validate_uen,
        format: format_as_compact,
    },
];

/// Check letters of business (ROB) numbers, by weighted sum modulo 11.
const BUSINESS_CHECKS: &[u8; 11] = b"XMKECAWLJDB";

/// Weights of a business number's 8 digits.
const BUSINESS_WEIGHTS: [u32; 8] = [10, 4, 9, 3, 8, 2, 7, 1];

/// Check letters of local company (ROC) numbers, by weighted sum modulo 11.
const COMPANY_CHECKS: &[u8; 11] = b"ZKCMDNERGWH";

/// Weights of a local company number's 9 digits.
const COMPANY_WEIGHTS: [u32; 9] = [10, 8, 6, 4, 9, 7, 5, 3, 1];

/// The characters of other entities' numbers in the order of their values, the first 11
/// being the check characters.
const OTHER_ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWX0123456789";

/// Weights of the 9 characters before an other entity's check character.
const OTHER_WEIGHTS: [u32; 9] = [4, 3, 5, 3, 10, 2, 2, 5, 7];

/// The entity types ACRA assigns to numbers of other entities (CC co-operative society,
/// FC foreign company, LP limited partnership, ...).
const OTHER_ENTITY_TYPES: &[&[u8; 2]] = &[
    b"CC", b"CD", b"CH", b"CL", b"CM", b"CP", b"CS", b"CX", b"DP", b"FB", b"FC", b"FM", b"FN",
    b"GA", b"GB", b"GS", b"HS", b"LL", b"LP", b"MB", b"MC", b"MD", b"MH", b"MM", b"MQ", b"NB",
    b"NR", b"PA", b"PB", b"PF", b"RF", b"RP", b"SM", b"SS", b"TC", b"TU", b"VH", b"XL",
];

/// The letter of GST numbers IRAS issues to entities without a UEN.
const IRAS_GST_PREFIX: u8 = b'M';

fn validate_gst(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("SG");
    if number.as_bytes().first() == Some(&IRAS_GST_PREFIX) {
        expect_shape(number.as_bytes(), &["MXXXXXXXXX"])?;
        return Ok(number);
    }
    validate_uen(number)
}

fn validate_uen(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("SG");
    let uen = number.as_bytes();
    let form = UenForm::of(uen);
    expect_shape(uen, &[BUSINESS_SHAPE, form.shape()])?;
    let (body, check) = uen
        .split_at_checked(uen.len().saturating_sub(1))
        .ok_or(Reason::InvalidLength)?;
    let expected = match form {
        UenForm::Business => weighted_check(BUSINESS_CHECKS, body, &BUSINESS_WEIGHTS),
        UenForm::LocalCompany => weighted_check(COMPANY_CHECKS, body, &COMPANY_WEIGHTS),
        UenForm::Other => {
            check_other_parts(body)?;
            other_check(body)
        }
    };
    if check.first().copied() != expected {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The pattern of business numbers, the only 9-character form.
const BUSINESS_SHAPE: &str = "99999999A";

/// The three forms of UEN, told apart by length and first character.
#[derive(Clone, Copy)]
enum UenForm {
    /// Businesses (ROB): 8 digits and a check letter.
    Business,
    /// Local companies (ROC): year of registration, 5 digits and a check letter.
    LocalCompany,
    /// Other entities: century letter, year, entity type, 4 digits and a check character.
    Other,
}

impl UenForm {
    /// The form a UEN of this length and first character would have.
    fn of(uen: &[u8]) -> UenForm {
        match (uen.len(), uen.first()) {
            (10, Some(first)) if !first.is_ascii_digit() => UenForm::Other,
            (10, _) => UenForm::LocalCompany,
            _ => UenForm::Business,
        }
    }

    /// The form's pattern.
    fn shape(self) -> &'static str {
        match self {
            UenForm::Business => BUSINESS_SHAPE,
            UenForm::LocalCompany => "999999999A",
            UenForm::Other => "A99AA9999X",
        }
    }
}

/// The check letter of a business or local company number.
fn weighted_check(letters: &[u8; 11], digits: &[u8], weights: &[u32]) -> Option<u8> {
    let sum = weighted_sum(digits, weights);
    letters.get((sum % 11) as usize).copied()
}

/// Checks the issuing century letter and the entity type of an other entity's number.
///
/// ACRA's numbers also never carry a future year, but billkit reads no clock, so the year
/// is not checked: a result must not change with the date it is asked on.
fn check_other_parts(body: &[u8]) -> Result<(), Reason> {
    let century_known = matches!(body.first(), Some(b'R' | b'S' | b'T'));
    let entity_type = body.get(3..5).unwrap_or_default();
    if !century_known
        || !OTHER_ENTITY_TYPES
            .iter()
            .any(|t| t.as_slice() == entity_type)
    {
        return Err(Reason::InvalidComponent);
    }
    Ok(())
}

/// The check character of an other entity's number.
fn other_check(body: &[u8]) -> Option<u8> {
    let sum: u32 = body
        .iter()
        .zip(OTHER_WEIGHTS)
        .map(|(&c, w)| other_value(c) * w)
        .sum();
    // The sum is offset by 5 before the modulo, as ACRA computes it.
    OTHER_ALPHABET.get(((sum + 11 - 5) % 11) as usize).copied()
}

/// The value of a character of an other entity's number (digits are 22 to 31).
fn other_value(byte: u8) -> u32 {
    if byte.is_ascii_digit() {
        22 + digit_value(byte)
    } else {
        OTHER_ALPHABET
            .iter()
            .position(|&c| c == byte)
            .map_or(0, |i| i as u32)
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn unique_entity_numbers_of_each_form() {
        // python-stdnum's sg.uen doctest: business, local company, and two other entities.
        assert!(validate_tax_id(Some("SG"), "sg_uen", "00192200M").valid);
        assert!(validate_tax_id(None, "sg_uen", "197401143C").valid);
        assert!(validate_tax_id(None, "sg_uen", "S16FC0121D").valid);
        assert!(validate_tax_id(None, "sg_uen", "T01FC6132D").valid);
        let typo = validate_tax_id(None, "sg_uen", "197401143D");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "sg_uen", "123456");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let entity_type = validate_tax_id(None, "sg_uen", "S16ZZ0121D");
        assert_eq!(entity_type.reason, Some(Reason::InvalidComponent));
        let century = validate_tax_id(None, "sg_uen", "A16FC0121D");
        assert_eq!(century.reason, Some(Reason::InvalidComponent));
    }

    #[test]
    fn gst_numbers_are_uens_or_iras_m_numbers() {
        assert!(validate_tax_id(Some("SG"), "sg_gst", "M12345678X").valid);
        assert!(validate_tax_id(None, "sg_gst", "MR-8500053-0").valid);
        assert!(validate_tax_id(None, "sg_gst", "197401143C").valid);
        let typo = validate_tax_id(None, "sg_gst", "197401143D");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "sg_gst", "M1234567X");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
