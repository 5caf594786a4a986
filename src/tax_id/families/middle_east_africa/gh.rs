//! Ghana: the taxpayer identification number (TIN) of the Ghana Revenue Authority.

use crate::tax_id::check_digits::weighted_sum;
use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Ghana's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "gh_tin",
    country: "GH",
    description: "Ghana Tax Identification Number",
    checksum: true,
    rule: "P, C, G, Q or V (the kind of taxpayer), 00, 7 digits and a check character: the sum \
           of the 9 characters after the letter times 1 to 9, mod 11, 10 written X",
    source: "python-stdnum gh.tin; Ghana Revenue Authority",
    example: "C0000803561",
    validate: validate_tin,
    format: format_as_compact,
}];

/// The letters a TIN may start with: person, company, government, foreign mission, other entity.
const TAXPAYER_KINDS: &[u8] = b"PCGQV";

/// The weights of the 9 characters after the leading letter.
const WEIGHTS: [u32; 9] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/// The leading letter says who the taxpayer is; only the five kinds the authority issues pass.
fn validate_tin(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("GH");
    let bytes = number.as_bytes();
    expect_shape(bytes, &["A009999999X"])?;
    let (kind, rest) = bytes.split_first().ok_or(Reason::InvalidLength)?;
    if !TAXPAYER_KINDS.contains(kind) {
        return Err(Reason::InvalidComponent);
    }
    let (body, check) = rest.split_at_checked(9).ok_or(Reason::InvalidLength)?;
    if check != [check_character(body)] {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// The check character of the 9 digits after the leading letter.
fn check_character(body: &[u8]) -> u8 {
    match weighted_sum(body, &WEIGHTS) % 11 {
        10 => b'X',
        digit => b'0' + digit as u8,
    }
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn tins_with_their_check_character() {
        // python-stdnum's gh.tin doctests.
        assert!(validate_tax_id(Some("GH"), "gh_tin", "C0000803561").valid);
        let typo = validate_tax_id(Some("GH"), "gh_tin", "C0000803562");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("GH"), "gh_tin", "C000080356");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
        let kind = validate_tax_id(Some("GH"), "gh_tin", "A0000803561");
        assert_eq!(kind.reason, Some(Reason::InvalidComponent));
    }
}
