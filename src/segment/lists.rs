//! Numbered and lettered lists: "1. Preheat the oven 2. Mix the flour", "a) red b) green",
//! "• 9. … • 10. …", "(iii) …", and list items on lines of their own.
//!
//! An item's marker is never a sentence of its own ("1." is not a sentence), and an item starts a new
//! sentence even when the item before it has no final punctuation. Markers are recognised as a list
//! only when they count up in the same style (1., 2., 3. / a), b) / i., ii.) from a first marker that
//! stands where a sentence starts, so ordinals and dates ("am 1. und 2. Mai", "der 1. FC") are not
//! lists.

use crate::scan;

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
    counts: Vec<(Numbering, u32)>,
}

/// The count a marker's text stands for, in each numbering it fits.
fn counts(token: &str) -> Vec<(Numbering, u32)> {
    let mut out = Vec::new();
    if (1..=3).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit()) {
        out.push((Numbering::Digits, token.parse().unwrap_or(0)));
        return out;
    }
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_ascii_lowercase() {
            out.push((Numbering::LowerLetter, u32::from(c) - u32::from('a') + 1));
        } else if c.is_ascii_uppercase() {
            out.push((Numbering::UpperLetter, u32::from(c) - u32::from('A') + 1));
        }
    }
    if let Some(value) = roman(&token.to_ascii_lowercase()) {
        if token.bytes().all(|b| b.is_ascii_lowercase()) {
            out.push((Numbering::LowerRoman, value));
        } else if token.bytes().all(|b| b.is_ascii_uppercase()) {
            out.push((Numbering::UpperRoman, value));
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

/// If `text[at..]` starts with a marker followed by white space, the marker's form, counts and end.
fn marker_at(text: &str, at: usize) -> Option<(Form, Vec<(Numbering, u32)>, usize)> {
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
    let end = body_start + body_len + len;
    if !text[end..].starts_with(|c: char| c.is_whitespace()) || text[end..].trim_start().is_empty() {
        return None;
    }
    let counts = counts(token);
    (!counts.is_empty()).then_some((form, counts, end))
}

/// If a marker (with or without a bullet before it) is all of `piece`, trimmed: "1.", "• 2.", "(iv)".
pub(super) fn is_marker_only(piece: &str) -> bool {
    let body = piece.trim_start_matches(|c: char| is_bullet(c) || c.is_whitespace()).trim_end();
    let with_word = format!("{body} x");
    marker_at(&with_word, 0).is_some_and(|(_, _, end)| end == body.len())
}

/// Where the items of the lists in `text` start, where a sentence must end: before each item but the
/// first when the first stands at the start of the paragraph, and where an item's line ends
/// (`original` is `text` with its line breaks). `sentence_start(at)` says whether a sentence may start
/// at `at`: a list must begin there (a list of lower-case letters or Roman numerals may begin anywhere
/// with "a" or "i"), or where an earlier list of the same style ended ("… 2) Second 1) First again").
pub(super) fn item_starts(text: &str, original: &str, sentence_start: impl Fn(usize) -> bool) -> Vec<usize> {
    struct List {
        form: Form,
        numbering: Numbering,
        value: u32,
        first: usize,
        /// The end of its last marker: the next must come after some text ("J. K. Rowling" is no list).
        last_end: usize,
        continued: bool,
    }
    let markers = markers(text);
    let mut cuts = Vec::new();
    let mut items = Vec::new();
    let mut lists: Vec<List> = Vec::new();
    for marker in &markers {
        let mut is_item = false;
        for &(numbering, value) in &marker.counts {
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
        for &(numbering, value) in &marker.counts {
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
        if let Some(line_break) = original[item..until].find(['\n', '\r']) {
            let rest = &original[item + line_break..until];
            let next_line = item + line_break + (rest.len() - rest.trim_start().len());
            if next_line < until {
                cuts.push(next_line);
            }
        }
    }
    cuts
}

/// Bullets that stand after white space ("Eat well • Sleep • Walk", "item • 10. next"): each starts
/// an item. Dashes and asterisks count only at the start of a line ([`line_items`]).
pub(super) fn bullets(text: &str) -> Vec<usize> {
    text.char_indices()
        .filter(|&(i, c)| {
            !matches!(c, '-' | '*' | '–' | '—')
                && is_bullet(c)
                && i > 0
                && text[..i].ends_with(char::is_whitespace)
                && text[i + c.len_utf8()..].starts_with(|n: char| n.is_whitespace() || n.is_alphanumeric())
        })
        .map(|(i, _)| i)
        .collect()
}

/// Every marker of `text` that stands at the start of a word (after white space or a bullet).
fn markers(text: &str) -> Vec<Marker> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let next = scan::skip_to_candidates(bytes, at, b".)");
        if next > at {
            at = next;
            continue;
        }
        if !matches!(bytes[at], b'.' | b')') || (bytes[at] == b'.' && bytes.get(at + 1) == Some(&b')')) {
            at += 1;
            continue;
        }
        // The token before the mark, back to white space, a bullet or an opening parenthesis.
        let token_start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_ascii_alphanumeric() || c == '(' || c == '.')
            .last()
            .map_or(at, |(i, _)| i);
        let before = text[..token_start].chars().next_back();
        if before.map_or(true, |c| c.is_whitespace() || is_bullet(c)) {
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
        at += 1;
    }
    out
}

/// Starts of the lines of `original` (a paragraph with its hard-wrap line breaks) that begin with a
/// bullet or a list marker: each is an item, whatever the line before ended with.
pub(super) fn line_items(original: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(offset) = original[at..].find(['\n', '\r']) {
        let line = at + offset + 1;
        let rest = &original[line..];
        let start = line + (rest.len() - rest.trim_start().len());
        let first = original[start..].chars().next();
        let bullet = first.is_some_and(|c| is_bullet(c) && original[start + c.len_utf8()..].starts_with(char::is_whitespace) || c == '⁃');
        if (bullet || marker_at(original, start).is_some()) && out.last() != Some(&start) {
            out.push(start);
        }
        at = line;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<&str> {
        let mut starts: Vec<usize>;
        starts = item_starts(text, text, |at| text[..at].trim_end().is_empty() || text[..at].trim_end().ends_with(['.', '!', '?', ':']));
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
        let got: Vec<&str> = line_items(text).into_iter().map(|at| &text[at..]).map(|s| s.lines().next().unwrap()).collect();
        assert_eq!(got, ["• Eat well", "• Sleep", "2. Walk"]);
    }
}
