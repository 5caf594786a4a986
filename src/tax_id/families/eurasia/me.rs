//! Montenegro: the tax identification number (PIB).

use crate::tax_id::kind::format_as_compact;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

use super::checks::{last_digit_is, mod_11_complement};

/// Montenegro's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "me_pib",
    country: "ME",
    description: "Montenegro PIB Number",
    checksum: true,
    rule: "8 digits; the last is a check digit: the first 7 weighted 8 to 2, 11 minus the sum \
           mod 11, with 10 and 11 read as 0",
    source: "python-stdnum me.pib; Central Register of Business Entities (crps.me)",
    example: "02655284",
    validate: validate_pib,
    format: format_as_compact,
}];

/// The weights of the first 7 digits.
const WEIGHTS: [u32; 7] = [8, 7, 6, 5, 4, 3, 2];

fn validate_pib(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("ME");
    let digits = number.as_bytes();
    expect_shape(digits, &["99999999"])?;
    if !last_digit_is(digits, mod_11_complement(digits, &WEIGHTS)) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn pib_numbers() {
        // python-stdnum's me.pib doctests: 02655284 is valid, 02655283 a typo.
        let result = validate_tax_id(Some("ME"), "me_pib", "ME 02655284");
        assert_eq!(result.compact.as_deref(), Some("02655284"));
        let typo = validate_tax_id(None, "me_pib", "02655283");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(None, "me_pib", "0265528");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
