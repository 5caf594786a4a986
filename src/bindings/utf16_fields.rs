//! Fields packed by JS into one text, each given by its length in UTF-16 units.

/// The text a JS packer left pending, `units` UTF-16 units long, written as UTF-8 into wasm
/// memory by its `encode` function; `None` when it is not valid UTF-8.
pub(crate) fn packed_text(units: u32, encode: impl FnOnce(&mut [u8]) -> u32) -> Option<String> {
    // UTF-8 takes at most 3 bytes for a UTF-16 unit.
    let mut bytes = vec![0; usize::try_from(units).ok()?.checked_mul(3)?];
    let written = encode(&mut bytes);
    bytes.truncate(usize::try_from(written).ok()?);
    String::from_utf8(bytes).ok()
}

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
