//! Tax ID validation natively, on the per-region vectors (tests/vectors/tax_id/*.json: known
//! valid and invalid numbers, each with its source), and the registry's own promises.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::BTreeSet;

use billkit::tax_id::{tax_id_types, validate_tax_id};
use serde_json::Value;

fn vector_files() -> Vec<(String, Value)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/tax_id");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, value)
        })
        .collect()
}

fn country(case: &Value) -> Option<&str> {
    case["country"].as_str()
}

#[test]
fn known_valid_numbers_are_valid_with_their_compact_form() {
    let mut checked = 0;
    for (file, vectors) in vector_files() {
        for entry in vectors["types"].as_array().unwrap() {
            let name = entry["type"].as_str().unwrap();
            for case in entry["valid"].as_array().unwrap() {
                let value = case["value"].as_str().unwrap();
                let result = validate_tax_id(country(entry), name, value);
                let at = format!("{file}: {name} {value:?} ({})", case["source"]);
                assert!(result.valid, "{at}: {:?}", result.reason);
                if let Some(compact) = case["compact"].as_str() {
                    assert_eq!(result.compact.as_deref(), Some(compact), "{at}");
                }
                if let Some(formatted) = case["formatted"].as_str() {
                    assert_eq!(result.formatted.as_deref(), Some(formatted), "{at}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 0);
}

#[test]
fn known_invalid_numbers_are_invalid_for_their_reason() {
    for (file, vectors) in vector_files() {
        for entry in vectors["types"].as_array().unwrap() {
            let name = entry["type"].as_str().unwrap();
            for case in entry["invalid"].as_array().unwrap() {
                let value = case["value"].as_str().unwrap();
                let result = validate_tax_id(country(entry), name, value);
                let at = format!("{file}: {name} {value:?} ({})", case["source"]);
                assert!(!result.valid, "{at}");
                assert_eq!(
                    result.reason.map(|r| r.as_str()),
                    case["reason"].as_str(),
                    "{at}"
                );
            }
        }
    }
}

#[test]
fn every_type_has_vectors_and_its_example_is_valid() {
    let mut with_vectors = BTreeSet::new();
    for (_, vectors) in vector_files() {
        for entry in vectors["types"].as_array().unwrap() {
            let country = entry["country"].as_str().unwrap().to_owned();
            with_vectors.insert((entry["type"].as_str().unwrap().to_owned(), country));
        }
    }
    for t in tax_id_types() {
        let result = validate_tax_id(Some(t.country), t.name, t.example);
        assert!(
            result.valid,
            "{} {}: example {:?}",
            t.name, t.country, t.example
        );
        let key = (t.name.to_owned(), t.country.to_owned());
        assert!(with_vectors.contains(&key), "{key:?} has no vectors");
    }
}
