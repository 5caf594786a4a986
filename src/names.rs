//! Ids and names that a result repeats: bounded, so that a long one cannot multiply into an
//! output many times the input's size (a 1 MB price id on each of 1,000 periods).

use crate::error::{Error, ErrorCode, Result};

/// The most characters an id or a name may have.
pub const MAX_NAME_CHARS: usize = 256;

/// `name` when it has at most [`MAX_NAME_CHARS`] characters; else `out_of_range` at `field`.
pub(crate) fn check_name<'a>(name: &'a str, field: &str) -> Result<&'a str> {
    // Bytes bound characters from above: most names need no count at all.
    if name.len() <= MAX_NAME_CHARS || name.chars().count() <= MAX_NAME_CHARS {
        return Ok(name);
    }
    Err(Error::new(
        ErrorCode::OutOfRange,
        field,
        format!("`{field}` has more than {MAX_NAME_CHARS} characters"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_counted_in_characters() {
        assert!(check_name(&"é".repeat(MAX_NAME_CHARS), "id").is_ok());
        let error = check_name(&"x".repeat(MAX_NAME_CHARS + 1), "plan.id").unwrap_err();
        assert_eq!(
            (error.code(), error.field()),
            (ErrorCode::OutOfRange, "plan.id")
        );
    }
}
