//! Native timing of the proration workload (bench/proration-workload.mjs writes the inputs
//! as JSON): `prorate` one by one and `prorate_batch` as columns. Run by `make bench` as
//! `cargo bench --bench proration -- <prorations.json>`; prints median microseconds per row.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use billkit::money::CurrencySpec;
use billkit::proration::{prorate, prorate_batch, BatchColumns, BatchSettings, ProrateInput};

mod common;

fn main() {
    let path = common::workload_path("proration");
    let inputs: Vec<ProrateInput> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let column = |pick: fn(&ProrateInput) -> &str| inputs.iter().map(pick).collect::<Vec<&str>>();
    let amounts: Vec<String> = inputs
        .iter()
        .map(|input| {
            serde_json::to_value(&input.amount)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let amounts: Vec<&str> = amounts.iter().map(String::as_str).collect();
    let (starts, ends) = (column(|i| &i.period_start), column(|i| &i.period_end));
    let (froms, tos) = (column(|i| &i.from), column(|i| &i.to));
    let columns = BatchColumns {
        amounts: &amounts,
        period_starts: &starts,
        period_ends: &ends,
        froms: &froms,
        tos: &tos,
    };
    let settings = BatchSettings {
        timezone: Some("UTC".into()),
        currency: Some(CurrencySpec::Iso("USD".into())),
        rounding: inputs[0].rounding,
        unit: inputs[0].unit,
    };
    let one_by_one = common::median_micros(inputs.len(), || {
        for input in &inputs {
            std::hint::black_box(prorate(input).unwrap());
        }
    });
    let batch = common::median_micros(inputs.len(), || {
        std::hint::black_box(prorate_batch(&columns, &settings).unwrap());
    });
    println!("{{\"native_prorate_us\": {one_by_one:.3}, \"native_batch_us\": {batch:.3}}}");
}
