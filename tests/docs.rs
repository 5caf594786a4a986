//! The README's error table lists exactly the codes the library produces, in order.
#![allow(clippy::unwrap_used)]

use billkit::ErrorCode;

#[test]
fn readme_lists_every_error_code() {
    let readme = include_str!("../README.md");
    let table = readme.split("### Errors").nth(1).unwrap();
    let documented: Vec<&str> = table
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split('`').next())
        .collect();
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.as_str()).collect();
    assert_eq!(documented, codes);
}
