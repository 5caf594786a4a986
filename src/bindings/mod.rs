//! The JavaScript binding: the one module that touches wasm-bindgen, js-sys and
//! serde-wasm-bindgen. Each export reads a plain JS object into the core's input type,
//! calls the core, and returns plain JS data; every core [`Error`] becomes a thrown
//! `BillkitError`.

mod errors;
mod period_json;
mod types;

use js_sys::JSON;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

use crate::error::{Error, ErrorCode};
use errors::to_js_error;
use period_json::periods_json;

/// `billingPeriods(input)`: see [`crate::billing_periods`].
#[wasm_bindgen(js_name = billingPeriods, unchecked_return_type = "Period[]")]
pub fn billing_periods(
    #[wasm_bindgen(unchecked_param_type = "BillingPeriodsInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read(input)?;
    let periods = crate::billing_periods(&input).map_err(|error| to_js_error(&error))?;
    JSON::parse(&periods_json(&periods))
}

/// Deserializes a JS value, reporting the path of the field that did not fit as a thrown
/// `BillkitError` with code `invalid_input`.
fn read<I: DeserializeOwned>(input: JsValue) -> Result<I, JsValue> {
    let deserializer = serde_wasm_bindgen::Deserializer::from(input);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let field = match error.path().to_string() {
            root if root == "." => String::new(),
            path => path,
        };
        let problem = error.into_inner().to_string();
        let message = if field.is_empty() {
            format!("the input is not valid: {problem}")
        } else {
            format!("`{field}` is not valid: {problem}")
        };
        to_js_error(&Error::new(ErrorCode::InvalidInput, field, message))
    })
}
