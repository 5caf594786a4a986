//! Strings written as JSON text straight into a buffer, escaped as serde_json escapes them,
//! for results that cross into JS as one `JSON.parse`.

/// `text` as a JSON string, escaped as serde_json escapes it: `"`, `\` and control
/// characters, with the short forms `\n`, `\t` and so on where JSON has them. Runs that
/// need no escape are copied whole.
pub(crate) fn push_string(json: &mut String, text: &str) {
    json.push('"');
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c == '"' || c == '\\' || c < ' ') {
        let (plain, escaped) = rest.split_at(at);
        json.push_str(plain);
        let mut chars = escaped.chars();
        if let Some(c) = chars.next() {
            push_escaped(json, c);
        }
        rest = chars.as_str();
    }
    json.push_str(rest);
    json.push('"');
}

fn push_escaped(json: &mut String, c: char) {
    match c {
        '"' => json.push_str("\\\""),
        '\\' => json.push_str("\\\\"),
        '\u{8}' => json.push_str("\\b"),
        '\u{c}' => json.push_str("\\f"),
        '\n' => json.push_str("\\n"),
        '\r' => json.push_str("\\r"),
        '\t' => json.push_str("\\t"),
        control => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let code = u32::from(control);
            json.push_str("\\u00");
            for nibble in [code >> 4, code & 0xf] {
                json.push(
                    HEX.get(nibble as usize)
                        .map_or('0', |&digit| char::from(digit)),
                );
            }
        }
    }
}

/// `text` as a JSON string, or `null`.
pub(crate) fn push_optional_string(json: &mut String, text: Option<&str>) {
    match text {
        Some(text) => push_string(json, text),
        None => json.push_str("null"),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn string_json(text: &str) -> String {
        let mut json = String::new();
        push_string(&mut json, text);
        json
    }

    #[test]
    fn worked_strings() {
        assert_eq!(string_json("Platform fee"), r#""Platform fee""#);
        assert_eq!(
            string_json("a\"b\\c\nd\te\u{1}f\u{8}\u{c}\r"),
            r#""a\"b\\c\nd\te\u0001f\b\f\r""#
        );
        assert_eq!(string_json("Zürich \u{2028}"), "\"Zürich \u{2028}\"");
    }
}

// proptest does not build for wasm32 (its random source).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::string_json;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn strings_as_serde_json_writes_them(text in "\\PC*|[\"\\\\\\x00-\\x1f\u{7f}\u{2028}é]{0,12}") {
            prop_assert_eq!(string_json(&text), serde_json::to_string(&text).unwrap());
        }
    }
}
