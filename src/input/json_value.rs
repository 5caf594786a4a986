//! A parsed JSON text as a [`Source`], read as JS would read the same text after
//! `JSON.parse`: numbers are JS numbers, so every runtime sees the same values.

use serde_json::Value;

use super::{Shape, Source};

impl<'a> Source for &'a Value {
    fn shape(&self) -> Shape {
        match self {
            Value::Null => Shape::Null,
            Value::Bool(value) => Shape::Bool(*value),
            // Every JSON number has an f64 (serde_json's `arbitrary_precision` is off).
            Value::Number(number) => Shape::Number(number.as_f64().unwrap_or(f64::NAN)),
            Value::String(_) => Shape::Text,
            Value::Array(items) => Shape::List(items.len()),
            Value::Object(_) => Shape::Object,
        }
    }

    fn text(&self) -> String {
        self.as_str().unwrap_or_default().to_owned()
    }

    fn digits(&self) -> String {
        // Rust writes the same shortest digits as JS, without an exponent.
        self.as_f64()
            .map(|number| number.to_string())
            .unwrap_or_default()
    }

    fn item(&self, index: usize) -> Option<&'a Value> {
        self.as_array()?.get(index)
    }

    fn field(&self, name: &'static str) -> Option<&'a Value> {
        self.as_object()?.get(name)
    }

    fn entries(&self) -> Vec<(String, &'a Value)> {
        self.as_object().map_or_else(Vec::new, |object| {
            object
                .iter()
                .map(|(name, value)| (name.clone(), value))
                .collect()
        })
    }
}
