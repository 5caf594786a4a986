//! Core errors as thrown JS `Error`s named `BillkitError`, with `code` and `field`.

use js_sys::{Error as JsError, Reflect};
use wasm_bindgen::JsValue;

use crate::error::Error;

/// The name every thrown billkit error carries, for `error.name === "BillkitError"`.
pub const ERROR_NAME: &str = "BillkitError";

/// `error` as a JS `Error` with `name`, `message`, `code` and `field`.
fn to_js_error(error: &Error) -> JsValue {
    let js_error = JsError::new(error.message());
    js_error.set_name(ERROR_NAME);
    // Setting a property on a fresh, extensible Error object cannot fail.
    let _ = Reflect::set(&js_error, &"code".into(), &error.code().as_str().into());
    let _ = Reflect::set(&js_error, &"field".into(), &error.field().into());
    js_error.into()
}

/// Lets `?` turn a core error into the thrown `BillkitError` in every export.
impl From<Error> for JsValue {
    fn from(error: Error) -> JsValue {
        to_js_error(&error)
    }
}
