//! billkit's errors for a value that did not fit, in the words a JS caller uses: what the
//! value was (`null`, `an array`, `a number with a fraction`) and what it should have been
//! (`a whole number`, `an object`) rather than serde's Rust names for them.

use serde::de::Unexpected;

/// What a value was, in a JS caller's words, and without serde's own wording, whose float
/// formatting would be the module's only use of Rust's (18 KB).
pub(super) fn in_js_words(unexpected: &Unexpected) -> String {
    match *unexpected {
        Unexpected::Bool(value) => format!("boolean `{value}`"),
        Unexpected::Unsigned(value) => format!("number `{value}`"),
        Unexpected::Signed(value) => format!("number `{value}`"),
        Unexpected::Float(value) if !value.is_finite() => "a number that is not finite".into(),
        Unexpected::Float(value) if value.fract() != 0.0 => "a number with a fraction".into(),
        Unexpected::Float(_) => "a number past 2^53".into(),
        Unexpected::Char(value) => format!("string \"{value}\""),
        Unexpected::Str(value) => format!("string {value:?}"),
        Unexpected::Unit | Unexpected::Option => "null".into(),
        Unexpected::Seq => "an array".into(),
        Unexpected::Map => "an object".into(),
        Unexpected::Other(what) => what.into(),
        _ => "a value of another type".into(),
    }
}

/// serde's words for the Rust types a value was expected to be, and a JS caller's for the
/// same thing (what the value was is written in JS words already).
const JS_TERMS: &[(&str, &str)] = &[
    ("expected a sequence", "expected an array"),
    ("expected i64", "expected a whole number"),
    ("expected u32", "expected a whole number, 0 or more"),
];

/// A deserializer's explanation with Rust's type names in the words a JS caller uses:
/// "expected i64" is "expected a whole number", "expected struct AnchorSpec" "expected an
/// object", "expected enum FeeTiming" (a name) "expected a string".
pub(super) fn in_js_terms(problem: &str) -> String {
    let mut problem = problem.to_owned();
    for (rust, js) in JS_TERMS {
        if problem.contains(rust) {
            problem = problem.replace(rust, js);
        }
    }
    for (rust, js) in [
        ("expected struct ", "an object"),
        ("expected enum ", "a string"),
    ] {
        if let Some((before, after)) = problem.split_once(rust) {
            let rest = after.split_once(' ').map_or("", |(_, rest)| rest);
            problem = format!("{before}expected {js} {rest}")
                .trim_end()
                .to_owned();
        }
    }
    problem
}

#[cfg(test)]
mod tests {
    use super::{in_js_terms, in_js_words};
    use serde::de::Unexpected;

    #[test]
    fn values_are_described_as_js_has_them() {
        let cases = [
            (Unexpected::Float(1.5), "a number with a fraction"),
            (Unexpected::Float(2f64.powi(60)), "a number past 2^53"),
            (Unexpected::Float(f64::NAN), "a number that is not finite"),
            (Unexpected::Signed(-3), "number `-3`"),
            (Unexpected::Unit, "null"),
            (Unexpected::Seq, "an array"),
            (Unexpected::Str("x"), "string \"x\""),
        ];
        for (unexpected, words) in cases {
            assert_eq!(in_js_words(&unexpected), words);
        }
    }

    #[test]
    fn rust_type_names_become_js_words() {
        assert_eq!(
            in_js_terms("invalid type: string \"1\", expected i64"),
            "invalid type: string \"1\", expected a whole number"
        );
        assert_eq!(
            in_js_terms("invalid type: null, expected struct AnchorSpec"),
            "invalid type: null, expected an object"
        );
        assert_eq!(
            in_js_terms("invalid type: number `1`, expected enum FeeTiming"),
            "invalid type: number `1`, expected a string"
        );
        assert_eq!(
            in_js_terms("invalid type: string \"x\", expected a sequence"),
            "invalid type: string \"x\", expected an array"
        );
        assert_eq!(
            in_js_terms("invalid value: number `-1`, expected u32"),
            "invalid value: number `-1`, expected a whole number, 0 or more"
        );
    }
}
