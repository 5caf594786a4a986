//! The errors for arguments that do not fit their types, worded the same for every runtime:
//! the package's and [`crate::json`]'s.

use crate::error::{Error, ErrorCode};
use crate::text::shorten;

/// How much of a deserializer's own explanation an error message keeps.
const MAX_PROBLEM_CHARS: usize = 160;

/// The error for an argument that did not fit at `field` (empty for the whole input), with
/// the deserializer's `problem`: `out_of_range` for a list past its bound
/// ([`crate::bounded`]), else `invalid_input`.
pub(crate) fn unfit_argument(field: String, problem: &str) -> Error {
    let problem = shorten(problem, MAX_PROBLEM_CHARS);
    let message = if field.is_empty() {
        format!("the input is not valid: {problem}")
    } else {
        format!("`{field}` is not valid: {problem}")
    };
    Error::new(crate::bounded::code_of(&problem), field, message)
}

/// The error for a positional argument that should have been a date or instant string.
pub(crate) fn not_a_string(field: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        field,
        format!("`{field}` must be a string: a date or an RFC 3339 instant"),
    )
}
