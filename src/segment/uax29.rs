//! UAX #29 sentence boundaries: the candidate ends `segment` starts from, exactly as
//! `unicode-segmentation`'s `split_sentence_bound_indices` gives them, without its tables.
//!
//! The rules (SB1–SB11) only ever ask a few questions of a character: is it a terminator, a closing
//! quote or bracket, a space, a continuation, a line break, a letter of which case, a digit, a mark.
//! Case and letterhood are the standard library's `is_lowercase`, `is_uppercase` and `is_alphabetic`,
//! whose tables the module links anyway; the other classes outside ASCII are 574 packed ranges in
//! [`table`] (made by `scripts/lang/sentence_break_table.py` from the crate's own table). The crate's
//! sentence table and state machine cost the page 12.2 KB gzip, this walk and its table 2.8 KB
//! (docs/performance.md, "Sentence boundaries without the crate's tables"); the crate stays for word
//! boundaries and as the tests' reference, which compare every code point's boundaries with it.
//!
//! Most pasted text is plain ASCII: there a 128-entry table and one forward pass that skips to the next
//! terminator eight bytes at a time give the same boundaries several times faster than going character
//! by character. Both walk the same rules ([`pieces_of`]).

mod table;

use crate::scan;
use std::ops::Range;

/// The sentence-break classes of UAX #29 (table 4). `Extend` and `Format` only ever attach to the
/// character before them (SB5), so the rules never see them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Other,
    Cr,
    Lf,
    Sep,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Extend,
    Format,
}

/// The classes by their number, as [`table`] stores them.
const BY_NUMBER: [Class; 15] = [
    Class::Other,
    Class::Cr,
    Class::Lf,
    Class::Sep,
    Class::Sp,
    Class::Lower,
    Class::Upper,
    Class::OLetter,
    Class::Numeric,
    Class::ATerm,
    Class::STerm,
    Class::Close,
    Class::SContinue,
    Class::Extend,
    Class::Format,
];

/// The class of every ASCII byte, with line breaks either as themselves or as spaces.
const fn ascii_classes(line_breaks_are_spaces: bool) -> [Class; 128] {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'\r' if !line_breaks_are_spaces => Class::Cr,
            b'\n' if !line_breaks_are_spaces => Class::Lf,
            b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | b' ' => Class::Sp,
            b'a'..=b'z' => Class::Lower,
            b'A'..=b'Z' => Class::Upper,
            b'0'..=b'9' => Class::Numeric,
            b'.' => Class::ATerm,
            b'!' | b'?' => Class::STerm,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Class::Close,
            b',' | b'-' | b':' | b';' => Class::SContinue,
            _ => Class::Other,
        };
        b += 1;
    }
    table
}

const RAW: [Class; 128] = ascii_classes(false);
const UNWRAPPED: [Class; 128] = ascii_classes(true);

/// The sentence-break class of any character.
fn class_of(c: char) -> Class {
    if c.is_ascii() {
        return RAW[c as usize];
    }
    // Han, kana and Hangul syllables, most of a Chinese, Japanese or Korean text, in one comparison.
    if matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}') {
        return Class::OLetter;
    }
    let code = u32::from(c);
    let i = table::RANGES.partition_point(|&entry| entry & 0x1F_FFFF <= code);
    if let Some(&entry) = i.checked_sub(1).and_then(|i| table::RANGES.get(i)) {
        if code - (entry & 0x1F_FFFF) <= entry >> 25 {
            return BY_NUMBER[(entry >> 21 & 0xF) as usize];
        }
    }
    // Georgian's letters have case since Unicode 11, but its sentences do not open with a capital:
    // UAX #29 counts both alphabets (Mkhedruli and Mtavruli) as OLetter.
    if matches!(c, '\u{10D0}'..='\u{10FA}' | '\u{10FD}'..='\u{10FF}' | '\u{1C90}'..='\u{1CBF}') && c.is_alphabetic() {
        Class::OLetter
    } else if c.is_lowercase() {
        Class::Lower
    } else if c.is_uppercase() || is_titlecase(c) {
        Class::Upper
    } else if c.is_alphabetic() || c == '\u{5F3}' {
        Class::OLetter
    } else {
        Class::Other
    }
}

/// The title-case letters ("ǅ", "ᾈ"), which UAX #29 counts as upper case and `is_uppercase` does not.
fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{1C5}' | '\u{1C8}' | '\u{1CB}' | '\u{1F2}' | '\u{1F88}'..='\u{1F8F}' | '\u{1F98}'..='\u{1F9F}'
        | '\u{1FA8}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}')
}

/// What the rules read of a text: positions `0..len()`, each a character with its class (a position
/// past the end is `Other`), and where each starts.
trait Classes {
    fn len(&self) -> usize;
    fn class(&self, at: usize) -> Class;
    /// The byte offset of position `at`; the text's length for `len()`.
    fn offset(&self, at: usize) -> usize;
    /// The first position at or after `at` that the rules need to look at (a terminator or a line
    /// break): the ASCII walk skips to it.
    fn next_stop(&self, at: usize) -> usize {
        at
    }
}

/// An ASCII text, byte by byte.
struct Ascii<'a> {
    bytes: &'a [u8],
    table: &'static [Class; 128],
    stops: &'static [u8],
}

impl Classes for Ascii<'_> {
    fn len(&self) -> usize {
        self.bytes.len()
    }
    fn class(&self, at: usize) -> Class {
        self.bytes.get(at).map_or(Class::Other, |&b| self.table[usize::from(b & 0x7F)])
    }
    fn offset(&self, at: usize) -> usize {
        at
    }
    fn next_stop(&self, at: usize) -> usize {
        scan::skip_to_candidates(self.bytes, at, self.stops)
    }
}

/// Any text, character by character, each mark and format character folded into the one before it.
struct Characters {
    /// Each position's byte offset and class.
    positions: Vec<(u32, Class)>,
    len: usize,
}

impl Characters {
    fn of(text: &str) -> Characters {
        let mut positions = Vec::with_capacity(text.len() / 2);
        // SB5: X (Extend | Format)* → X, except after a line or paragraph break (and at the start, where
        // there is no X): a mark there stands alone, as a character of no class.
        let mut folds = false;
        for (at, c) in text.char_indices() {
            let class = class_of(c);
            let mark = matches!(class, Class::Extend | Class::Format);
            if mark && folds {
                continue;
            }
            folds = !matches!(class, Class::Cr | Class::Lf | Class::Sep);
            positions.push((at as u32, if mark { Class::Other } else { class }));
        }
        Characters { positions, len: text.len() }
    }
}

impl Classes for Characters {
    fn len(&self) -> usize {
        self.positions.len()
    }
    fn class(&self, at: usize) -> Class {
        self.positions.get(at).map_or(Class::Other, |p| p.1)
    }
    fn offset(&self, at: usize) -> usize {
        self.positions.get(at).map_or(self.len, |p| p.0 as usize)
    }
}

/// The byte ranges of the sentence pieces of `text`, as `split_sentence_bound_indices` gives them,
/// character by character (`segment` sends an ASCII text to [`ascii_sentence_pieces`] instead).
pub fn sentence_pieces(text: &str, pieces: &mut Vec<Range<usize>>) {
    pieces_of(&Characters::of(text), pieces, None);
}

/// [`sentence_pieces`] of an ASCII text into `pieces`, also noting the offset of every `.`, `!` and `?`
/// in `terminators`: the segmenter's own rules look at each, and this pass already stops at all of
/// them. With `line_breaks_are_spaces`, CR and LF count as spaces: the same pieces as for the text with
/// its line breaks replaced by spaces. Bytes outside ASCII count as Other.
pub fn ascii_sentence_pieces(text: &str, line_breaks_are_spaces: bool, pieces: &mut Vec<Range<usize>>, terminators: &mut Vec<usize>) {
    let ascii = Ascii {
        bytes: text.as_bytes(),
        table: if line_breaks_are_spaces { &UNWRAPPED } else { &RAW },
        // The only bytes the walk stops at: line breaks and terminators (with line breaks as spaces,
        // only the terminators).
        stops: if line_breaks_are_spaces { b".!?" } else { b".!?\r\n" },
    };
    pieces_of(&ascii, pieces, Some(terminators));
}

/// The rules, SB3 to SB11, over any [`Classes`].
fn pieces_of(text: &impl Classes, pieces: &mut Vec<Range<usize>>, mut terminators: Option<&mut Vec<usize>>) {
    let n = text.len();
    let class = |at: usize| text.class(at);
    let mut start = 0;
    let mut cut = |at: usize, pieces: &mut Vec<Range<usize>>| {
        let offset = text.offset(at);
        if offset > start && at < n {
            pieces.push(start..offset);
            start = offset;
        }
    };
    // One past a line break at `at`, and a CR LF pair together (SB3): where SB4 breaks.
    let after_line_break = |at: usize| if class(at) == Class::Cr && class(at + 1) == Class::Lf { at + 2 } else { at + 1 };

    let mut i = 0;
    while i < n {
        let skipped = text.next_stop(i);
        if skipped > i {
            i = skipped;
            continue;
        }
        match class(i) {
            Class::Cr | Class::Lf | Class::Sep => {
                // SB4: ParaSep ÷
                i = after_line_break(i);
                cut(i, pieces);
            }
            term @ (Class::ATerm | Class::STerm) => {
                if let Some(terminators) = terminators.as_deref_mut() {
                    terminators.push(text.offset(i));
                }
                let next = class(i + 1);
                // SB6: ATerm × Numeric. SB7: (Upper | Lower) ATerm × Upper.
                if term == Class::ATerm
                    && (next == Class::Numeric
                        || (next == Class::Upper && i > 0 && matches!(class(i - 1), Class::Upper | Class::Lower)))
                {
                    i += 1;
                    continue;
                }
                // SB9, SB10: no break inside SATerm Close* Sp*.
                let mut k = i + 1;
                while k < n && class(k) == Class::Close {
                    k += 1;
                }
                while k < n && class(k) == Class::Sp {
                    k += 1;
                }
                i = match class(k) {
                    _ if k >= n => n,
                    // SB9/SB10 keep the line break with the sentence; SB4 breaks after it.
                    Class::Cr | Class::Lf | Class::Sep => {
                        let after = after_line_break(k);
                        cut(after, pieces);
                        after
                    }
                    // SB8a: SATerm Close* Sp* × (SContinue | SATerm); a terminator is then walked anew.
                    Class::SContinue | Class::ATerm | Class::STerm => k,
                    // SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
                    _ if term == Class::ATerm && lower_case_follows(k, n, class) => k,
                    // SB11: SATerm Close* Sp* ÷
                    _ => {
                        cut(k, pieces);
                        k
                    }
                };
            }
            _ => i += 1,
        }
    }
    let end = text.offset(n);
    if start < end {
        pieces.push(start..end);
    }
}

/// SB8's look-ahead from `at`: skipping anything but letters, line breaks and terminators, is the next
/// such character a lower-case letter? The scan stops at the next terminator, so over a whole text the
/// look-aheads stay linear.
fn lower_case_follows(at: usize, n: usize, class: impl Fn(usize) -> Class) -> bool {
    for k in at..n {
        match class(k) {
            Class::Lower => return true,
            Class::Upper | Class::OLetter | Class::Cr | Class::Lf | Class::Sep | Class::ATerm | Class::STerm => return false,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn crate_pieces(text: &str) -> Vec<Range<usize>> {
        text.split_sentence_bound_indices().map(|(start, piece)| start..start + piece.len()).collect()
    }

    fn pieces(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        sentence_pieces(text, &mut out);
        out
    }

    fn ascii_pieces(text: &str, line_breaks_are_spaces: bool) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        ascii_sentence_pieces(text, line_breaks_are_spaces, &mut out, &mut Vec::new());
        out
    }

    /// Random ASCII text made of the pieces UAX #29's sentence rules care about: letters of both
    /// cases alone and in words (SB7, SB8), digits (SB6), every terminator, closing quotes and brackets
    /// (SB9), continuations (SB8a), spaces, tabs and the other white space (SB10), line breaks (SB3,
    /// SB4), and characters of no class at all.
    fn tricky_ascii() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[a-zA-Z]",
            "[a-z]{2,5}",
            "[A-Z][a-z]{1,4}",
            "[0-9]{1,3}",
            "[.?!]",
            "[.?!]{2,3}",
            "[\"'()\\[\\]{}]",
            "[,;:-]",
            "[ \t]{1,3}",
            "[\n\r\x0B\x0C]",
            "[$%&*_/#@+=<>|~`^\\\\]",
            "[\x00-\x7F]",
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    /// Random text of every class outside ASCII too: other scripts' terminators (。！？ ։ ። । ؟ ․ ﹒
    /// ．), their quotes and brackets, letters with and without case, digits of other scripts, marks and
    /// format characters (SB5), the other spaces, the Unicode line and paragraph separators.
    fn tricky_unicode() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            tricky_ascii().prop_map(|s| s.chars().take(3).collect::<String>()),
            "[àéßøçñ]{1,4}",
            "[ÀÉÆØÇÑ][a-zé]{0,3}",
            "[абвгдАБВГД]{1,3}",
            "[αβγΑΒΓ]{1,3}",
            "[ǅǈᾈ]",
            "[中文字あア한글ابتअकไทย]{1,3}",
            "[٠-٩०-९０-９²½]",
            "[。！？։።।॥؟۔․﹒．｡‼⁇]",
            "[«»“”‘’„‹›「」『』（）【】〔〕]",
            "[、，：；؛،–—﹐]",
            "[\u{A0}\u{2002}\u{2003}\u{3000}\u{202F}]",
            "[\u{2028}\u{2029}\u{85}]",
            "[\u{301}\u{308}\u{93F}\u{64E}\u{E31}\u{200D}\u{200C}\u{AD}\u{200E}\u{FEFF}\u{FE0F}]",
            "[€£¥©°§¶•…‰′″№™]",
        ];
        proptest::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn ascii_sentence_pieces_are_the_crates(text in tricky_ascii()) {
            prop_assert_eq!(ascii_pieces(&text, false), crate_pieces(&text));
        }

        #[test]
        fn ascii_pieces_with_line_breaks_as_spaces_are_the_crates_on_unwrapped_text(text in tricky_ascii()) {
            let unwrapped = text.replace(['\n', '\r'], " ");
            prop_assert_eq!(ascii_pieces(&text, true), crate_pieces(&unwrapped));
        }

        #[test]
        fn sentence_pieces_are_the_crates_in_every_script(text in tricky_unicode()) {
            prop_assert_eq!(pieces(&text), crate_pieces(&text));
        }
    }

    /// Every code point, in each of the contexts where a class changes the boundaries: before and
    /// after a full stop, after an exclamation mark, between letters, after a digit's full stop, and
    /// after a letter before a full stop and a capital (which is where a mark folds into its letter).
    #[test]
    fn every_code_point_has_the_crates_boundaries() {
        let contexts = ["a{} b", "a. {}", "a.{} b", "1.{}", "a! {}", "a{}b", "a{}.B", "{}. b", "A.{}"];
        let mut differences = Vec::new();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for context in contexts {
                let text = context.replace("{}", c.encode_utf8(&mut [0; 4]));
                if pieces(&text) != crate_pieces(&text) {
                    differences.push(format!("U+{:04X} in {context:?}", u32::from(c)));
                }
            }
        }
        let mut points: Vec<&str> = differences.iter().map(|d| d.split(" in ").next().unwrap_or("")).collect(); points.dedup(); assert!(differences.is_empty(), "{} differences at {} code points: {:?}", differences.len(), points.len(), points);
    }
}
