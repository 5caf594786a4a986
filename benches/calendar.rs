//! Native timing of the calendar workload (bench/workload.mjs writes the inputs as JSON).
//! Run by `make bench` as `cargo bench --bench calendar -- <workload.json>`; prints the
//! median microseconds per subscription over several passes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

use billkit::{billing_periods, BillingPeriodsInput};

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|arg| arg.ends_with(".json"))
        .expect("usage: cargo bench --bench calendar -- <workload.json>");
    let inputs: Vec<BillingPeriodsInput> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut passes: Vec<f64> = (0..7)
        .map(|_| {
            let started = Instant::now();
            let mut periods = 0;
            for input in &inputs {
                periods += std::hint::black_box(billing_periods(input).unwrap()).len();
            }
            assert_eq!(periods, inputs.len() * 24);
            started.elapsed().as_secs_f64() * 1e6 / inputs.len() as f64
        })
        .collect();
    passes.sort_by(f64::total_cmp);
    println!(
        "{{\"native_us_per_subscription\": {:.3}}}",
        passes[passes.len() / 2]
    );
}
