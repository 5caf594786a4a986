//! Eastern Europe and Central Asia outside the EU: Albania, Armenia, Azerbaijan, Belarus, Bosnia and Herzegovina, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Montenegro, North Macedonia, Russia, Serbia, Tajikistan, Türkiye, Ukraine, Uzbekistan.

use super::super::TaxIdType;

/// The region's types, one slice per country.
pub const TYPES: &[&[TaxIdType]] = &[];
