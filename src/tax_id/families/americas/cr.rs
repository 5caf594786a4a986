//! Costa Rica: the tax ID is the cédula of the taxpayer, of a legal entity (jurídica), a
//! person (física) or a resident foreigner (DIMEX).

use crate::tax_id::kind::{format_as_compact, format_with_cuts};
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Costa Rica's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "cr_tin",
    country: "CR",
    description: "Costa Rican Tax ID",
    checksum: false,
    rule: "a cédula jurídica (10 digits: class 2 to 5 and a type code of that class, then 6 \
           digits), a cédula física (0, province and 8 digits; the leading 0 may be left out) \
           or a DIMEX (11 or 12 digits starting 1); none has a check digit",
    source: "Ministerio de Hacienda, ayuda cédulas; python-stdnum cr.cpj, cr.cpf and cr.cr",
    example: "3-101-999999",
    validate: validate_tin,
    format: format_tin,
}];

/// The type codes of class 3 cédulas jurídicas (companies, associations, foundations...).
const CLASS_THREE_TYPES: [&[u8]; 23] = [
    b"002", b"003", b"004", b"005", b"006", b"007", b"008", b"009", b"010", b"011", b"012", b"013",
    b"014", b"101", b"102", b"103", b"104", b"105", b"106", b"107", b"108", b"109", b"110",
];

/// The type codes of class 2 cédulas jurídicas (the state and its institutions).
const CLASS_TWO_TYPES: [&[u8]; 4] = [b"100", b"200", b"300", b"400"];

fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("CR");
    let digits = number.as_bytes();
    expect_shape(
        digits,
        &["999999999", "9999999999", "99999999999", "999999999999"],
    )?;
    match digits {
        // A cédula física written without its leading zero.
        [_, _, _, _, _, _, _, _, _] => number.with_prefix("0"),
        [b'0', ..] if digits.len() == 10 => Ok(number),
        [class, type_code @ .., _, _, _, _, _, _] if digits.len() == 10 => {
            if legal_entity_type_exists(*class, type_code) {
                Ok(number)
            } else {
                Err(Reason::InvalidComponent)
            }
        }
        [b'1', ..] => Ok(number),
        _ => Err(Reason::InvalidComponent),
    }
}

/// Whether `type_code` is one of the types of cédula jurídica `class` has.
fn legal_entity_type_exists(class: u8, type_code: &[u8]) -> bool {
    match class {
        b'2' => CLASS_TWO_TYPES.contains(&type_code),
        b'3' => CLASS_THREE_TYPES.contains(&type_code),
        b'4' => type_code == b"000",
        b'5' => type_code == b"001",
        _ => false,
    }
}

/// A cédula jurídica as 3-101-999999, a cédula física as 01-0613-0584, a DIMEX as is.
fn format_tin(compact: &str) -> String {
    match compact.as_bytes() {
        [b'0', ..] if compact.len() == 10 => format_with_cuts(compact, &[2, 6], "-"),
        _ if compact.len() == 10 => format_with_cuts(compact, &[1, 4], "-"),
        _ => format_as_compact(compact),
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn legal_entities() {
        // python-stdnum's cr.cpj doctests.
        let result = validate_tax_id(Some("CR"), "cr_tin", "3-101-999999");
        assert_eq!(result.compact.as_deref(), Some("3101999999"));
        assert_eq!(result.formatted.as_deref(), Some("3-101-999999"));
        assert!(validate_tax_id(None, "cr_tin", "4 000 042138").valid);
        let type_code = validate_tax_id(None, "cr_tin", "3-534-123559");
        assert_eq!(type_code.reason, Some(Reason::InvalidComponent));
    }

    #[test]
    fn people_and_residents() {
        // python-stdnum's cr.cpf and cr.cr doctests.
        let person = validate_tax_id(None, "cr_tin", "03-0455-0175");
        assert_eq!(person.formatted.as_deref(), Some("03-0455-0175"));
        let unpadded = validate_tax_id(None, "cr_tin", "701610395");
        assert_eq!(unpadded.compact.as_deref(), Some("0701610395"));
        assert!(validate_tax_id(None, "cr_tin", "155812994816").valid);
        let resident = validate_tax_id(None, "cr_tin", "30123456789");
        assert_eq!(resident.reason, Some(Reason::InvalidComponent));
        let short = validate_tax_id(None, "cr_tin", "12345678");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
