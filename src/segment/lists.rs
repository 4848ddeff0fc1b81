//! Numbered and lettered lists: "1. Preheat the oven 2. Mix the flour", "a) red b) green",
//! "• 9. … • 10. …", "(iii) …", and list items on lines of their own.
//!
//! An item's marker is never a sentence of its own ("1." is not a sentence), and an item starts a new
//! sentence even when the item before it has no final punctuation. Markers are recognised as a list
//! only when they count up in the same style (1., 2., 3. / a), b) / i., ii.) from a first marker that
//! stands where a sentence starts, so ordinals and dates ("am 1. und 2. Mai", "der 1. FC") are not
//! lists.

use crate::span::ascii_lower_case;

/// Characters that mark a list item ("• 1.", "- item", "⁃9.").
pub(super) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '▪' | '▫' | '‣' | '⁃' | '∙' | '●' | '○' | '■' | '□' | '►' | '▶' | '➢' | '✓' | '✔' | '-' | '*' | '–' | '—')
}

/// How a marker counts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Numbering {
    Digits,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
}

/// What surrounds the count: "1." "1)" "1.)" "(1)".
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Form {
    Dot,
    Paren,
    DotParen,
    Enclosed,
}

/// One list marker in a paragraph, with the counts it may stand for ("i" is the letter i or one).
#[derive(Clone, Debug)]
struct Marker {
    /// Where the item starts: the marker, or the bullet before it.
    item_start: usize,
    /// Where the marker ends.
    end: usize,
    form: Form,
    counts: Counts,
}

/// The counts a marker may stand for: at most two ("i" is the letter i or the numeral one).
type Counts = [Option<(Numbering, u32)>; 2];

/// The count a marker's text stands for, in each numbering it fits. Kept out of line: inlined where the
/// markers are read, it cost the `.wasm` 101 bytes more (gzip).
#[inline(never)]
fn counts(token: &str) -> Counts {
    let mut out: Counts = [None, None];
    if (1..=3).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit()) {
        out[0] = Some((Numbering::Digits, token.parse().unwrap_or(0)));
        return out;
    }
    if let [c] = token.as_bytes() {
        if c.is_ascii_lowercase() {
            out[0] = Some((Numbering::LowerLetter, u32::from(c - b'a') + 1));
        } else if c.is_ascii_uppercase() {
            out[0] = Some((Numbering::UpperLetter, u32::from(c - b'A') + 1));
        }
    }
    let lower = token.bytes().all(|b| b.is_ascii_lowercase());
    let upper = token.bytes().all(|b| b.is_ascii_uppercase());
    if lower || upper {
        let mut buffer = [0u8; 5];
        let head = token.get(..token.len().min(buffer.len())).unwrap_or_default();
        if let Some(value) = ascii_lower_case(head, &mut buffer).and_then(roman) {
            out[1] = Some((if lower { Numbering::LowerRoman } else { Numbering::UpperRoman }, value));
        }
    }
    out
}

/// The value of a Roman numeral from one to twenty.
fn roman(token: &str) -> Option<u32> {
    const NUMERALS: [&str; 20] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii",
        "xix", "xx",
    ];
    NUMERALS.iter().position(|&n| n == token).map(|i| i as u32 + 1)
}

/// If `text[at..]` starts with a marker ("1.", "2)", "3.)", "(iv)"), its form, counts and end.
fn parse_marker(text: &str, at: usize) -> Option<(Form, Counts, usize)> {
    let rest = &text[at..];
    let enclosed = rest.starts_with('(');
    let body_start = at + usize::from(enclosed);
    let body_len = text[body_start..].bytes().take_while(u8::is_ascii_alphanumeric).count();
    if body_len == 0 || body_len > 5 {
        return None;
    }
    let token = &text[body_start..body_start + body_len];
    let after = &text[body_start + body_len..];
    let (form, len) = if enclosed {
        (after.starts_with(')').then_some(Form::Enclosed)?, 1)
    } else if after.starts_with(".)") {
        (Form::DotParen, 2)
    } else if after.starts_with(')') {
        (Form::Paren, 1)
    } else if after.starts_with('.') {
        (Form::Dot, 1)
    } else {
        return None;
    };
    let counts = counts(token);
    (counts != [None, None]).then_some((form, counts, body_start + body_len + len))
}

/// If `text[at..]` starts with a marker followed by white space and more text, its form, counts and end.
fn marker_at(text: &str, at: usize) -> Option<(Form, Counts, usize)> {
    let (form, counts, end) = parse_marker(text, at)?;
    let rest = &text[end..];
    (rest.starts_with(char::is_whitespace) && !rest.trim_start().is_empty()).then_some((form, counts, end))
}

/// If a marker (with or without a bullet before it) is all of `piece`, trimmed: "1.", "• 2.", "(iv)".
pub(super) fn is_marker_only(piece: &str) -> bool {
    let body = piece.trim_start_matches(|c: char| is_bullet(c) || c.is_whitespace()).trim_end();
    // A marker is at most "(" + five characters + ".)".
    body.len() <= 8 && parse_marker(body, 0).is_some_and(|(_, _, end)| end == body.len())
}

/// Where the items of the lists in `text` start, where a sentence must end: before each item but the
/// first when the first stands at the start of the paragraph, and where an item's line ends
/// (`original` is `text` with its line breaks). `sentence_start(at)` says whether a sentence may start
/// at `at`: a list must begin there (a list of lower-case letters or Roman numerals may begin anywhere
/// with "a" or "i"), or where an earlier list of the same style ended ("… 2) Second 1) First again").
pub(super) fn item_starts(text: &str, original: &str, marks: &[usize], sentence_start: impl Fn(usize) -> bool) -> Vec<usize> {
    struct List {
        form: Form,
        numbering: Numbering,
        value: u32,
        first: usize,
        /// The end of its last marker: the next must come after some text ("J. K. Rowling" is no list).
        last_end: usize,
        continued: bool,
    }
    let markers = markers(text, marks);
    let mut cuts = Vec::new();
    let mut items = Vec::new();
    let mut lists: Vec<List> = Vec::new();
    for marker in &markers {
        let mut is_item = false;
        for &(numbering, value) in marker.counts.iter().flatten() {
            let after_text = |l: &List| text[l.last_end..marker.item_start].contains(char::is_alphanumeric);
            if let Some(list) = lists.iter_mut().find(|l| l.form == marker.form && l.numbering == numbering && l.value + 1 == value && after_text(l)) {
                if !list.continued {
                    list.continued = true;
                    cuts.push(list.first);
                    items.push(list.first);
                }
                list.value = value;
                list.last_end = marker.end;
                is_item = true;
            }
        }
        if is_item {
            cuts.push(marker.item_start);
            items.push(marker.item_start);
            continue;
        }
        let starts = sentence_start(marker.item_start);
        for &(numbering, value) in marker.counts.iter().flatten() {
            let restart = value == 1 && lists.iter().any(|l| l.form == marker.form && l.numbering == numbering && l.continued);
            // Lower-case letters and numerals are never initials, so their lists may start anywhere.
            let lower_case_first = value == 1 && matches!(numbering, Numbering::LowerLetter | Numbering::LowerRoman);
            if starts || restart || lower_case_first {
                lists.retain(|l| !(l.form == marker.form && l.numbering == numbering));
                lists.push(List { form: marker.form, numbering, value, first: marker.item_start, last_end: marker.end, continued: restart });
                if restart {
                    cuts.push(marker.item_start);
                    items.push(marker.item_start);
                }
            }
        }
    }
    // An item ends at the end of its line: "c) one more\nThey went to the store."
    items.sort_unstable();
    for (i, &item) in items.iter().enumerate() {
        let until = items.get(i + 1).copied().unwrap_or(original.len());
        if let Some(line_break) = original.as_bytes()[item..until].iter().position(|&b| b == b'\n' || b == b'\r') {
            let rest = &original[item + line_break..until];
            let next_line = item + line_break + (rest.len() - rest.trim_start().len());
            if next_line < until {
                cuts.push(next_line);
            }
        }
    }
    cuts
}

/// The markers of `text` that end at one of `marks` (the offsets of its "." and ")", in order) and
/// stand at the start of a word (after white space or a bullet).
fn markers(text: &str, marks: &[usize]) -> Vec<Marker> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for &at in marks {
        if bytes[at] == b'.' && bytes.get(at + 1) == Some(&b')') {
            continue; // "1.)": the ")" ends it
        }
        // Most marks end a word of several letters: "him.", "it)". A marker ends in a digit, a Roman
        // numeral's letter, or a letter alone.
        let last_at = at.checked_sub(usize::from(bytes[at] == b')' && at > 0 && bytes[at - 1] == b'.') + 1);
        let last = last_at.map(|i| bytes[i]);
        let second = last_at.and_then(|i| i.checked_sub(1)).map(|i| bytes[i]);
        if last.is_some_and(|b| b.is_ascii_alphabetic() && !matches!(b, b'i' | b'v' | b'x' | b'I' | b'V' | b'X'))
            && second.is_some_and(|b| b.is_ascii_alphabetic())
        {
            continue;
        }
        // The token before the mark, back to white space, a bullet or an opening parenthesis: at most
        // "(" and five characters, and one more for the "." of "1.)".
        let mut token_start = at;
        while token_start > 0 && at - token_start < 7 && matches!(bytes[token_start - 1], b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'(' | b'.') {
            token_start -= 1;
        }
        // Only a number, one letter or a Roman numeral can be a marker: most tokens are words.
        let token = text[token_start..at].trim_start_matches('(').trim_end_matches('.');
        let may_count = token.bytes().all(|b| b.is_ascii_digit())
            || token.len() == 1
            || token.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'I' | b'V' | b'X'));
        if token.is_empty() || !may_count {
            continue;
        }
        let before = text[..token_start].chars().next_back();
        if !before.map_or(true, |c| c.is_whitespace() || is_bullet(c)) {
            continue;
        }
        if let Some((form, counts, end)) = marker_at(text, token_start) {
            // "• 10." and "⁃9.": the item starts at the bullet.
            let head = text[..token_start].trim_end();
            let item_start = match head.chars().next_back() {
                Some(c) if is_bullet(c) && text[..head.len() - c.len_utf8()].chars().next_back().map_or(true, char::is_whitespace) => {
                    head.len() - c.len_utf8()
                }
                _ => token_start,
            };
            out.push(Marker { item_start, end, form, counts });
        }
    }
    out
}

/// The `line_starts` of `original` (a paragraph with its hard-wrap line breaks) whose line begins with a
/// bullet or a list marker: each is an item, whatever the line before ended with.
pub(super) fn line_items(original: &str, line_starts: &[usize]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for &line in line_starts {
        // Most lines start with a word: only a digit, "(", a bullet or a letter and "." or ")" can open an item.
        let head = original.as_bytes()[line..].iter().copied().find(|b| !b.is_ascii_whitespace());
        let marker_like = |b: u8| b.is_ascii_digit() || b == b'(' || !b.is_ascii() || matches!(b, b'-' | b'*');
        if !head.is_some_and(|b| marker_like(b) || b.is_ascii_alphabetic()) {
            continue;
        }
        let rest = &original[line..];
        let start = line + (rest.len() - rest.trim_start().len());
        if original.as_bytes()[start].is_ascii_alphabetic() && !matches!(original.as_bytes().get(start + 1), Some(b'.' | b')')) {
            continue; // a word, not "a." or "b)"
        }
        let first = original[start..].chars().next();
        let bullet = first.is_some_and(|c| is_bullet(c) && original[start + c.len_utf8()..].starts_with(char::is_whitespace) || c == '⁃');
        if (bullet || marker_at(original, start).is_some()) && out.last() != Some(&start) {
            out.push(start);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<&str> {
        let mut starts: Vec<usize>;
        let marks: Vec<usize> = text.match_indices(['.', ')']).map(|(i, _)| i).collect();
        starts = item_starts(text, text, &marks, |at| text[..at].trim_end().is_empty() || text[..at].trim_end().ends_with(['.', '!', '?', ':']));
        starts.sort_unstable();
        starts.dedup();
        starts.into_iter().filter(|&at| at > 0).map(|at| &text[at..]).collect()
    }

    #[test]
    fn finds_items_that_count_up_from_a_sentence_start() {
        assert_eq!(items("1. The first item 2. The second item"), ["2. The second item"]);
        assert_eq!(items("a) here b) there c) everywhere"), ["b) there c) everywhere", "c) everywhere"]);
        assert_eq!(items("Done. i) one ii) two"), ["i) one ii) two", "ii) two"]);
        assert_eq!(items("• 9. The first • 10. The second"), ["• 10. The second"]);
        assert_eq!(items("⁃9. The first ⁃10. The second"), ["⁃10. The second"]);
        assert_eq!(items("(a) one (b) two"), ["(b) two"]);
        assert_eq!(items("1.) one 2.) two"), ["2.) two"]);
        assert_eq!(items("Items: a. one b. two"), ["a. one b. two", "b. two"]);
        assert_eq!(items("1) one 2) two 1) again"), ["2) two 1) again", "1) again"]);
        assert_eq!(items("a) one b) two\nAfter"), ["b) two\nAfter", "After"]);
    }

    #[test]
    fn ordinals_and_unrelated_numbers_are_no_list() {
        for text in ["Wir feiern am 1. und 2. Mai.", "Der 1. FC spielt in der 2. Liga.", "1. Mai ist frei. 3. Juni nicht.", "It has 1) many 3) gaps"] {
            assert!(items(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn marker_only_pieces() {
        for piece in ["1.", "• 2.", "(iv)", "a)", "10.)", "⁃9."] {
            assert!(is_marker_only(piece), "{piece}");
        }
        for piece in ["1990.", "Go.", "a. b", "U.S.", "No."] {
            assert!(!is_marker_only(piece), "{piece}");
        }
    }

    #[test]
    fn lines_that_start_with_a_bullet_or_marker() {
        let text = "Tips\n• Eat well\n• Sleep\n2. Walk\nand rest";
        let line_starts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
        let got: Vec<&str> = line_items(text, &line_starts).into_iter().map(|at| &text[at..]).map(|s| s.lines().next().unwrap()).collect();
        assert_eq!(got, ["• Eat well", "• Sleep", "2. Walk"]);
    }
}
