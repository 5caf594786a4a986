//! Replays the fuzz corpora (`fuzz/corpus/<target>/`, minimized by `make fuzz`) and the inputs
//! that once broke a promise (`fuzz/regressions/<target>/`) through the fuzz harness, natively
//! and on stable Rust: every one must still give JSON or an error with a message, without a
//! panic.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::fs;
use std::path::Path;

fn replay(folder: &str) -> Result<usize, String> {
    let mut replayed = 0;
    for (target, function) in harness::TARGETS {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz")
            .join(folder)
            .join(target);
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.map_err(|error| error.to_string())?.path();
            let data = fs::read(&path).map_err(|error| format!("{}: {error}", path.display()))?;
            harness::exercise(function, &data)
                .map_err(|broken| format!("{}: {broken}", path.display()))?;
            replayed += 1;
        }
    }
    Ok(replayed)
}

#[test]
fn every_fuzz_corpus_input_and_regression_still_holds() -> Result<(), String> {
    let replayed = replay("corpus")?;
    assert!(
        replayed >= 1_000,
        "only {replayed} corpus inputs: run `make fuzz` to rebuild fuzz/corpus"
    );
    replay("regressions")?;
    Ok(())
}
