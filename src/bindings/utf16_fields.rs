//! Fields packed by JS into one text, each given by its length in UTF-16 units.

/// Consecutive fields of a text, each given by its length in UTF-16 units, as JS counts.
pub(crate) struct Utf16Fields<'a> {
    rest: &'a str,
}

impl<'a> Utf16Fields<'a> {
    pub(crate) fn new(text: &'a str) -> Utf16Fields<'a> {
        Utf16Fields { rest: text }
    }

    /// Whether every field was taken.
    pub(crate) fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// The next field, `units` UTF-16 units long; `None` past the text's end.
    pub(crate) fn take(&mut self, units: u32) -> Option<&'a str> {
        let units = usize::try_from(units).ok()?;
        // Where the next `units` bytes are ASCII, each is one unit: numbers almost always are.
        let ascii = self
            .rest
            .as_bytes()
            .get(..units)
            .is_some_and(<[u8]>::is_ascii);
        let end = if ascii {
            units
        } else {
            let mut seen = 0;
            let mut end = 0;
            for c in self.rest.chars() {
                if seen >= units {
                    break;
                }
                seen += c.len_utf16();
                end += c.len_utf8();
            }
            if seen != units {
                return None;
            }
            end
        };
        let (field, rest) = self.rest.split_at_checked(end)?;
        self.rest = rest;
        Some(field)
    }
}
