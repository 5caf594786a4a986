//! Validates tax IDs natively: reads a JSON array of `{ "country"?, "type", "value" }` on
//! stdin and writes a JSON array of `{ "valid", "country", "type", "compact", "formatted",
//! "reason" }`. The python-stdnum differential test (tests/tax_id/differential.py) and the
//! package's test (wasm against native) run their inputs through it.

use std::io::Read;

use billkit::tax_id::{validate_tax_ids, TaxIdInput};
use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let inputs: Vec<Value> = serde_json::from_str(&text)?;
    let inputs: Vec<TaxIdInput> = inputs.iter().map(read_input).collect();
    let results: Vec<Value> = validate_tax_ids(&inputs)
        .into_iter()
        .map(|r| {
            json!({
                "valid": r.valid,
                "country": r.country,
                "type": r.type_name,
                "compact": r.compact,
                "formatted": r.formatted,
                "reason": r.reason.map(|reason| reason.as_str()),
            })
        })
        .collect();
    println!("{}", serde_json::to_string(&results)?);
    Ok(())
}

fn read_input(input: &Value) -> TaxIdInput {
    let text = |key: &str| input.get(key).and_then(Value::as_str).map(str::to_owned);
    TaxIdInput {
        country: text("country"),
        type_name: text("type").unwrap_or_default(),
        value: text("value").unwrap_or_default(),
    }
}
