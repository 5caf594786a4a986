//! `validateTaxId`, `validateTaxIds` and `taxIdTypes`: results, never exceptions, for
//! whatever a form sends.

use js_sys::{Reflect, JSON};
use wasm_bindgen::prelude::*;

use crate::bindings::json_rows::{for_each_row, Field};
use crate::bindings::text_encoder::utf8_of;
use crate::error::{Error, ErrorCode};
use crate::tax_id::{self, TaxIdResult};

/// A value that is not text (a JS number loses a tax ID's leading zeros) is checked as a
/// control character would be: `invalid_format`.
const NOT_TEXT: &str = "\u{0}";

/// Checks one tax ID: `{ country?, type, value }` gives `{ valid, country, type, compact,
/// formatted, reason }`. Never throws: an invalid number, an unknown type, a missing field
/// and junk all come back as `valid: false` with a `reason`.
#[wasm_bindgen(js_name = validateTaxId, unchecked_return_type = "TaxIdResult")]
pub fn validate_tax_id(
    #[wasm_bindgen(unchecked_param_type = "TaxIdInput")] input: JsValue,
) -> JsValue {
    let text = |name: &str| match Reflect::get(&input, &name.into()) {
        Ok(value) if value.is_null() || value.is_undefined() => None,
        Ok(value) => Some(value.as_string().unwrap_or_else(|| NOT_TEXT.to_owned())),
        Err(_) => None,
    };
    let country = text("country");
    let type_name = text("type").unwrap_or_default();
    let value = text("value").unwrap_or_else(|| NOT_TEXT.to_owned());
    let result = tax_id::validate_tax_id(country.as_deref(), &type_name, &value);
    let mut json = String::with_capacity(RESULT_JSON_LEN);
    push_result(&mut json, &result);
    JSON::parse(&json).unwrap_or(JsValue::NULL)
}

/// Checks many tax IDs at once: an array of `validateTaxId` inputs gives their results in
/// order. The array crosses into wasm in one piece and the results come back in one, so a
/// number costs a fraction of a `validateTaxId` call. Throws a `BillkitError` only when
/// `inputs` is not an array of plain data (`JSON.stringify` refuses a BigInt or a cycle).
#[wasm_bindgen(js_name = validateTaxIds, unchecked_return_type = "TaxIdResult[]")]
pub fn validate_tax_ids(
    #[wasm_bindgen(unchecked_param_type = "TaxIdInput[]")] inputs: JsValue,
) -> Result<JsValue, JsValue> {
    let not_an_array = || {
        JsValue::from(Error::new(
            ErrorCode::InvalidInput,
            "",
            "`validateTaxIds` takes an array of plain `{ country, type, value }` objects",
        ))
    };
    if !js_sys::Array::is_array(&inputs) {
        return Err(not_an_array());
    }
    let rows = JSON::stringify(&inputs).map_err(|_| not_an_array())?;
    let rows = utf8_of(&rows).ok_or_else(not_an_array)?;
    let mut packed = Packed::with_rows_of(rows.len());
    for_each_row(&rows, |field| {
        let country = match field("country") {
            Field::Missing => None,
            Field::Text(text) => Some(text),
            Field::Unreadable => Some(NOT_TEXT),
        };
        let type_name = match field("type") {
            Field::Text(text) => text,
            Field::Missing | Field::Unreadable => "",
        };
        let value = match field("value") {
            Field::Text(text) => text,
            Field::Missing | Field::Unreadable => NOT_TEXT,
        };
        packed.push(country, type_name, value);
    })
    .ok_or_else(not_an_array)?;
    Ok(NAMES.with(|names| tax_id_results(&packed.codes, &packed.entries, &packed.text, names)))
}

#[wasm_bindgen(module = "/src/bindings/tax_id_results.js")]
extern "C" {
    /// The result objects of a batch, from [`Packed`]'s columns.
    #[wasm_bindgen(js_name = taxIdResults)]
    fn tax_id_results(codes: &[u8], entries: &[u16], text: &str, names: &JsValue) -> JsValue;
}

thread_local! {
    /// `[country, type]` of every entry of `taxIdTypes`, by index, made once.
    static NAMES: JsValue = {
        let mut json = String::from("[");
        for (index, t) in tax_id::tax_id_types().iter().enumerate() {
            json.push_str(if index > 0 { ",[" } else { "[" });
            push_json_string(&mut json, t.country);
            json.push(',');
            push_json_string(&mut json, t.name);
            json.push(']');
        }
        json.push(']');
        JSON::parse(&json).unwrap_or(JsValue::NULL)
    };
}

/// A batch's results as `taxIdResults` reads them.
struct Packed {
    codes: Vec<u8>,
    entries: Vec<u16>,
    text: String,
}

/// The entry of a row whose type or country fits no entry.
const UNRESOLVED: u16 = u16::MAX;

impl Packed {
    fn with_rows_of(json_len: usize) -> Packed {
        let rows = json_len / 40;
        Packed {
            codes: Vec::with_capacity(rows),
            entries: Vec::with_capacity(rows),
            text: String::with_capacity(json_len / 2),
        }
    }

    fn push(&mut self, country: Option<&str>, type_name: &str, value: &str) {
        let check = tax_id::check_tax_id(country, type_name, value);
        match check.entry.ok().and_then(|index| u16::try_from(index).ok()) {
            Some(index) => self.entries.push(index),
            None => {
                self.entries.push(UNRESOLVED);
                let result = tax_id::validate_tax_id(country, type_name, value);
                self.text.push_str(&result.country);
                self.text.push('\n');
                self.text.push_str(&result.type_name);
                self.text.push('\n');
            }
        }
        match (check.number, check.entry) {
            (Ok(number), Ok(index)) => {
                self.codes.push(0);
                self.text.push_str(number.as_str());
                self.text.push('\n');
                if let Some(entry) = tax_id::tax_id_types().get(index) {
                    self.text.push_str(&(entry.format)(number.as_str()));
                }
                self.text.push('\n');
            }
            (Err(reason), _) | (Ok(_), Err(reason)) => self.codes.push(reason_code(reason)),
        }
    }
}

/// 1 + the reason's index in [`tax_id::Reason::ALL`], as `taxIdResults` numbers them.
fn reason_code(reason: tax_id::Reason) -> u8 {
    let index = tax_id::Reason::ALL.iter().position(|r| *r == reason);
    index
        .and_then(|i| u8::try_from(i + 1).ok())
        .unwrap_or(u8::MAX)
}

/// Every supported `(country, type)` pair: `{ country, type, description, checksum, rule,
/// source, example }`, sorted by type then country; `eu_vat` once per member state.
#[wasm_bindgen(js_name = taxIdTypes, unchecked_return_type = "TaxIdType[]")]
pub fn tax_id_types() -> JsValue {
    let mut json = String::from("[");
    for (index, t) in tax_id::tax_id_types().iter().enumerate() {
        if index > 0 {
            json.push(',');
        }
        json.push_str("{\"country\":");
        push_json_string(&mut json, t.country);
        json.push_str(",\"type\":");
        push_json_string(&mut json, t.name);
        json.push_str(",\"description\":");
        push_json_string(&mut json, t.description);
        json.push_str(if t.checksum {
            ",\"checksum\":true"
        } else {
            ",\"checksum\":false"
        });
        json.push_str(",\"rule\":");
        push_json_string(&mut json, t.rule);
        json.push_str(",\"source\":");
        push_json_string(&mut json, t.source);
        json.push_str(",\"example\":");
        push_json_string(&mut json, t.example);
        json.push('}');
    }
    json.push(']');
    JSON::parse(&json).unwrap_or(JsValue::NULL)
}

/// About the length of one result's JSON, to size buffers once.
const RESULT_JSON_LEN: usize = 120;

/// `result` as `{"valid":..,"country":..,"type":..,"compact":..,"formatted":..,"reason":..}`,
/// every field present (null when absent) so that every result has one shape.
fn push_result(json: &mut String, result: &TaxIdResult) {
    json.push_str(if result.valid {
        "{\"valid\":true,\"country\":"
    } else {
        "{\"valid\":false,\"country\":"
    });
    push_json_string(json, &result.country);
    json.push_str(",\"type\":");
    push_json_string(json, &result.type_name);
    json.push_str(",\"compact\":");
    push_optional(json, result.compact.as_deref());
    json.push_str(",\"formatted\":");
    push_optional(json, result.formatted.as_deref());
    json.push_str(",\"reason\":");
    push_optional(json, result.reason.map(|reason| reason.as_str()));
    json.push('}');
}

fn push_optional(json: &mut String, text: Option<&str>) {
    match text {
        Some(text) => push_json_string(json, text),
        None => json.push_str("null"),
    }
}

/// `text` as a JSON string. Compact forms are plain ASCII; only echoed unknown types and
/// countries can hold quotes, backslashes or control characters.
fn push_json_string(json: &mut String, text: &str) {
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            c if u32::from(c) < 0x20 => json.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => json.push(c),
        }
    }
    json.push('"');
}
