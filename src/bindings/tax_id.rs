//! `validateTaxId`, `validateTaxIds` and `taxIdTypes`: results, never exceptions, for
//! whatever a form sends.

use js_sys::{Reflect, JSON};
use wasm_bindgen::prelude::*;

use crate::bindings::json_rows::{for_each_row, Field};
use crate::bindings::text_encoder::utf8_of;
use crate::bindings::utf16_fields::{packed_text, Utf16Fields};
use crate::error::{Error, ErrorCode};
use crate::json_text::{push_optional_string, push_string};
use crate::tax_id::{self, TaxIdResult, NOT_TEXT};

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
/// order. The rows cross into wasm in one piece and the results come back in one, so a number
/// costs a fraction of a `validateTaxId` call. Throws a `BillkitError` only when `inputs` is
/// not an array of plain data (`JSON.stringify` refuses a BigInt or a cycle).
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
    let packed = match packed_rows(&inputs) {
        Some(packed) => packed,
        None => json_rows(&inputs).ok_or_else(not_an_array)?,
    };
    Ok(NAMES.with(|names| tax_id_results(&packed.codes, &packed.entries, &packed.text, names)))
}

#[wasm_bindgen(module = "/src/bindings/tax_id_batch.js")]
extern "C" {
    /// The lengths of `inputs`' pairs and values, its text left pending; `None` when a row
    /// is not a plain object of string fields.
    #[wasm_bindgen(js_name = packTaxIdRows)]
    fn pack_tax_id_rows(inputs: &JsValue) -> Option<js_sys::Uint32Array>;
    /// Writes the pending text as UTF-8 into `bytes`; returns the count of bytes written.
    #[wasm_bindgen(js_name = encodeTaxIdRows)]
    fn encode_tax_id_rows(bytes: &mut [u8]) -> u32;
    /// The result objects of a batch, from [`Packed`]'s columns.
    #[wasm_bindgen(js_name = taxIdResults)]
    fn tax_id_results(codes: &[u8], entries: &[u16], text: &str, names: &JsValue) -> JsValue;
}

/// A (country, type) pair of a batch, looked up once for all its rows.
struct Pair<'a> {
    country: Option<&'a str>,
    type_name: &'a str,
    lookup: tax_id::Lookup,
}

/// The country length `packTaxIdRows` gives a pair without a country.
const NO_COUNTRY: u32 = u32::MAX;

/// The results of the rows `packTaxIdRows` packs, or `None` when it declines them or one of
/// their fields holds what `JSON.stringify` would escape: such a field is unreadable on the
/// JSON path, which is the contract, so the batch takes that path.
fn packed_rows(inputs: &JsValue) -> Option<Packed> {
    let numbers = pack_tax_id_rows(inputs)?.to_vec();
    let ([units, pair_count], numbers) = numbers.split_first_chunk::<2>()?;
    let text = packed_text(*units, encode_tax_id_rows)?;
    // A lone surrogate arrives as U+FFFD, which JSON.stringify would have escaped.
    if text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') || text.contains('\u{FFFD}') {
        return None;
    }
    let mut fields = Utf16Fields::new(&text);
    let (pair_lengths, rows) =
        numbers.split_at_checked(usize::try_from(*pair_count).ok()?.checked_mul(2)?)?;
    let pairs = pair_lengths
        .chunks_exact(2)
        .map(|lengths| {
            let [country, type_name] = *lengths else {
                return None;
            };
            let country = match country {
                NO_COUNTRY => None,
                units => Some(fields.take(units)?),
            };
            let type_name = fields.take(type_name)?;
            Some(Pair {
                country,
                type_name,
                lookup: tax_id::lookup(type_name, country),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let mut packed = Packed::with_rows(rows.len() / 2);
    for row in rows.chunks_exact(2) {
        let [pair, value] = *row else {
            return None;
        };
        let pair = pairs.get(usize::try_from(pair).ok()?)?;
        let value = fields.take(value)?;
        packed.push(&pair.lookup, pair.country, pair.type_name, value);
    }
    fields.is_empty().then_some(packed)
}

/// The results of `inputs` read through `JSON.stringify`, for batches `packTaxIdRows`
/// declines; `None` when `inputs` is not plain data.
fn json_rows(inputs: &JsValue) -> Option<Packed> {
    let rows = JSON::stringify(inputs).ok()?;
    let rows = utf8_of(&rows)?;
    let mut packed = Packed::with_rows(rows.len() / 40);
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
        packed.push(
            &tax_id::lookup(type_name, country),
            country,
            type_name,
            value,
        );
    })?;
    Some(packed)
}

thread_local! {
    /// `[country, type]` of every entry of `taxIdTypes`, by index, made once.
    static NAMES: JsValue = {
        let mut json = String::from("[");
        for (index, t) in tax_id::tax_id_types().iter().enumerate() {
            json.push_str(if index > 0 { ",[" } else { "[" });
            push_string(&mut json, t.country);
            json.push(',');
            push_string(&mut json, t.name);
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

/// The code of a valid row whose formatted form is its compact one, sent once.
const VALID_AS_COMPACT: u8 = 7;

/// About the length of a valid row's compact and formatted forms, to size the text once.
const ROW_TEXT_LEN: usize = 24;

impl Packed {
    fn with_rows(rows: usize) -> Packed {
        Packed {
            codes: Vec::with_capacity(rows),
            entries: Vec::with_capacity(rows),
            text: String::with_capacity(rows * ROW_TEXT_LEN),
        }
    }

    fn push(
        &mut self,
        lookup: &tax_id::Lookup,
        country: Option<&str>,
        type_name: &str,
        value: &str,
    ) {
        let check = tax_id::check_with(lookup, value);
        // The registry has far fewer entries than a u16 counts.
        match check.entry.ok().and_then(|index| u16::try_from(index).ok()) {
            Some(index) => self.entries.push(index),
            None => {
                self.entries.push(UNRESOLVED);
                let (country, type_name) = tax_id::echo(country, type_name);
                self.text.push_str(&country);
                self.text.push('\n');
                self.text.push_str(&type_name);
                self.text.push('\n');
            }
        }
        match (check.number, check.entry) {
            (Ok(number), Ok(index)) => {
                let compact = number.as_str();
                self.text.push_str(compact);
                self.text.push('\n');
                let formatted = tax_id::tax_id_types()
                    .get(index)
                    .filter(|entry| !entry.formats_as_compact())
                    .map(|entry| (entry.format)(compact))
                    .filter(|formatted| formatted != compact);
                match formatted {
                    None => self.codes.push(VALID_AS_COMPACT),
                    Some(formatted) => {
                        self.codes.push(0);
                        self.text.push_str(&formatted);
                        self.text.push('\n');
                    }
                }
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
        push_string(&mut json, t.country);
        json.push_str(",\"type\":");
        push_string(&mut json, t.name);
        json.push_str(",\"description\":");
        push_string(&mut json, t.description);
        json.push_str(if t.checksum {
            ",\"checksum\":true"
        } else {
            ",\"checksum\":false"
        });
        json.push_str(",\"rule\":");
        push_string(&mut json, t.rule);
        json.push_str(",\"source\":");
        push_string(&mut json, t.source);
        json.push_str(",\"example\":");
        push_string(&mut json, t.example);
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
    push_string(json, &result.country);
    json.push_str(",\"type\":");
    push_string(json, &result.type_name);
    json.push_str(",\"compact\":");
    push_optional_string(json, result.compact.as_deref());
    json.push_str(",\"formatted\":");
    push_optional_string(json, result.formatted.as_deref());
    json.push_str(",\"reason\":");
    push_optional_string(json, result.reason.map(|reason| reason.as_str()));
    json.push('}');
}
