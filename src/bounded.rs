//! Lists read with their bound checked first: a list past its bound is refused from its
//! length, before any of its items is read, so that refusing 10 million weights costs what
//! refusing 10,001 does ([`crate::input`] gives a list's length before its items).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};

use crate::error::ErrorCode;

/// How a refused list's deserializer message begins, so that the reader reports it as
/// `out_of_range` rather than `invalid_input`.
const TOO_MANY: &str = "more than ";

/// The code of a deserializer's `problem`: `out_of_range` for a list past its bound.
pub(crate) fn code_of(problem: &str) -> ErrorCode {
    if problem.starts_with(TOO_MANY) {
        ErrorCode::OutOfRange
    } else {
        ErrorCode::InvalidInput
    }
}

/// A list of at most `MAX` items, for `#[serde(deserialize_with)]`.
pub(crate) fn at_most<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(AtMost::<T, MAX>(PhantomData))
}

/// An optional list of at most `MAX` items (`null` and absent are `None`).
pub(crate) fn at_most_or_none<'de, D, T, const MAX: usize>(
    deserializer: D,
) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_option(Optional::<T, MAX>(PhantomData))
}

struct AtMost<T, const MAX: usize>(PhantomData<T>);

impl<'de, T: Deserialize<'de>, const MAX: usize> Visitor<'de> for AtMost<T, MAX> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a list of at most {MAX} items")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let too_many = || de::Error::custom(format_args!("{TOO_MANY}{MAX} items"));
        let length = seq.size_hint().unwrap_or(0);
        if length > MAX {
            return Err(too_many());
        }
        let mut items = Vec::with_capacity(length);
        while let Some(item) = seq.next_element()? {
            if items.len() == MAX {
                return Err(too_many());
            }
            items.push(item);
        }
        Ok(items)
    }
}

struct Optional<T, const MAX: usize>(PhantomData<T>);

impl<'de, T: Deserialize<'de>, const MAX: usize> Visitor<'de> for Optional<T, MAX> {
    type Value = Option<Vec<T>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "null or a list of at most {MAX} items")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        at_most::<D, T, MAX>(deserializer).map(Some)
    }
}
