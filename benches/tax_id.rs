//! Native timing of the tax ID workload (bench/tax-id-workload.mjs writes the rows as JSON):
//! `validate_tax_ids` over all of them. Run by `make bench` as
//! `cargo bench --bench tax_id -- <tax_ids.json>`; prints median microseconds per number.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use billkit::tax_id::{validate_tax_ids, TaxIdInput};
use serde_json::Value;

mod common;

fn main() {
    let path = common::workload_path("tax_id");
    let rows: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let text = |row: &Value, key: &str| row[key].as_str().unwrap_or_default().to_owned();
    let inputs: Vec<TaxIdInput> = rows
        .iter()
        .map(|row| TaxIdInput {
            country: Some(text(row, "country")),
            type_name: text(row, "type"),
            value: text(row, "value"),
        })
        .collect();
    let micros = common::median_micros(inputs.len(), || {
        std::hint::black_box(validate_tax_ids(&inputs));
    });
    println!("{{\"native_us\": {micros:.3}}}");
}
