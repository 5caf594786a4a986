//! Quoting untrusted input inside error messages.

/// How much of an offending input an error message repeats.
const EXCERPT_CHARS: usize = 40;

/// `text` quoted for an error message, cut to a readable length so that a 100 KB string
/// does not become a 100 KB message.
pub fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() {
        format!("{:?}…", head)
    } else {
        format!("{:?}", head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_quoted_whole() {
        assert_eq!(excerpt("Bad/Zone"), "\"Bad/Zone\"");
    }

    #[test]
    fn long_text_is_cut_at_forty_characters() {
        let long = "x".repeat(100_000);
        assert_eq!(excerpt(&long), format!("\"{}\"…", "x".repeat(40)));
    }
}
