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

use billkit::tax_id::{tax_id_types, validate_tax_id, Reason};
use serde_json::Value;

fn vector_files() -> Vec<(String, Value)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/tax_id");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .filter(|path| !path.ends_with("types.json"))
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

#[test]
fn the_characters_only_some_types_keep_make_every_other_type_invalid() {
    // `&`, `Ñ` (Mexican RFCs) and `(0)` (Belgian numbers) pass the shared cleaner: a type
    // must still refuse them as a character with no place in its numbers.
    for t in tax_id_types() {
        for inserted in ["&", "Ñ", "(", ")"] {
            let split = t.example.len() / 2;
            let (head, tail) = t.example.split_at(split);
            let value = format!("{head}{inserted}{tail}");
            let result = validate_tax_id(Some(t.country), t.name, &value);
            let takes_it = t.name == "mx_rfc" && inserted != "(" && inserted != ")";
            if !takes_it {
                assert_eq!(
                    result.reason,
                    Some(Reason::InvalidFormat),
                    "{} {}: {value:?}",
                    t.name,
                    t.country
                );
            }
        }
    }
}

#[test]
fn the_registry_is_exactly_orb_and_stripe_lists() {
    let list: Value = serde_json::from_str(include_str!("vectors/tax_id/types.json")).unwrap();
    let mut expected = BTreeSet::new();
    for entry in list["types"].as_array().unwrap() {
        for country in entry["countries"].as_array().unwrap() {
            let name = entry["type"].as_str().unwrap().to_owned();
            expected.insert((name, country.as_str().unwrap().to_owned()));
        }
    }
    assert_eq!(list["types"].as_array().unwrap().len(), 135);
    let registered: BTreeSet<_> = tax_id_types()
        .iter()
        .map(|t| (t.name.to_owned(), t.country.to_owned()))
        .collect();
    let missing: Vec<_> = expected.difference(&registered).collect();
    let extra: Vec<_> = registered.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, extra {extra:?}"
    );
}

/// docs/tax-ids.md as the registry and the vectors' departures describe it.
fn tax_id_doc() -> String {
    let mut doc = String::from(
        "# Tax ID types\n\n\
         Every (type, country) pair billkit validates, as `taxIdTypes()` lists it: the rule \
         checked and where it comes from, and a number that validates. Generated from the \
         registry by `UPDATE_DOCS=1 cargo test --test tax_id`; a test keeps it in sync.\n\n\
         | type | country | description | check digit | rule | source | example |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for t in tax_id_types() {
        let cells = [
            format!("`{}`", t.name),
            t.country.to_owned(),
            t.description.to_owned(),
            (if t.checksum { "yes" } else { "no" }).to_owned(),
            t.rule.to_owned(),
            t.source.to_owned(),
            format!("`{}`", t.example),
        ];
        let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        doc.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    doc.push_str(
        "\n## Departures from python-stdnum\n\n\
         python-stdnum 2.2 is the reference (tests/tax_id/differential.py checks agreement on \
         generated valid numbers and their mutations). Where billkit decides otherwise, on \
         purpose:\n\n\
         | type | country | billkit is | why |\n|---|---|---|---|\n",
    );
    for (_, vectors) in vector_files() {
        for entry in vectors["types"].as_array().unwrap() {
            if let Some(departure) = entry.get("departure") {
                let direction = match departure["direction"].as_str().unwrap() {
                    "billkit_looser" => "looser (accepts more)",
                    _ => "stricter (refuses more)",
                };
                doc.push_str(&format!(
                    "| `{}` | {} | {} | {} |\n",
                    entry["type"].as_str().unwrap(),
                    entry["country"].as_str().unwrap(),
                    direction,
                    departure["why"].as_str().unwrap().replace('|', "\\|")
                ));
            }
        }
    }
    doc
}

#[test]
fn docs_list_every_type_with_its_rule() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/tax-ids.md");
    let expected = tax_id_doc();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let written = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        written == expected,
        "docs/tax-ids.md is out of date: run UPDATE_DOCS=1 cargo test --test tax_id"
    );
}
