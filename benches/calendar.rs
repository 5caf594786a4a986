//! Native timing of the calendar workload (bench/workload.mjs writes the inputs as JSON).
//! Run by `make bench` as `cargo bench --bench calendar -- <workload.json>`; prints the
//! median microseconds per subscription over several passes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use billkit::{billing_periods, BillingPeriodsInput};

mod common;

fn main() {
    let path = common::workload_path("calendar");
    let inputs: Vec<BillingPeriodsInput> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let micros = common::median_micros(inputs.len(), || {
        let mut periods = 0;
        for input in &inputs {
            periods += std::hint::black_box(billing_periods(input).unwrap()).len();
        }
        assert_eq!(periods, inputs.len() * 24);
    });
    println!("{{\"native_us_per_subscription\": {micros:.3}}}");
}
