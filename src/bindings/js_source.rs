//! A JS value as a [`Source`] for the core's reader: one call into JS says what a value is,
//! a struct's field names cross into JS once per page, not once per read, and a getter or a
//! proxy that throws reads as `undefined` (js_source.js).

use std::cell::RefCell;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::input::{Shape, Source};

#[wasm_bindgen(module = "/src/bindings/js_source.js")]
extern "C" {
    /// What `value` is, by the codes below.
    #[wasm_bindgen(js_name = shapeOf)]
    fn shape_of(value: &JsValue) -> u32;
    #[wasm_bindgen(js_name = digitsOf)]
    fn digits_of(number: &JsValue) -> String;
    #[wasm_bindgen(js_name = lengthOf)]
    fn length_of(list: &JsValue) -> u32;
    #[wasm_bindgen(js_name = itemOf)]
    fn item_of(list: &JsValue, index: u32) -> JsValue;
    #[wasm_bindgen(js_name = propertyOf)]
    fn property_of(value: &JsValue, key: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = entriesOf)]
    fn entries_of(object: &JsValue) -> Array;
}

// The codes `shapeOf` answers with.
const NULL: u32 = 0;
const BOOL: u32 = 1;
const NUMBER: u32 = 2;
const TEXT: u32 = 3;
const LIST: u32 = 4;
const OBJECT: u32 = 5;
const FUNCTION: u32 = 6;
const SYMBOL: u32 = 7;

thread_local! {
    /// Field names as JS strings, by the address and length of their `'static` Rust text,
    /// sorted for a binary search.
    static NAMES: RefCell<Vec<((usize, usize), JsValue)>> = const { RefCell::new(Vec::new()) };
}

impl Source for JsValue {
    fn shape(&self) -> Shape {
        match shape_of(self) {
            NULL => Shape::Null,
            BOOL => Shape::Bool(self.is_truthy()),
            NUMBER => Shape::Number(self.as_f64().unwrap_or(f64::NAN)),
            TEXT => Shape::Text,
            LIST => Shape::List(length_of(self) as usize),
            OBJECT => Shape::Object,
            FUNCTION => Shape::Other("a function"),
            SYMBOL => Shape::Other("a symbol"),
            _ => Shape::Other("a BigInt"),
        }
    }

    fn text(&self) -> String {
        self.as_string().unwrap_or_default()
    }

    fn digits(&self) -> String {
        digits_of(self)
    }

    fn item(&self, index: usize) -> Option<JsValue> {
        let index = u32::try_from(index).ok()?;
        Some(item_of(self, index))
    }

    fn field(&self, name: &'static str) -> Option<JsValue> {
        let value = with_name(name, |name| property_of(self, name));
        (!value.is_undefined()).then_some(value)
    }

    fn entries(&self) -> Vec<(String, JsValue)> {
        entries_of(self)
            .iter()
            .map(|entry| {
                let entry = entry.unchecked_into::<Array>();
                (entry.get(0).as_string().unwrap_or_default(), entry.get(1))
            })
            .collect()
    }
}

/// Calls `read` with `name` as a JS string, made once for each name.
fn with_name<T>(name: &'static str, read: impl FnOnce(&JsValue) -> T) -> T {
    NAMES.with(|names| {
        let Ok(mut names) = names.try_borrow_mut() else {
            return read(&JsValue::from_str(name));
        };
        let key = (name.as_ptr() as usize, name.len());
        let index = match names.binary_search_by_key(&key, |(key, _)| *key) {
            Ok(index) => index,
            Err(index) => {
                names.insert(index, (key, JsValue::from_str(name)));
                index
            }
        };
        match names.get(index) {
            Some((_, name)) => read(name),
            None => read(&JsValue::from_str(name)),
        }
    })
}
