//! Guinea: the permanent tax identification number (NIFp).

use crate::tax_id::check_digits::luhn_valid;
use crate::tax_id::kind::format_with_cuts;
use crate::tax_id::shape::expect_shape;
use crate::tax_id::{Number, Reason, TaxIdType};

/// Guinea's types.
pub const TYPES: &[TaxIdType] = &[TaxIdType {
    name: "gn_nif",
    country: "GN",
    description: "Guinea Tax Identification Number (Número de Identificação Fiscal)",
    checksum: true,
    rule: "9 digits, printed NNN-NNN-NNN; the last is a Luhn check digit",
    source: "python-stdnum gn.nifp; Direction Générale des Impôts, cahier des charges NIFp",
    example: "693-770-885",
    validate: validate_nif,
    format: format_nif,
}];

/// The first eight digits are assigned pseudo-randomly, so the Luhn digit is the only check.
fn validate_nif(mut number: Number) -> Result<Number, Reason> {
    number.strip_country("GN");
    let digits = number.as_bytes();
    expect_shape(digits, &["999999999"])?;
    if !luhn_valid(digits) {
        return Err(Reason::InvalidChecksum);
    }
    Ok(number)
}

/// Three groups of three, as the tax office prints it.
fn format_nif(compact: &str) -> String {
    format_with_cuts(compact, &[3, 6], "-")
}

#[cfg(test)]
mod tests {
    use crate::tax_id::{validate_tax_id, Reason};

    #[test]
    fn nine_digits_with_a_luhn_check() {
        // python-stdnum's gn.nifp doctests.
        let result = validate_tax_id(Some("GN"), "gn_nif", "693770885");
        assert_eq!(result.formatted.as_deref(), Some("693-770-885"));
        let typo = validate_tax_id(Some("GN"), "gn_nif", "693770880");
        assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
        let short = validate_tax_id(Some("GN"), "gn_nif", "12345");
        assert_eq!(short.reason, Some(Reason::InvalidLength));
    }
}
