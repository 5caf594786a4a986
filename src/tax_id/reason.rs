//! Why a tax ID is not valid: a result, not an error.

use std::fmt;

/// Why [`validate_tax_id`](super::validate_tax_id) found a number invalid.
///
/// Reasons are a stable contract: JS callers branch on [`Reason::as_str`]. They are listed in
/// the order a number is checked, and a number gets the first that applies: its characters,
/// then its length, then its parts (a date, a region or office code, a prefix), then its
/// check digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The type is not one billkit knows, for any country.
    UnsupportedType,
    /// The type exists, but not for the given country, or the number's country prefix names
    /// another country.
    CountryMismatch,
    /// A character that has no place in this type of number (after separators are removed).
    InvalidFormat,
    /// The number has the wrong count of characters for its type.
    InvalidLength,
    /// A part of the number is impossible: a date, a region, an office or a type code.
    InvalidComponent,
    /// The check digit (or letter) does not match the rest of the number.
    InvalidChecksum,
}

impl Reason {
    /// Every reason, in checking order.
    pub const ALL: [Reason; 6] = [
        Reason::UnsupportedType,
        Reason::CountryMismatch,
        Reason::InvalidFormat,
        Reason::InvalidLength,
        Reason::InvalidComponent,
        Reason::InvalidChecksum,
    ];

    /// The stable snake_case name of the reason, as JS sees it in `result.reason`.
    ///
    /// ```
    /// assert_eq!(billkit::tax_id::Reason::InvalidChecksum.as_str(), "invalid_checksum");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::UnsupportedType => "unsupported_type",
            Reason::CountryMismatch => "country_mismatch",
            Reason::InvalidFormat => "invalid_format",
            Reason::InvalidLength => "invalid_length",
            Reason::InvalidComponent => "invalid_component",
            Reason::InvalidChecksum => "invalid_checksum",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
