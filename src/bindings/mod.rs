//! The JavaScript binding: the one module that touches wasm-bindgen, js-sys and
//! serde-wasm-bindgen. Each export reads a plain JS object into the core's input type,
//! calls the core, and writes the result back as plain JS data; every core [`Error`]
//! becomes a thrown `BillkitError`.

mod errors;
mod types;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::{Error, ErrorCode};
use errors::to_js_error;

/// `billingPeriods(input)`: see [`crate::billing_periods`].
#[wasm_bindgen(js_name = billingPeriods, unchecked_return_type = "Period[]")]
pub fn billing_periods(
    #[wasm_bindgen(unchecked_param_type = "BillingPeriodsInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(input, |input| crate::billing_periods(&input))
}

/// Reads `input`, runs `compute` and writes its result, turning any failure into a
/// `BillkitError`.
fn call<I, O>(
    input: JsValue,
    compute: impl FnOnce(I) -> crate::Result<O>,
) -> Result<JsValue, JsValue>
where
    I: DeserializeOwned,
    O: Serialize,
{
    let input = read(input).map_err(|error| to_js_error(&error))?;
    let output = compute(input).map_err(|error| to_js_error(&error))?;
    output
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| to_js_error(&Error::new(ErrorCode::InvalidInput, "", error.to_string())))
}

/// Deserializes a JS value, reporting the path of the field that did not fit.
fn read<I: DeserializeOwned>(input: JsValue) -> crate::Result<I> {
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
        Error::new(ErrorCode::InvalidInput, field, message)
    })
}
