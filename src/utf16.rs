//! UTF-8 byte offsets to UTF-16 code unit offsets, for the JavaScript boundary.
//!
//! The core reports byte spans into the UTF-8 text; JavaScript strings count UTF-16 code units, so a
//! span must be converted before `text.slice(start, end)` gives the sentence. A summary mentions a few
//! hundred offsets of a text that may be megabytes long, so they are converted together in one pass
//! over the text rather than by re-counting from the start for each. Used by `src/wasm.rs`; it builds
//! on every target so that it can be tested and fuzzed natively.

/// A known set of UTF-8 byte offsets of one text, with their UTF-16 code unit offsets.
///
/// # Examples
/// ```
/// use abridge::utf16::Utf16Offsets;
/// let text = "é😀 x";
/// let offsets = Utf16Offsets::new(text, vec![0, 2, 6, 8]);
/// assert_eq!([0, 2, 6, 8].map(|b| offsets.get(b)), [0, 1, 3, 5]);
/// ```
pub struct Utf16Offsets {
    /// The byte offsets, sorted and without repeats.
    bytes: Vec<usize>,
    /// `units[i]` is the UTF-16 offset of `bytes[i]`.
    units: Vec<usize>,
}

impl Utf16Offsets {
    /// Converts `offsets`, which should lie on char boundaries of `text` (as every span of the core
    /// does). An offset past the end maps to the length of the text in UTF-16 code units; one inside a
    /// character maps to the end of that character.
    pub fn new(text: &str, mut offsets: Vec<usize>) -> Utf16Offsets {
        offsets.sort_unstable();
        offsets.dedup();
        let mut units = Vec::with_capacity(offsets.len());
        let (mut byte, mut unit) = (0usize, 0usize);
        let mut chars = text.chars();
        // In ASCII text a byte is a unit: no need to walk it (a novel's keywords occur to its end).
        let ascii = text.is_ascii();
        for &target in &offsets {
            if ascii {
                (byte, unit) = (target, target.min(text.len()));
            }
            while byte < target {
                let Some(c) = chars.next() else { break };
                byte += c.len_utf8();
                unit += c.len_utf16();
            }
            units.push(unit);
        }
        Utf16Offsets { bytes: offsets, units }
    }

    /// The UTF-16 offset of `byte`, which must be one of the offsets given to [`new`](Self::new)
    /// (0 for any other).
    pub fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(_) => 0,
        }
    }
}
