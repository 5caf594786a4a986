//! The rows of `JSON.stringify` of an array of flat objects, read in wasm without a JSON
//! library: the fields of each row borrowed from the text, for batch entry points whose rows
//! cross the boundary in one piece.

/// One field of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field<'a> {
    /// The row has no such field, or it is `null`.
    Missing,
    /// A string without escapes.
    Text(&'a str),
    /// A number, a boolean, an object, an array, or a string with escapes (a quote, a
    /// backslash or a control character, none of which a valid cell holds).
    Unreadable,
}

/// Reads `json`, the `JSON.stringify` of an array, calling `row` with a lookup of each
/// element's fields by name (every field `Missing` when the element is not an object).
/// `None` when `json` is not an array.
pub fn for_each_row<'a>(
    json: &'a str,
    mut row: impl FnMut(&dyn Fn(&str) -> Field<'a>),
) -> Option<()> {
    let mut rest = json.strip_prefix('[')?;
    if let Some(after) = rest.strip_prefix(']') {
        return after.is_empty().then_some(());
    }
    loop {
        let (element, after) = split_value(rest)?;
        let fields = object_fields(element);
        row(&|name| fields.get(name));
        match after.as_bytes().first()? {
            b',' => rest = after.get(1..)?,
            b']' => return after.get(1..)?.is_empty().then_some(()),
            _ => return None,
        }
    }
}

/// The most fields of a row that are read; later ones are ignored. (`validateTaxIds`' own
/// reader, tax_id_batch.js, leaves rows with more to this one, so that both read the same.)
const MAX_FIELDS: usize = 8;

/// The first [`MAX_FIELDS`] fields of a row, kept on the stack.
struct Fields<'a> {
    slots: [(&'a str, Field<'a>); MAX_FIELDS],
    len: usize,
}

impl<'a> Fields<'a> {
    fn get(&self, name: &str) -> Field<'a> {
        self.slots
            .iter()
            .take(self.len)
            .find(|(key, _)| *key == name)
            .map_or(Field::Missing, |(_, field)| *field)
    }

    fn push(&mut self, key: &'a str, field: Field<'a>) {
        if let Some(slot) = self.slots.get_mut(self.len) {
            *slot = (key, field);
            self.len += 1;
        }
    }
}

/// The fields of an object's JSON text, or none when it is not an object.
fn object_fields(element: &str) -> Fields<'_> {
    let mut fields = Fields {
        slots: [("", Field::Missing); MAX_FIELDS],
        len: 0,
    };
    let Some(mut rest) = element.strip_prefix('{') else {
        return fields;
    };
    while rest.starts_with('"') {
        let Some((key, after_key)) = split_string(rest) else {
            break;
        };
        let Some((value, after)) = after_key.strip_prefix(':').and_then(split_value) else {
            break;
        };
        let key = key.get(1..key.len() - 1).unwrap_or_default();
        fields.push(key, field(value));
        rest = after.strip_prefix(',').unwrap_or(after);
    }
    fields
}

fn field(value: &str) -> Field<'_> {
    if value == "null" {
        return Field::Missing;
    }
    match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(text) if !text.contains('\\') => Field::Text(text),
        _ => Field::Unreadable,
    }
}

/// The JSON string (quotes included) at the start of `text` and what follows it.
fn split_string(text: &str) -> Option<(&str, &str)> {
    let mut escaped = false;
    for (index, byte) in text.bytes().enumerate().skip(1) {
        match (escaped, byte) {
            (true, _) => escaped = false,
            (false, b'\\') => escaped = true,
            (false, b'"') => return Some(text.split_at(index + 1)),
            _ => {}
        }
    }
    None
}

/// The JSON value at the start of `text` and what follows it. `JSON.stringify` writes no
/// whitespace, so a value ends at the `,`, `]` or `}` outside strings and brackets.
fn split_value(text: &str) -> Option<(&str, &str)> {
    let mut depth = 0_usize;
    let mut in_string = false;
    let mut escaped = false;
    for (index, byte) in text.bytes().enumerate() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' | b',' if depth == 0 => return Some(text.split_at(index)),
            b'}' | b']' => depth -= 1,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(json: &str) -> Option<Vec<(Field<'_>, Field<'_>)>> {
        let mut out = Vec::new();
        for_each_row(json, |get| out.push((get("type"), get("value"))))?;
        Some(out)
    }

    #[test]
    fn reads_flat_rows_and_skips_nested_values() {
        let json = r#"[{"type":"eu_vat","value":"DE1"},{"x":{"a":[1,"]"]},"value":"2"},null,{}]"#;
        assert_eq!(
            rows(json),
            Some(vec![
                (Field::Text("eu_vat"), Field::Text("DE1")),
                (Field::Missing, Field::Text("2")),
                (Field::Missing, Field::Missing),
                (Field::Missing, Field::Missing),
            ])
        );
    }

    #[test]
    fn escapes_and_non_strings_are_unreadable() {
        let json = r#"[{"type":"a\"b","value":123},{"value":"\u0000","k\":":1}]"#;
        assert_eq!(
            rows(json),
            Some(vec![
                (Field::Unreadable, Field::Unreadable),
                (Field::Missing, Field::Unreadable),
            ])
        );
    }

    #[test]
    fn not_an_array_is_none() {
        assert_eq!(rows("{}"), None);
        assert_eq!(rows("[1,"), None);
        assert_eq!(rows("[]"), Some(vec![]));
    }
}
