//! `prorateBatch`: many prorations as columns, each crossing the boundary in one piece.

use js_sys::JSON;
use wasm_bindgen::prelude::*;

use crate::bindings::columns::string_cells;
use crate::bindings::read;
use crate::bindings::text_encoder::utf8_of;
use crate::error::{Error, ErrorCode};
use crate::proration::{BatchColumns, BatchSettings, BatchShares};

/// Many prorations as columns, for bulk work: row `i` of `amounts`, `period_starts`,
/// `period_ends`, `froms` and `tos` is one proration as `prorate` computes it, all sharing
/// `timezone`, `unit`, `currency` and `rounding`. Returns `{ amounts, used, total }` columns.
/// Each column crosses into wasm in one piece, so a row costs far less than a `prorate` call.
#[wasm_bindgen(js_name = prorateBatch, unchecked_return_type = "ProrateBatchOutput")]
pub fn prorate_batch(
    #[wasm_bindgen(unchecked_param_type = "ProrateBatchInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let settings: BatchSettingsInput = read(input.clone())?;
    let amounts = column_json(&input, "amounts")?;
    let period_starts = column_json(&input, "period_starts")?;
    let period_ends = column_json(&input, "period_ends")?;
    let froms = column_json(&input, "froms")?;
    let tos = column_json(&input, "tos")?;
    let columns = BatchColumns {
        amounts: &column_cells(&amounts, "amounts")?,
        period_starts: &column_cells(&period_starts, "period_starts")?,
        period_ends: &column_cells(&period_ends, "period_ends")?,
        froms: &column_cells(&froms, "froms")?,
        tos: &column_cells(&tos, "tos")?,
    };
    let shares = crate::proration::prorate_batch(&columns, &settings.into_settings())?;
    JSON::parse(&shares_json(&shares))
}

/// The shared settings of a batch, read without touching its columns.
#[derive(serde::Deserialize)]
struct BatchSettingsInput {
    #[serde(default)]
    timezone: Option<String>,
    #[serde(default)]
    unit: Option<crate::proration::ProrationUnit>,
    #[serde(default)]
    currency: Option<crate::money::CurrencySpec>,
    #[serde(default)]
    rounding: Option<crate::money::RoundingMode>,
}

impl BatchSettingsInput {
    fn into_settings(self) -> BatchSettings {
        BatchSettings {
            timezone: self.timezone,
            unit: self.unit,
            currency: self.currency,
            rounding: self.rounding,
        }
    }
}

/// `JSON.stringify` of the array at `input[name]`, or a `BillkitError` naming `name`.
fn column_json(input: &JsValue, name: &str) -> Result<String, JsValue> {
    let not_an_array = || {
        JsValue::from(Error::new(
            ErrorCode::InvalidInput,
            name,
            format!("`{name}` must be an array of strings"),
        ))
    };
    let value = js_sys::Reflect::get(input, &name.into()).map_err(|_| not_an_array())?;
    if !js_sys::Array::is_array(&value) {
        return Err(not_an_array());
    }
    let json = JSON::stringify(&value).map_err(|_| not_an_array())?;
    utf8_of(&json).ok_or_else(not_an_array)
}

/// The cells of a column's JSON, or a `BillkitError` naming the first cell that is not a
/// string: `invalid_amount` for amounts (a JS number is never money), `invalid_date` else.
fn column_cells<'a>(json: &'a str, name: &str) -> Result<Vec<&'a str>, JsValue> {
    string_cells(json).map_err(|row| {
        let (code, what) = if name == "amounts" {
            (
                ErrorCode::InvalidAmount,
                "a decimal string such as \"10.00\"",
            )
        } else {
            (
                ErrorCode::InvalidDate,
                "a date or an RFC 3339 instant string",
            )
        };
        let field = format!("{name}[{row}]");
        let message = format!("`{field}` must be {what}");
        JsValue::from(Error::new(code, field, message))
    })
}

/// `{"amounts":[...],"used":[...],"total":[...]}` for one `JSON.parse`.
fn shares_json(shares: &BatchShares) -> String {
    let rows = shares.amounts.len();
    let mut json = String::with_capacity(40 + rows * 32);
    json.push_str("{\"amounts\":[");
    for (row, amount) in shares.amounts.iter().enumerate() {
        if row > 0 {
            json.push(',');
        }
        json.push('"');
        json.push_str(&amount.to_string());
        json.push('"');
    }
    for (name, column) in [("used", &shares.used), ("total", &shares.total)] {
        json.push_str("],\"");
        json.push_str(name);
        json.push_str("\":[");
        for (row, value) in column.iter().enumerate() {
            if row > 0 {
                json.push(',');
            }
            json.push_str(&value.to_string());
        }
    }
    json.push_str("]}");
    json
}
