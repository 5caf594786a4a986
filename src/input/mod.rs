//! Reading the package's arguments into the core's input types: one serde deserializer over
//! any [`Source`] of JSON-shaped data (a JS value in the package, a serde_json value for
//! [`crate::json`]), so that every runtime refuses the same argument with the same words,
//! naming the field at fault as `price_intervals[2].price`.
//!
//! A struct reads only its own fields, by name, so an Orb object's many other fields cost
//! nothing; a list gives its length before its items, so a list past its bound is refused
//! unread ([`crate::bounded`]).

mod deserializer;
mod digits;
mod js_words;
mod json_value;
mod path;

use serde::de::DeserializeOwned;

use crate::error::Error;
use deserializer::Input;
use path::Path;

/// A JSON-shaped value: what a JS value or a parsed JSON text is, seen one level at a time.
pub(crate) trait Source: Sized {
    /// What the value is; a list's items and an object's fields are read through
    /// [`Source::item`], [`Source::field`] and [`Source::entries`].
    fn shape(&self) -> Shape;

    /// The text of a [`Shape::Text`] value; empty for another shape.
    fn text(&self) -> String;

    /// The shortest digits that read back to a [`Shape::Number`] value, as JS's `String(n)`
    /// writes them (an exponent is allowed); empty for another shape.
    fn digits(&self) -> String;

    /// The item at `index` of a list; `None` past its end or for another shape.
    fn item(&self, index: usize) -> Option<Self>;

    /// The field `name` of an object; `None` when it is absent (or, in JS, `undefined`).
    fn field(&self, name: &'static str) -> Option<Self>;

    /// Every field of an object, in its order; empty for another shape.
    fn entries(&self) -> Vec<(String, Self)>;
}

/// What a [`Source`] value is.
pub(crate) enum Shape {
    /// `null` (or, in JS, `undefined`).
    Null,
    Bool(bool),
    /// A number, as JS holds it: a JSON number is read as JS would read it.
    Number(f64),
    Text,
    /// A list of this many items.
    List(usize),
    Object,
    /// Anything else a JS caller can pass (a function, a symbol, a BigInt), named.
    Other(&'static str),
}

/// The name under which a type asks this reader for a number's digits rather than its
/// value (serde's newtype-struct hook, as serde_json's `RawValue` uses it): a type that
/// reads JSON numbers by their digits ([`crate::invoice::OrbNumber`]) then gets every number
/// as its text (`0.1`, `0.0000001`), and no float reaches it. Any other deserializer sees an
/// ordinary newtype struct.
pub(crate) const NUMBER_DIGITS: &str = "$billkit::number_digits";

/// Reads `source` as an `I`; `field` names it within the documented input (empty for the
/// whole input), so that its errors name `field.price_intervals[2]` as they would there.
///
/// # Errors
///
/// `invalid_input` (or `out_of_range` for a list past its bound) at the path of the value that
/// did not fit, with serde's explanation in a JS caller's words.
pub(crate) fn read<I: DeserializeOwned, S: Source>(source: S, field: &str) -> Result<I, Error> {
    let root = Path::Root;
    let path = match field {
        "" => root,
        name => Path::Field {
            parent: &root,
            name,
        },
    };
    I::deserialize(Input::new(source, path)).map_err(|unfit| unfit.at(&path).into_error())
}
