//! serde's view of a [`Source`]: one deserializer, so each input type's derived reader is
//! compiled once, that notes the path of the value an error comes from.

use std::fmt;

use serde::de::Error as _;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Expected, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};

use super::digits::plain_decimal;
use super::js_words::{in_js_terms, in_js_words};
use super::path::Path;
use super::{Shape, Source, NUMBER_DIGITS};
use crate::error::Error;
use crate::unfit::unfit_argument;

/// The largest integer a JS number holds exactly, `Number.MAX_SAFE_INTEGER`.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Why a value did not fit, and where: the path of the deepest value the error passed through.
#[derive(Debug)]
pub(super) struct Unfit {
    field: Option<String>,
    problem: String,
}

impl Unfit {
    /// Places the error at `path` unless a deeper value already did.
    pub(super) fn at(mut self, path: &Path) -> Unfit {
        if self.field.is_none() {
            self.field = Some(path.to_string());
        }
        self
    }

    pub(super) fn into_error(self) -> Error {
        unfit_argument(self.field.unwrap_or_default(), &in_js_terms(&self.problem))
    }
}

impl fmt::Display for Unfit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.problem)
    }
}

impl std::error::Error for Unfit {}

impl de::Error for Unfit {
    fn custom<T: fmt::Display>(problem: T) -> Unfit {
        Unfit {
            field: None,
            problem: problem.to_string(),
        }
    }

    fn invalid_type(unexpected: Unexpected, expected: &dyn Expected) -> Unfit {
        Unfit::custom(format_args!(
            "invalid type: {}, expected {expected}",
            in_js_words(&unexpected)
        ))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn Expected) -> Unfit {
        Unfit::custom(format_args!(
            "invalid value: {}, expected {expected}",
            in_js_words(&unexpected)
        ))
    }
}

/// The value at `path`, to be read as whatever type asks for it.
pub(super) struct Input<'p, S> {
    value: S,
    path: Path<'p>,
}

impl<'p, S: Source> Input<'p, S> {
    pub(super) fn new(value: S, path: Path<'p>) -> Input<'p, S> {
        Input { value, path }
    }

    #[cold]
    fn invalid_type(&self, expected: &dyn Expected) -> Unfit {
        let text;
        let unexpected = match self.value.shape() {
            Shape::Null => Unexpected::Unit,
            Shape::Bool(value) => Unexpected::Bool(value),
            Shape::Number(value) => match safe_integer(value) {
                Some(integer) => Unexpected::Signed(integer),
                None => Unexpected::Float(value),
            },
            Shape::Text => {
                text = self.value.text();
                Unexpected::Str(&text)
            }
            Shape::List(_) => Unexpected::Seq,
            Shape::Object => Unexpected::Map,
            Shape::Other(what) => Unexpected::Other(what),
        };
        de::Error::invalid_type(unexpected, expected)
    }

    /// Visits the value as what it is; a number as its digits when `DIGITS` (see
    /// [`NUMBER_DIGITS`]), else as an integer or, with a fraction or past 2^53, a float.
    fn visit<'de, V: Visitor<'de>, const DIGITS: bool>(
        self,
        visitor: V,
    ) -> Result<V::Value, Unfit> {
        match self.value.shape() {
            Shape::Null => visitor.visit_unit(),
            Shape::Bool(value) => visitor.visit_bool(value),
            Shape::Number(_) if DIGITS => visitor.visit_string(plain_decimal(&self.value.digits())),
            Shape::Number(value) => match safe_integer(value) {
                Some(integer) => visitor.visit_i64(integer),
                None => visitor.visit_f64(value),
            },
            Shape::Text => visitor.visit_string(self.value.text()),
            Shape::List(length) => visitor.visit_seq(Items {
                list: self.value,
                next: 0,
                length,
                path: self.path,
            }),
            Shape::Object => visitor.visit_map(Entries {
                entries: self.value.entries().into_iter(),
                pending: None,
                path: self.path,
            }),
            Shape::Other(_) => Err(self.invalid_type(&visitor)),
        }
    }
}

/// The integer a JS number is, when it is one JS holds exactly: serde's integer types read
/// it, and only a number with a fraction (or past 2^53) reaches a visitor as a float.
fn safe_integer(number: f64) -> Option<i64> {
    // In range and whole, so the conversion is exact.
    #[allow(clippy::cast_possible_truncation)]
    (number.abs() <= MAX_SAFE_INTEGER && number.fract() == 0.0).then_some(number as i64)
}

impl<'de, S: Source> Deserializer<'de> for Input<'_, S> {
    type Error = Unfit;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Unfit> {
        self.visit::<V, false>(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Unfit> {
        match self.value.shape() {
            Shape::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Unfit> {
        match self.value.shape() {
            Shape::Object => visitor.visit_map(Fields {
                object: self.value,
                names: fields.iter(),
                pending: None,
                path: self.path,
            }),
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Unfit> {
        match self.value.shape() {
            Shape::Text => visitor.visit_enum(Variant(self.value.text())),
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Unfit> {
        if name == NUMBER_DIGITS {
            self.visit::<V, true>(visitor)
        } else {
            visitor.visit_newtype_struct(self)
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Unfit> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map identifier
    }
}

/// Reads `value`, found at `path`, with `seed`: its errors are placed there unless a deeper
/// value placed them.
fn read_at<'de, T: DeserializeSeed<'de>, S: Source>(
    seed: T,
    value: S,
    path: Path,
) -> Result<T::Value, Unfit> {
    seed.deserialize(Input::new(value, path))
        .map_err(|unfit| unfit.at(&path))
}

/// The items of a list, read in order; its length is known before any item is read.
struct Items<'p, S> {
    list: S,
    next: usize,
    length: usize,
    path: Path<'p>,
}

impl<'de, S: Source> SeqAccess<'de> for Items<'_, S> {
    type Error = Unfit;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Unfit> {
        if self.next >= self.length {
            return Ok(None);
        }
        let index = self.next;
        self.next += 1;
        let path = Path::Item {
            parent: &self.path,
            index,
        };
        let item = self
            .list
            .item(index)
            .ok_or_else(|| Unfit::custom("the list became shorter while it was read").at(&path))?;
        read_at(seed, item, path).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.length.saturating_sub(self.next))
    }
}

/// A struct's fields, looked up by the names it declares: other fields are never read.
struct Fields<'p, S> {
    object: S,
    names: std::slice::Iter<'static, &'static str>,
    pending: Option<(&'static str, S)>,
    path: Path<'p>,
}

impl<'de, S: Source> MapAccess<'de> for Fields<'_, S> {
    type Error = Unfit;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Unfit> {
        for &name in self.names.by_ref() {
            if let Some(value) = self.object.field(name) {
                self.pending = Some((name, value));
                return seed.deserialize(name.into_deserializer()).map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Unfit> {
        let (name, value) = self.pending.take().ok_or_else(value_before_key)?;
        let path = Path::Field {
            parent: &self.path,
            name,
        };
        read_at(seed, value, path)
    }
}

/// Every field of an object, for a map (usage by metric).
struct Entries<'p, S> {
    entries: std::vec::IntoIter<(String, S)>,
    pending: Option<(String, S)>,
    path: Path<'p>,
}

impl<'de, S: Source> MapAccess<'de> for Entries<'_, S> {
    type Error = Unfit;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Unfit> {
        let Some((name, value)) = self.entries.next() else {
            return Ok(None);
        };
        let key = seed.deserialize(name.as_str().into_deserializer());
        self.pending = Some((name, value));
        key.map(Some)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Unfit> {
        let (name, value) = self.pending.take().ok_or_else(value_before_key)?;
        let path = Path::Field {
            parent: &self.path,
            name: &name,
        };
        read_at(seed, value, path)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

#[cold]
fn value_before_key() -> Unfit {
    de::Error::custom("a field's value was read before its name")
}

/// A variant named by a string: billkit's enums are all names (`"half_even"`).
struct Variant(String);

impl<'de> EnumAccess<'de> for Variant {
    type Error = Unfit;
    type Variant = NameOnly;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, NameOnly), Unfit> {
        seed.deserialize(self.0.into_deserializer())
            .map(|variant| (variant, NameOnly))
    }
}

/// A variant with nothing but its name.
struct NameOnly;

impl<'de> VariantAccess<'de> for NameOnly {
    type Error = Unfit;

    fn unit_variant(self) -> Result<(), Unfit> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _seed: T) -> Result<T::Value, Unfit> {
        Err(not_a_name("a variant with a value"))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, _visitor: V) -> Result<V::Value, Unfit> {
        Err(not_a_name("a variant with values"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Unfit> {
        Err(not_a_name("a variant with fields"))
    }
}

#[cold]
fn not_a_name(expected: &'static str) -> Unfit {
    de::Error::invalid_type(Unexpected::UnitVariant, &expected)
}
