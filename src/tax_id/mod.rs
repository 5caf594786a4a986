//! Tax ID validation for every type Orb and Stripe accept: structure, and check digits
//! wherever the number has them.
//!
//! A number is first cleaned the same way for every type (see [`Number::clean`]: separators
//! dropped, letters upper-cased), then checked by its type's rule, and comes back in its
//! compact form (with the country prefix where the type customarily carries one) and its
//! customary printed form. An invalid number is a [`TaxIdResult`] with a [`Reason`], never an
//! error: a form validating as someone types sees `invalid_length` on every keystroke.
//!
//! ```
//! use billkit::tax_id::{validate_tax_id, Reason};
//!
//! let result = validate_tax_id(Some("DE"), "eu_vat", "136.695.976");
//! assert!(result.valid);
//! assert_eq!(result.compact.as_deref(), Some("DE136695976"));
//!
//! let typo = validate_tax_id(Some("DE"), "eu_vat", "DE 136 695 978");
//! assert_eq!(typo.reason, Some(Reason::InvalidChecksum));
//! ```

mod check_digits;
mod eu_vat;
mod families;
mod kind;
mod number;
mod reason;
mod registry;
mod shape;

use std::borrow::Cow;

pub use kind::TaxIdType;
pub use number::{Number, MAX_CLEANED_LEN};
pub use reason::Reason;

use crate::text::shorten;

/// What a reader checks in place of a value that is not text (a JS number has lost a tax ID's
/// leading zeros): a control character, so the result is `invalid_format`.
pub(crate) const NOT_TEXT: &str = "\u{0}";

/// How much of an unknown type name or country a result repeats.
const MAX_ECHO_CHARS: usize = 40;

/// What [`validate_tax_id`] says of one number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxIdResult {
    /// Whether the number is a valid number of its type.
    pub valid: bool,
    /// The country of the type (`GR` for an `EL` number), or the country given when the type
    /// is unknown.
    pub country: Cow<'static, str>,
    /// The type, as given.
    pub type_name: Cow<'static, str>,
    /// The number without separators, upper-cased, with the prefix the type customarily
    /// carries (`DE136695976`, `CHE123456789MWST`); only for valid numbers.
    pub compact: Option<String>,
    /// The number as it is customarily printed (`CHE-123.456.789 MWST`); only for valid
    /// numbers.
    pub formatted: Option<String>,
    /// Why the number is not valid; `None` when it is.
    pub reason: Option<Reason>,
}

/// Checks `value` as a tax ID of type `type_name` (`eu_vat`, `br_cnpj`, ...) for `country`
/// (an ISO 3166 code, any case; `EL` and `XI` are read as `GR` and `GB`).
///
/// `country` may be left out for every type but `eu_vat`, where it is then read from the
/// number's prefix. An `eu_vat` number may be given without its prefix when the country is.
///
/// # Errors
///
/// None: an invalid number, an unknown type and junk input are all a [`TaxIdResult`] with
/// `valid: false` and a [`Reason`]. Nothing panics, whatever the input.
///
/// ```
/// use billkit::tax_id::{validate_tax_id, Reason};
///
/// let cnpj = validate_tax_id(None, "br_cnpj", "11.222.333/0001-81");
/// assert_eq!(cnpj.formatted.as_deref(), Some("11.222.333/0001-81"));
/// assert_eq!(validate_tax_id(Some("FR"), "br_cnpj", "11222333000181").reason,
///            Some(Reason::CountryMismatch));
/// assert_eq!(validate_tax_id(None, "xx_nope", "1").reason, Some(Reason::UnsupportedType));
/// ```
pub fn validate_tax_id(country: Option<&str>, type_name: &str, value: &str) -> TaxIdResult {
    let check = check_tax_id(country, type_name, value);
    let entry = match check.entry {
        Ok(index) => tax_id_types().get(index).copied(),
        Err(reason) => return unresolved(country, type_name, reason),
    };
    let Some(entry) = entry else {
        return unresolved(country, type_name, Reason::UnsupportedType);
    };
    let number = check.number.as_ref().ok();
    TaxIdResult {
        valid: number.is_some(),
        country: Cow::Borrowed(entry.country),
        type_name: Cow::Borrowed(entry.name),
        formatted: number.map(|n| (entry.format)(n.as_str())),
        compact: number.map(|n| n.as_str().to_owned()),
        reason: check.number.err(),
    }
}

/// What checking one number finds, before anything is allocated, for entry points that
/// write many results at once.
pub(crate) struct Check {
    /// The index of the number's type in [`tax_id_types`], or why no type fits.
    pub entry: Result<usize, Reason>,
    /// The compact number, or why it is not valid.
    pub number: Result<Number, Reason>,
}

/// [`validate_tax_id`] without its result's strings.
pub(crate) fn check_tax_id(country: Option<&str>, type_name: &str, value: &str) -> Check {
    check_with(&lookup(type_name, country), value)
}

/// Where the entry of a (type, country) pair comes from: batches meet the same few pairs on
/// every row, so they look each pair up once and check its rows with [`check_with`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum Lookup {
    /// The pair is this index of [`tax_id_types`].
    Entry(usize),
    /// No country was given and the type has several: each number's prefix picks one of
    /// `entries`, which start at this index of [`tax_id_types`].
    ByPrefix(usize, &'static [&'static TaxIdType]),
    /// No entry fits, whatever the number.
    Unresolved(Reason),
}

/// The [`Lookup`] of `type_name` in `country`.
pub(crate) fn lookup(type_name: &str, country: Option<&str>) -> Lookup {
    let (first, entries) = registry::entries_for(type_name);
    match (country, entries) {
        (_, []) => Lookup::Unresolved(Reason::UnsupportedType),
        (Some(country), _) => entries
            .iter()
            .position(|entry| same_country(entry, country))
            .map_or(Lookup::Unresolved(Reason::CountryMismatch), |position| {
                Lookup::Entry(first + position)
            }),
        (None, [_]) => Lookup::Entry(first),
        (None, _) => Lookup::ByPrefix(first, entries),
    }
}

/// Checks `value` against the entry `lookup` found (or finds from the number's prefix).
pub(crate) fn check_with(lookup: &Lookup, value: &str) -> Check {
    let cleaned = Number::clean(value);
    let entry = match *lookup {
        Lookup::Entry(index) => Ok(index),
        Lookup::ByPrefix(first, entries) => cleaned
            .as_ref()
            .ok()
            .and_then(|number| by_prefix(number, entries))
            .map(|position| first + position)
            .ok_or(Reason::InvalidFormat),
        Lookup::Unresolved(reason) => Err(reason),
    };
    match entry {
        Ok(index) => Check {
            entry: Ok(index),
            number: tax_id_types()
                .get(index)
                .map_or(Err(Reason::UnsupportedType), |entry| {
                    cleaned.and_then(entry.validate)
                }),
        },
        Err(reason) => Check {
            entry: Err(reason),
            number: Err(reason),
        },
    }
}

/// One number to check, for [`validate_tax_ids`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TaxIdInput {
    /// The country, as for [`validate_tax_id`]; optional except for `eu_vat` without prefix.
    pub country: Option<String>,
    /// The type name (`eu_vat`).
    pub type_name: String,
    /// The number as the customer typed it.
    pub value: String,
}

/// [`validate_tax_id`] for each of `inputs`, in order.
///
/// ```
/// use billkit::tax_id::{validate_tax_ids, TaxIdInput};
///
/// let inputs = [TaxIdInput { type_name: "us_ein".into(), value: "12-3456789".into(),
///                            ..TaxIdInput::default() }];
/// assert!(validate_tax_ids(&inputs)[0].valid);
/// ```
pub fn validate_tax_ids(inputs: &[TaxIdInput]) -> Vec<TaxIdResult> {
    inputs
        .iter()
        .map(|input| validate_tax_id(input.country.as_deref(), &input.type_name, &input.value))
        .collect()
}

/// Every supported (type, country) pair, sorted by type then country: `eu_vat` once per
/// member state and Northern Ireland, every other type once.
///
/// ```
/// let types = billkit::tax_id::tax_id_types();
/// let eu_vat = types.iter().filter(|t| t.name == "eu_vat").count();
/// assert_eq!(eu_vat, 28);
/// ```
pub fn tax_id_types() -> &'static [&'static TaxIdType] {
    registry::all()
}

/// The country a caller means by `country`: trimmed, in either case, `EL` read as Greece and
/// `XI` as the United Kingdom.
fn same_country(entry: &TaxIdType, country: &str) -> bool {
    let country = country.trim();
    entry.country.eq_ignore_ascii_case(country)
        || (entry.country == "GR" && country.eq_ignore_ascii_case("EL"))
        || (entry.country == "GB" && country.eq_ignore_ascii_case("XI"))
}

/// The position in `entries` of the country the number's prefix names, for a type given
/// without a country.
fn by_prefix(number: &Number, entries: &[&TaxIdType]) -> Option<usize> {
    let wanted = eu_vat::country_of_prefix(number.as_str().get(..2)?);
    entries.iter().position(|entry| entry.country == wanted)
}

fn unresolved(country: Option<&str>, type_name: &str, reason: Reason) -> TaxIdResult {
    let (country, type_name) = echo(country, type_name);
    TaxIdResult {
        valid: false,
        country: Cow::Owned(country),
        type_name: Cow::Owned(type_name),
        compact: None,
        formatted: None,
        reason: Some(reason),
    }
}

/// The country (trimmed and upper-cased) and type a result repeats when no entry fits them,
/// both shortened so that junk input does not come back at full length.
pub(crate) fn echo(country: Option<&str>, type_name: &str) -> (String, String) {
    let country = country.map_or_else(String::new, |c| c.trim().to_ascii_uppercase());
    (
        shorten(&country, MAX_ECHO_CHARS),
        shorten(type_name, MAX_ECHO_CHARS),
    )
}
