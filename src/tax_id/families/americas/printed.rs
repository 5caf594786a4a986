//! Printed forms shared by several countries of the region: separators that change along the
//! number (`11.222.333/0001-81`), and thousands groups before a check digit (`12.531.909-2`).

/// `compact` with each mark's character inserted at its byte offset (offsets ascending), for
/// printed forms whose separators differ. Offsets past the end are ignored.
pub fn format_with_marks(compact: &str, marks: &[(usize, char)]) -> String {
    let mut out = String::with_capacity(compact.len() + marks.len());
    let mut start = 0;
    for &(cut, mark) in marks {
        if let Some(part) = compact.get(start..cut) {
            out.push_str(part);
            out.push(mark);
            start = cut;
        }
    }
    out.push_str(compact.get(start..).unwrap_or_default());
    out
}

/// The number in groups of three from the right, dot-separated, then a dash before the last
/// character (its check digit): Chile's RUT and Colombia's NIT are printed so.
pub fn format_thousands_then_check(compact: &str) -> String {
    let Some(body_len) = compact.len().checked_sub(1) else {
        return compact.to_owned();
    };
    let lead = match body_len % 3 {
        0 => 3,
        rest => rest,
    };
    let mut marks: Vec<(usize, char)> = (lead..body_len).step_by(3).map(|cut| (cut, '.')).collect();
    marks.push((body_len, '-'));
    format_with_marks(compact, &marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_groups() {
        assert_eq!(
            format_with_marks("11222333000181", &[(2, '.'), (5, '.'), (8, '/'), (12, '-')]),
            "11.222.333/0001-81"
        );
        assert_eq!(format_thousands_then_check("125319092"), "12.531.909-2");
        assert_eq!(format_thousands_then_check("2131234321"), "213.123.432-1");
        assert_eq!(format_thousands_then_check("12345678"), "1.234.567-8");
    }
}
