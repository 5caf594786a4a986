//! Native timing of the invoice workload (bench/invoice-workload.mjs, written as JSON by
//! `make bench`). Run as `cargo bench --bench invoice -- <workload.json>`; prints the median
//! microseconds per preview over several passes: of `preview_invoice`, which reads the
//! subscription each time, and of `Subscription::preview`, which reads it once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use billkit::invoice::{preview_invoice, PreviewInvoiceInput, PreviewRequest, Subscription};

mod common;

fn main() {
    let path = common::workload_path("invoice");
    let text = std::fs::read_to_string(path).unwrap();
    let inputs: Vec<PreviewInvoiceInput> = serde_json::from_str(&text).unwrap();
    let requests: Vec<PreviewRequest> = serde_json::from_str(&text).unwrap();
    let subscription = Subscription::new(&inputs[0].subscription).unwrap();
    let one_shot = common::median_micros(inputs.len(), || {
        let mut lines = 0;
        for input in &inputs {
            lines += std::hint::black_box(preview_invoice(input).unwrap())
                .lines
                .len();
        }
        assert_eq!(lines, inputs.len() * 10);
    });
    let prepared = common::median_micros(requests.len(), || {
        let mut lines = 0;
        for request in &requests {
            lines += std::hint::black_box(subscription.preview(request).unwrap())
                .lines
                .len();
        }
        assert_eq!(lines, requests.len() * 10);
    });
    println!(
        "{{\"native_us_per_preview\": {one_shot:.3}, \"native_us_per_prepared_preview\": {prepared:.3}}}"
    );
}
