//! Columns of strings in and out of wasm in one crossing each: `JSON.stringify` of the
//! array on the way in, one JSON text for `JSON.parse` on the way out.
//!
//! Reading a column cell by cell costs a boundary call per cell, more than the prorations.

/// The cells of `json`, the `JSON.stringify` of an array of strings, borrowed from it; or
/// the index of the first cell that is not a plain string (a number, `null`, an object, or
/// a string with escapes, which no valid amount or date has).
pub fn string_cells(json: &str) -> Result<Vec<&str>, usize> {
    let body = json
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .ok_or(0_usize)?;
    if body.is_empty() {
        return Ok(Vec::new());
    }
    let mut cells = Vec::new();
    let mut rest = body;
    loop {
        let index = cells.len();
        let inner = rest.strip_prefix('"').ok_or(index)?;
        let end = inner.find('"').ok_or(index)?;
        let (cell, after) = inner.split_at(end);
        if cell.contains('\\') {
            return Err(index);
        }
        cells.push(cell);
        match after.get(1..) {
            Some("") => return Ok(cells),
            Some(next) => rest = next.strip_prefix(',').ok_or(index)?,
            None => return Err(index),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::string_cells;

    #[test]
    fn reads_the_cells_of_a_stringified_array() {
        assert_eq!(
            string_cells(r#"["10.00","2024-01-01"]"#),
            Ok(vec!["10.00", "2024-01-01"])
        );
        assert_eq!(string_cells("[]"), Ok(vec![]));
        assert_eq!(string_cells(r#"[""]"#), Ok(vec![""]));
    }

    #[test]
    fn names_the_first_cell_that_is_not_a_plain_string() {
        assert_eq!(string_cells(r#"["1.00",10.5]"#), Err(1));
        assert_eq!(string_cells(r#"[null]"#), Err(0));
        assert_eq!(string_cells(r#"["a\"b"]"#), Err(0));
        assert_eq!(string_cells(r#"["1","2",{"x":1}]"#), Err(2));
        assert_eq!(string_cells("{}"), Err(0));
    }
}
