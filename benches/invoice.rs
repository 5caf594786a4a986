//! Native timing of the invoice workload (bench/invoice-workload.mjs, written as JSON by
//! `make bench`). Run as `cargo bench --bench invoice -- <workload.json>`; prints the median
//! microseconds per preview over several passes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use billkit::invoice::{preview_invoice, PreviewInvoiceInput};

mod common;

fn main() {
    let path = common::workload_path("invoice");
    let inputs: Vec<PreviewInvoiceInput> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let micros = common::median_micros(inputs.len(), || {
        let mut lines = 0;
        for input in &inputs {
            lines += std::hint::black_box(preview_invoice(input).unwrap())
                .lines
                .len();
        }
        assert_eq!(lines, inputs.len() * 10);
    });
    println!("{{\"native_us_per_preview\": {micros:.3}}}");
}
