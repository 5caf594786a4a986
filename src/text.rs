//! Keeping untrusted input readable inside error messages.

/// How much of an offending input an error message repeats.
const EXCERPT_CHARS: usize = 40;

/// `text` quoted for an error message, cut to a readable length so that a 100 KB string
/// does not become a 100 KB message.
pub fn excerpt(text: &str) -> String {
    let (head, cut) = head(text, EXCERPT_CHARS);
    format!("{head:?}{}", if cut { "…" } else { "" })
}

/// `text` cut to `max_chars` characters, with `…` where something was cut: for messages
/// from other libraries that repeat the input themselves.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let (head, cut) = head(text, max_chars);
    if cut {
        head + "…"
    } else {
        head
    }
}

/// The first `max_chars` characters of `text`, and whether there were more.
fn head(text: &str, max_chars: usize) -> (String, bool) {
    let mut chars = text.chars();
    let head = chars.by_ref().take(max_chars).collect();
    (head, chars.next().is_some())
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

    #[test]
    fn shorten_cuts_by_characters_not_bytes() {
        assert_eq!(shorten("💸💸💸", 2), "💸💸…");
        assert_eq!(shorten("short", 10), "short");
    }
}
