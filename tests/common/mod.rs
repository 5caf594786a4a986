//! What the native vector tests share: checking one case's outcome against its vector.
#![allow(dead_code, clippy::panic)]

use serde_json::Value;

/// Asserts that `got` is the vector's `case[key]`, or the error its `case["error"]` names
/// (code and field).
pub fn check_outcome<T: serde::Serialize + std::fmt::Debug>(
    name: &str,
    got: billkit::Result<T>,
    case: &Value,
    key: &str,
) {
    match (got, case.get("error")) {
        (Ok(value), None) => assert_eq!(serde_json::to_value(&value).unwrap(), case[key], "{name}"),
        (Err(error), Some(expected)) => {
            assert_eq!(error.code().as_str(), expected["code"], "{name}: {error}");
            assert_eq!(error.field(), expected["field"], "{name}: {error}");
        }
        (got, _) => panic!("{name}: unexpected {got:?}"),
    }
}
