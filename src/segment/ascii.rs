//! UAX #29 sentence boundaries for ASCII text, byte by byte.
//!
//! `unicode-segmentation` looks every character up in its Unicode tables and keeps a small state
//! machine per character, about 14 MB/s; most pasted English text is plain ASCII, where the rules
//! (SB1–SB11 of UAX #29) only ever meet eleven classes, so a 128-entry table and one forward pass give
//! exactly the crate's boundaries several times faster. The property test in `segment.rs` checks that
//! claim against the crate on random strings rich in every class; anything not ASCII goes to the crate.

use crate::scan;
use std::ops::Range;

/// The sentence-break classes (UAX #29, table 4) that ASCII characters have. Sep, OLetter, Extend and
/// Format have no ASCII members.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Other,
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
}

/// The class of every ASCII byte, with line breaks either as themselves or as spaces.
const fn classes(line_breaks_are_spaces: bool) -> [Class; 128] {
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

const RAW: [Class; 128] = classes(false);
const UNWRAPPED: [Class; 128] = classes(true);

/// The byte ranges of the sentence pieces of `text`, as `split_sentence_bound_indices` gives them.
/// With `line_breaks_are_spaces`, CR and LF count as spaces: the same pieces as the crate gives for the
/// text with its line breaks replaced by spaces. `text` must be ASCII (other bytes count as Other).
#[cfg(test)]
pub fn sentence_pieces(text: &str, line_breaks_are_spaces: bool) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    sentence_pieces_and_terminators(text, line_breaks_are_spaces, &mut pieces, &mut Vec::new());
    pieces
}

/// [`sentence_pieces`] into `pieces`, also noting the offset of every `.`, `!` and `?` in
/// `terminators`: the segmenter's own rules look at each, and this pass already stops at all of them.
pub fn sentence_pieces_and_terminators(text: &str, line_breaks_are_spaces: bool, pieces: &mut Vec<Range<usize>>, terminators: &mut Vec<usize>) {
    let table = if line_breaks_are_spaces { &UNWRAPPED } else { &RAW };
    let bytes = text.as_bytes();
    let class = |i: usize| bytes.get(i).map_or(Class::Other, |&b| table[usize::from(b & 0x7F)]);
    let n = bytes.len();
    let mut start = 0;
    let mut cut = |at: usize, pieces: &mut Vec<Range<usize>>| {
        if at > start && at < n {
            pieces.push(start..at);
            start = at;
        }
    };
    // One past a CR or LF at `at`, and a CR LF pair together (SB3): where SB4 breaks.
    let after_line_break = |at: usize| if class(at) == Class::Cr && class(at + 1) == Class::Lf { at + 2 } else { at + 1 };

    // The only bytes the loop stops at: line breaks and terminators (with line breaks as spaces, only
    // the terminators). Everything else is skipped, eight bytes at a time where possible.
    let stops: &[u8] = if line_breaks_are_spaces { b".!?" } else { b".!?\r\n" };
    let mut i = 0;
    while i < n {
        let skipped = scan::skip_to_candidates(bytes, i, stops);
        if skipped > i {
            i = skipped;
            continue;
        }
        match class(i) {
            Class::Cr | Class::Lf => {
                // SB4: ParaSep ÷
                i = after_line_break(i);
                cut(i, pieces);
            }
            term @ (Class::ATerm | Class::STerm) => {
                terminators.push(i);
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
                    Class::Cr | Class::Lf => {
                        let after = after_line_break(k);
                        cut(after, pieces);
                        after
                    }
                    // SB8a: SATerm Close* Sp* × (SContinue | SATerm); a terminator is then scanned anew.
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
    if start < n {
        pieces.push(start..n);
    }
}

/// SB8's look-ahead from `at`: skipping anything but letters, line breaks and terminators, is the next
/// such character a lower-case letter? The scan stops at the next terminator, so over a whole text the
/// look-aheads stay linear.
fn lower_case_follows(at: usize, n: usize, class: impl Fn(usize) -> Class) -> bool {
    for k in at..n {
        match class(k) {
            Class::Lower => return true,
            Class::Upper | Class::Cr | Class::Lf | Class::ATerm | Class::STerm => return false,
            _ => {}
        }
    }
    false
}
