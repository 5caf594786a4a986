//! What the native benches share: finding the workload `make bench` wrote, and timing.
#![allow(clippy::panic, clippy::indexing_slicing)]

use std::time::Instant;

/// The workload file `make bench` passes after `--`.
pub fn workload_path(bench: &str) -> String {
    std::env::args()
        .skip(1)
        .find(|arg| arg.ends_with(".json"))
        .unwrap_or_else(|| panic!("usage: cargo bench --bench {bench} -- <workload.json>"))
}

/// The median microseconds per item of seven passes of `run` over `items` items.
pub fn median_micros(items: usize, mut run: impl FnMut()) -> f64 {
    let mut passes: Vec<f64> = (0..7)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed().as_secs_f64() * 1e6 / items as f64
        })
        .collect();
    passes.sort_by(f64::total_cmp);
    passes[passes.len() / 2]
}
