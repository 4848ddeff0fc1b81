//! Paragraphs: the input cut into lines and lines into paragraphs, and the normalized form that
//! paragraphs are compared and classified in.
//!
//! Blank lines separate paragraphs; within a block of lines, hard-wrapped lines (e-mail, Gutenberg) are
//! joined and lines that stand on their own (a pasted web page puts each block element on a line of
//! its own) are not, nor is a PDF's page number or running header, wherever a page's end put it. Every
//! paragraph is a [`Span`] into the untouched input.

use super::{final_mark, has_final_punctuation};
use crate::scan;
use crate::span::{count_byte, find_str, is_chinese_or_japanese, is_letter_or_digit, is_space, is_unspaced, is_zero_width, unspaced_class, Span, Unspaced};
use std::ops::Range;

/// A line longer than this many characters was not hard-wrapped (e-mail and Gutenberg texts wrap at
/// 66–80, a report's PDF set across the page at 95 to 130; pasted web pages put a whole paragraph on one
/// line), so it ends its paragraph.
const WRAP_MAX_CHARS: usize = 140;
/// A hard-wrapped line fills most of the wrap width; a line shorter than this fraction of the width is
/// the last of its paragraph (or a line of its own: a list item, a caption under a wrapped paragraph).
const WRAP_MIN_FILL: f64 = 0.5;
/// Texts are wrapped at 60 to 80 characters (RFC 5322 recommends 78, Gutenberg uses about 70); a block
/// whose widest line is shorter than this is not wrapped prose…
const WRAP_MIN_WIDTH: usize = 60;
/// …unless it reads as prose broken at a narrower width, as a column of a PDF (45 to 55 characters) or a
/// video's captions (about 40) are; a block whose widest line is shorter than this is a list whatever it
/// reads as…
const NARROW_WRAP_MIN_WIDTH: usize = 30;
/// …unless it is set on a grid, as Chinese and Japanese set a column ([`on_a_grid`]), and this many
/// characters wide at the least.
const GRID_WRAP_MIN_WIDTH: usize = 12;
/// A line with at least this share of its words (after the first) capitalized is in Title Case.
pub(super) const TITLE_CASE_SHARE: f64 = 0.5;
/// In wrapped prose most lines nearly fill the width: at least this share of a block's lines but the
/// last…
const WRAP_FULL_SHARE: f64 = 0.6;
/// …reach this fraction of its widest line.
const WRAP_FULL: f64 = 0.75;

/// A statement of program code has fewer spaces than this (`uint8_t byte2 = text[i + 1], byte3 =
/// text[i + 2], byte4 = text[i + 3];` has 15); a sentence that ends on one ("Adjust the configuration
/// file: Modify the work_mem setting in the postgresql.conf file or set it per session using: SET
/// work_mem = '32MB';", 24) has more.
const CODE_LINE_MAX_SPACES: usize = 20;
/// A page's running header or footer is at most this many characters long (a report's name, a
/// chapter's, "Page 3 of 12"); a line of wrapped prose, which could recur by chance, is longer.
const RUNNING_LINE_MAX_CHARS: usize = 60;
/// A page holds at least this many lines: a running header recurs this far apart or more, as the
/// "Read more" under each teaser of a list does not.
const PAGE_MIN_LINES: usize = 8;
/// A running header's copy on the page before is among the last this many lines that could be one (a
/// page has its header, perhaps a footer, and a heading or two).
const RECENT_CANDIDATES: usize = 8;

/// Trimmed paragraph spans: blank lines separate paragraphs; within a block of lines, hard-wrapped lines
/// are joined and lines that stand on their own are not. `nouns_capitalized`: the text's language
/// capitalizes every noun (German), so that its capitals tell no headline from a line of prose.
pub fn paragraphs(text: &str, nouns_capitalized: bool) -> Vec<Span> {
    paragraphs_and_page_furniture(text, nouns_capitalized).0
}

/// [`paragraphs`], and whether each is a line of a paged text's furniture (a page's number, its running
/// header or footer: [`page_furniture`]) standing alone in text wrapped at one width, as a PDF's is.
pub(super) fn paragraphs_and_page_furniture(text: &str, nouns_capitalized: bool) -> (Vec<Span>, Vec<bool>) {
    // The text's lines that are not blank, trimmed, in one vector (a hard-wrapped novel has tens of
    // thousands), and where each block of them ends: blank lines separate blocks.
    let mut kept: Vec<Span> = Vec::new();
    let mut block_ends: Vec<usize> = Vec::new();
    // Inside a Markdown fence ("```python" … "```"), whose blank lines do not end its block of code,
    // and where they would, were the fence never closed (a selection that starts inside a block of code
    // and reads its closing fence as an opening one must not make the rest of the text code).
    let mut fenced = false;
    let mut ends_in_fence: Vec<usize> = Vec::new();
    for line in lines(text) {
        let line = line.trim(text);
        if !line.is_empty() {
            if is_fence(line.slice(text)) {
                fenced = !fenced;
                ends_in_fence.clear();
            }
            kept.push(line);
        } else if fenced {
            ends_in_fence.push(kept.len());
        } else if block_ends.last().copied().unwrap_or(0) < kept.len() {
            block_ends.push(kept.len());
        }
    }
    // (Repeated ends make empty blocks, which add no paragraph.)
    block_ends.append(&mut ends_in_fence);
    if block_ends.last().copied().unwrap_or(0) < kept.len() {
        block_ends.push(kept.len());
    }
    // Each line's width in characters, measured once: the wrap width and the joins both read it.
    let widths: Vec<usize> = kept.iter().map(|line| chars(line.slice(text))).collect();
    let blocks = || block_ends.iter().scan(0, |start, &end| Some(std::mem::replace(start, end)..end));
    let furniture = page_furniture(text, &kept, &widths, blocks());
    let width = wrap_width(text, &kept, &widths, &furniture, blocks());
    let mut out = Vec::with_capacity(block_ends.len());
    let mut out_furniture = Vec::with_capacity(block_ends.len());
    for block in blocks() {
        let lines = Lines { spans: &kept[block.clone()], widths: &widths[block.clone()], page_furniture: &furniture[block] };
        split_block(text, lines, width, nouns_capitalized, &mut out, &mut out_furniture);
    }
    (out, out_furniture)
}

/// A block's lines, with what is measured of each line once for the whole text.
struct Lines<'a> {
    spans: &'a [Span],
    /// Each line's width in characters.
    widths: &'a [usize],
    /// Whether each line is the furniture of a text set in pages ([`page_furniture`]).
    page_furniture: &'a [bool],
}

/// Which of the text's `lines` (of `widths` characters, in `blocks`) are the furniture of a text set in
/// pages, as text copied out of a PDF is: a page's number ("12") and its running header or footer, a
/// line of at most [`RUNNING_LINE_MAX_CHARS`] that recurs word for word but for its numbers, each copy
/// a page or more ([`PAGE_MIN_LINES`]) from the one before, in blocks of three lines or more ("Annual
/// Review 2025 | Business", "Page 3 of 12"). Each stands within two lines of a line of wrapped prose,
/// as a web page's menu printed again at its foot, or a list's "Read more" under each teaser, does
/// not, and the text's first line, its title, is not one even where the header repeats it (though it
/// is the copy that a header under the first page repeats). Where a page ends inside a sentence they
/// fall between two of its lines, and they must stand alone rather than join the sentence ("… to take
/// action to" / "12" / "Annual Review 2025" / "cut the deficit …"). A novel's chapter headings recur
/// too ("CHAPTER I" in each volume), but between blank lines.
fn page_furniture(text: &str, lines: &[Span], widths: &[usize], blocks: impl Iterator<Item = Range<usize>>) -> Vec<bool> {
    let mut furniture = vec![false; lines.len()];
    // The lines that may be a running header, in order, each with whether a copy of it is a page away
    // (1) or too near to be (2). A copy is looked for among the few candidates before it, as a page
    // has two or three, rather than in a table of every line (larger code: docs/performance.md).
    let mut candidates: Vec<(usize, u8)> = Vec::new();
    // The text's first line is its title, never a page's furniture, but a header that repeats it under
    // the first page is (a paste of two pages has no other copy).
    if lines.first().is_some_and(|first| can_run_on_every_page(first.slice(text))) {
        candidates.push((0, 2));
    }
    for block in blocks.filter(|b| b.len() >= 3) {
        let near_prose = |i: usize| {
            (i.saturating_sub(2).max(block.start)..(i + 3).min(block.end)).any(|j| (WRAP_MIN_WIDTH..=WRAP_MAX_CHARS).contains(&widths[j]))
        };
        for i in block.start.max(1)..block.end {
            let line = lines[i].slice(text);
            if widths[i] > RUNNING_LINE_MAX_CHARS || !near_prose(i) {
                continue;
            }
            if is_page_number(line) {
                furniture[i] = true;
            } else if can_run_on_every_page(line) {
                let from = candidates.len().saturating_sub(RECENT_CANDIDATES);
                // Under a page's number that broke a sentence off ("… a maker space with two" / "1" /
                // "Annual Review 2026" / "3D printers …"), a header needs no other copy.
                let mut copy = u8::from(i >= block.start + 2 && furniture[i - 1] && !has_final_punctuation(lines[i - 2].slice(text)));
                if let Some(earlier) = candidates[from..].iter_mut().rev().find(|(j, _)| same_but_for_numbers(lines[*j].slice(text), line)) {
                    copy = copy.max(if i - earlier.0 >= PAGE_MIN_LINES { 1 } else { 2 });
                    earlier.1 = earlier.1.max(copy);
                }
                candidates.push((i, copy));
            }
        }
    }
    for (i, copy) in candidates {
        furniture[i] = copy == 1;
    }
    furniture
}

/// Whether two lines are the same but for their numbers: a running footer counts its pages ("Page 3
/// of 12", "Page 4 of 12").
fn same_but_for_numbers(a: &str, b: &str) -> bool {
    fn pieces(line: &str) -> impl Iterator<Item = &str> {
        line.split(|c: char| c.is_ascii_digit()).filter(|piece| !piece.is_empty())
    }
    pieces(a).eq(pieces(b))
}

/// Whether `line` can be a page's running header or footer: it ends in a letter, a digit or a dash
/// ("— 12 —"), and opens with no small letter; a line that ends in any other mark (a verse quoted
/// twice: "My first displays the wealth and pomp of kings,") or is code is not one.
fn can_run_on_every_page(line: &str) -> bool {
    final_mark(line).is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '–' | '—')) && !line.starts_with(char::is_lowercase) && !is_code_line(line)
}

/// The width the text is hard-wrapped at, if it is: the median widest line of its blocks of three
/// lines or more whose lines, but for the last, nearly fill the widest (e-mail, Gutenberg), when such
/// blocks hold most of its lines. A pasted
/// web page has no such blocks — a headline over a byline over a date, a menu, a list are lines of
/// every length, each a paragraph of its own — and then no lines are joined. `lines` and their
/// `widths`: all lines, which `blocks` index.
fn wrap_width(text: &str, lines: &[Span], widths: &[usize], page_furniture: &[bool], blocks: impl Iterator<Item = Range<usize>>) -> Option<usize> {
    let all_lines = widths.len();
    let mut wrapped_lines = 0;
    let mut found: Vec<usize> = Vec::new();
    for block in blocks.filter(|b| b.len() >= 3) {
        let lengths = &widths[block.clone()];
        let widest = lengths.iter().copied().max().unwrap_or(0);
        // A page's number and running header are short lines of no paragraph: a PDF's text with a page
        // every 20 lines is as wrapped as one without.
        let body = block.start..block.end - 1;
        let full = body.clone().filter(|&i| page_furniture[i] || widths[i] as f64 >= WRAP_FULL * widest as f64).count();
        let block_lines = &lines[block];
        let grid = (GRID_WRAP_MIN_WIDTH..WRAP_MIN_WIDTH).contains(&widest) && on_a_grid(text, block_lines);
        let wide = widest >= WRAP_MIN_WIDTH || ((widest >= NARROW_WRAP_MIN_WIDTH || grid) && runs_on(text, block_lines, grid));
        if wide && widest <= WRAP_MAX_CHARS && full as f64 >= WRAP_FULL_SHARE * body.len() as f64 {
            wrapped_lines += lengths.len();
            found.push(widest);
        }
    }
    // A few blocks that happen to look wrapped (a menu of similar lines) do not make a wrapped text:
    // most of its lines must be in such blocks.
    if found.is_empty() || wrapped_lines * 2 < all_lines {
        return None;
    }
    found.sort_unstable();
    Some(found[found.len() / 2])
}

/// Whether a block of `lines` reads as prose broken off line after line: at least a third of its lines
/// open in lower case, going on with a sentence (or, set on a `grid`, end in the middle of a run of a
/// script without spaces), and one of them ends a sentence. A list of headlines or a menu opens its
/// lines with capitals, and a video's captions that have no punctuation at all are better left a line a
/// sentence than read as one sentence an hour long.
fn runs_on(text: &str, lines: &[Span], grid: bool) -> bool {
    let goes_on = |line: &str| line.starts_with(char::is_lowercase) || (grid && line.ends_with(is_unspaced));
    let lower = lines.iter().filter(|line| goes_on(line.slice(text))).count();
    lower * 3 >= lines.len() && lines.iter().any(|line| has_final_punctuation(line.slice(text)))
}

/// Whether a block of `lines` is set on a grid, as Chinese and Japanese set a column: most of its lines
/// but the last are as wide as the widest, give or take a column, counting a CJK character two columns
/// (half-width digits make a line of as many columns more characters long).
fn on_a_grid(text: &str, lines: &[Span]) -> bool {
    let columns = |line: &Span| line.slice(text).chars().map(|c| 1 + usize::from(is_wide(c))).sum::<usize>();
    let widest = lines.iter().map(columns).max().unwrap_or(0);
    let body = &lines[..lines.len() - 1];
    body.iter().filter(|line| columns(line) + 1 >= widest).count() as f64 >= WRAP_FULL_SHARE * body.len() as f64
}

/// Whether a character takes two columns: CJK punctuation, kana and ideographs, Hangul syllables and the
/// full-width forms (the wide ranges of Markus Kuhn's `wcwidth` that Chinese, Japanese and Korean text
/// uses).
fn is_wide(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FF60}')
}

/// The paragraphs of one block of `lines` (of `widths` characters).
fn split_block(text: &str, block: Lines, width: Option<usize>, nouns_capitalized: bool, out: &mut Vec<Span>, out_furniture: &mut Vec<bool>) {
    let Lines { spans: lines, widths, page_furniture } = block;
    let Some(&first) = lines.first() else { return };
    let mut start = first.start;
    // Whether the paragraph so far is program code: from a line of code on, the lines under it are the
    // code's until one ends like a sentence (a block's `Ok(())`, a query's `FROM users u`, a Python
    // function's body under its `def`); a statement's `;` and a block's `:` are no sentence's end
    // (`println!("{x}");`, `if day in WEEKEND:`).
    // A block that opens with a Markdown fence is the fence's code, every line of it (`paragraphs`
    // keeps the fence's blank lines inside the block).
    let fenced = is_fence(first.slice(text));
    let mut code = false;
    for (k, pair) in lines.windows(2).enumerate() {
        let (line, next) = (pair[0].slice(text), pair[1].slice(text));
        let (line_chars, next_chars) = (widths[k], widths[k + 1]);
        code = code || is_code_line(line);
        // A page's number or running header between two lines of a PDF's text ("… to cut" / "12" /
        // "the deficit …") is no part of the paragraph around it: it stands alone, as the page's
        // furniture (in code, a number is code; before a line that cannot stand alone, ", then it …",
        // it is the sentence's). A line of digits alone stands alone whether or not prose is near it.
        let joined = (code && (fenced || goes_on_in_code(next)))
            || goes_on_whatever_the_width(line, next, line_chars, next_chars)
            || (!page_furniture[k] && !page_furniture[k + 1] && !is_page_number(line) && !is_page_number(next)
                && match width {
                    Some(width) => !(out.is_empty() && k == 0 && is_title_over(line, next, line_chars, width))
                        && continues(line, next, line_chars, next_chars, width, nouns_capitalized),
                    None => breaks_off(line, next, line_chars, nouns_capitalized),
                });
        if !joined {
            out.push(Span::new(start, pair[0].end));
            out_furniture.push(width.is_some() && page_furniture[k] && start == pair[0].start);
            start = pair[1].start;
            code = false;
        }
    }
    if let (Some(last), Some(&alone)) = (lines.last(), page_furniture.last()) {
        out.push(Span::new(start, last.end));
        out_furniture.push(width.is_some() && alone && start == last.start);
    }
}

/// Whether a wrapped text's first `line` (of `line_chars` characters) is its title over the first line
/// of its first paragraph, `next`, in whatever case ("Library reopens after three-year rebuild"): it
/// ends in no sentence's mark, `next` opens in capitals, and the line is short of the `width` by more
/// than `next`'s first word, which a wrapped line would have taken.
fn is_title_over(line: &str, next: &str, line_chars: usize, width: usize) -> bool {
    let next_word = next.split(' ').next().map_or(0, chars);
    (line_chars as f64) < WRAP_FULL * width as f64
        && line_chars + 1 + next_word <= width
        && !has_final_punctuation(line)
        && next.starts_with(char::is_uppercase)
}

/// A line of one to four digits and nothing else: a page's number, as text out of a PDF has one between
/// two pages' lines.
fn is_page_number(line: &str) -> bool {
    (1..=4).contains(&line.len()) && line.bytes().all(|c| c.is_ascii_digit())
}

/// Whether `next` goes on with the code above it: it ends in no sentence's mark, or in a statement's
/// `;` or a block's `:` (`println!("{x}");`, `if day in WEEKEND:`). A line of prose that announces the
/// next example ("The query below does the same in SQL:") opens with a capital, as a block's head does
/// not.
fn goes_on_in_code(next: &str) -> bool {
    match next.as_bytes().last() {
        Some(b';') => true,
        Some(b':') => !next.starts_with(|c: char| c.is_uppercase()),
        _ => !has_final_punctuation(next),
    }
}

/// Program code, a line of it: a statement ending in `;` with a call, a path or an assignment in it
/// (`let file = File::open(path)?;`), a line opening a block (`fn main() {`, `def main():`, `for row in
/// reader:`), a line of closing brackets (`});`), a Markdown fence; or one of the statements that end
/// a line without a `;` (Python's, JavaScript's, SQL's: [`is_bare_statement`]). Prose ends with none of
/// them; an item of a list that ends in `;` ("(a) the applicant;", "under Article 5(1);") has no call in
/// it, and a label ending in `):` ("Author(s):") opens with a capital, as no keyword does.
pub(super) fn is_code_line(line: &str) -> bool {
    let b = line.as_bytes();
    // A call ("open(", "f(x)(y)", "a[0]("), a path ("io::"), an assignment ("x = ").
    let has_code = || b.windows(2).any(|w| matches!(w, [b'a'..=b'z' | b'A'..=b'Z' | b'_' | b')' | b']', b'('] | [b':', b':'] | [b'=', b' ']));
    let brackets = || b.iter().all(|c| b"{}()[];,".contains(c));
    match b.last() {
        Some(b'{') => true,
        Some(b'}') => brackets(),
        Some(b';') => brackets() || (has_code() && count_byte(line, b' ') < CODE_LINE_MAX_SPACES),
        // A Python block's head: "for example:" or "if you can:" open no block, with no call, no
        // comparison and no loop's "in" after its name.
        Some(b':') => {
            (b.ends_with(b"):") && !b[0].is_ascii_uppercase() && has_code())
                || {
                    let (first, rest) = line.split_at(word_end(line));
                    is_one_of(BLOCK_KEYWORDS, first.strip_suffix(':').unwrap_or(first)) && (rest.is_empty() || has_code() || matches!(after_name(rest).as_bytes(), [b' ', b'i', b'n', b' ', ..]))
                }
        }
        Some(b'.' | b'!' | b'?' | b',') => false,
        _ => is_fence(line) || (is_bare_statement(line) && count_byte(line, b' ') < CODE_LINE_MAX_SPACES),
    }
}

/// Python's keywords that open a block on a line ending in ":".
const BLOCK_KEYWORDS: &str = "for if elif else while with def class try except finally";
/// SQL's clauses, which open a line of a query in capitals over lower-case names (`SELECT city, COUNT(*)`,
/// `GROUP BY city`); a line in capitals ("FROM THE ARCHIVES") names nothing in lower case.
const SQL_CLAUSES: &str = "SELECT FROM WHERE GROUP ORDER HAVING LIMIT JOIN INSERT UPDATE DELETE VALUES CREATE";

/// Whether `word` is one of the space-separated `words`.
fn is_one_of(words: &str, word: &str) -> bool {
    words.as_bytes().split(|&c| c == b' ').any(|w| w == word.as_bytes())
}

/// What follows the first word of `rest` (which opens with a space): " in reader:" of " row in reader:".
fn after_name(rest: &str) -> &str {
    let name = rest.get(1..).unwrap_or("");
    &name[word_end(name)..]
}

/// Where the first word of `line` ends: its first space, or its end.
fn word_end(line: &str) -> usize {
    line.bytes().position(|c| c == b' ').unwrap_or(line.len())
}

/// A statement set on a line of its own without a `;` after it, as Python, JavaScript without
/// semicolons and SQL write them: an import (`import csv`, `from os import path`), an assignment to a
/// name in lower case (`reader = csv.reader(f)`, `const total = 0`), a call that is the whole line
/// (`print(row)`, `df.groupby("city").size()`; "Email(Required)" and "phoenixNAP(SMB)" are names), or a
/// clause of a query naming something in lower case. The line's first word is looked for only where it
/// opens with a keyword's or a name's letter: a line of Chinese has no space to stop at.
fn is_bare_statement(line: &str) -> bool {
    let b = line.as_bytes();
    let words = || line.split_at(word_end(line));
    let assigns = |after: &str| matches!(after.as_bytes(), [b' ', b'=', b' ', ..] | [b' ', b'+' | b'-' | b':', b'=', b' ', ..]);
    match b.first() {
        Some(b'A'..=b'Z') => {
            // A clause, then the first word not in capitals, when it starts in lower case ("city", "*").
            let (first, rest) = words();
            let r = rest.as_bytes();
            first.bytes().all(|c| c.is_ascii_uppercase())
                && is_one_of(SQL_CLAUSES, first)
                && r.iter().position(|&c| c != b' ' && !c.is_ascii_uppercase()).is_some_and(|i| r[i - 1] == b' ' && (r[i].is_ascii_lowercase() || r[i] == b'*'))
        }
        Some(b'a'..=b'z' | b'_') => {
            let (first, rest) = words();
            let name = b.iter().take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.')).count();
            match first {
                "import" => true,
                "from" => find_str(line, " import ").is_some(),
                "const" | "let" | "var" => assigns(after_name(rest)),
                // (A line that ends in ")" has a character after its "(".)
                _ => (name == first.len() && assigns(rest)) || (b.ends_with(b")") && b.get(name) == Some(&b'(') && !b[name + 1].is_ascii_uppercase()),
            }
        }
        _ => false,
    }
}

/// A Markdown fence, opening a block of code ("```python") or closing it ("```").
fn is_fence(line: &str) -> bool {
    line.starts_with("```")
}

/// Whether `next` cannot stand on its own, wrapped text or not: it opens with what only ends or goes
/// on with something before it (a full stop, a comma, a closing bracket: "pricing" / ". Pricing"), or
/// it and `line` are both a letter or two, a word set one piece a line ("W" / "A" / "RN" / "I" / "NG",
/// as PDF text comes out of a vertical banner). No paragraph, heading or menu item starts with a full
/// stop, and none is one letter long (in a script with case: "電影" / "旅遊" is a menu).
/// `line_chars` and `next_chars`: their lengths in characters.
fn goes_on_whatever_the_width(line: &str, next: &str, line_chars: usize, next_chars: usize) -> bool {
    let mut chars = next.chars();
    let closes = chars.next().is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}'))
        && chars.next().map_or(true, char::is_whitespace);
    // Letters of a script with case: two Chinese characters, or two Arabic letters, are a word.
    let fragment = |s: &str, n: usize| n <= 2 && s.chars().all(|c| c.is_uppercase() || c.is_lowercase());
    closes || (fragment(line, line_chars) && fragment(next, next_chars))
}

/// In a text not wrapped at one width, whether `line` (of `line_chars` characters) breaks off
/// mid-sentence into `next`: it ends without final punctuation in a letter, a digit or a hyphen (a word
/// hyphenated across the break, "61,000 cus-" / "tomers.", as PDF text keeps it), and `next` goes on
/// in lower case or with a parenthesis (or, in a script without case or spaces, goes on in the same
/// script), and either `line` is as long as wrapped lines are or `next` finishes the sentence. A
/// headline over its byline ("… Learning Platforms" / "by Jane Doe") is not prose: its words are
/// capitalized.
fn breaks_off(line: &str, next: &str, line_chars: usize, nouns_capitalized: bool) -> bool {
    let (Some(last), Some(first)) = (line.chars().next_back(), next.chars().next()) else { return false };
    let goes_on = first.is_lowercase() || first == '(' || (is_chinese_or_japanese(first) && is_chinese_or_japanese(last));
    if !(last.is_alphanumeric() || last == '-') || !goes_on {
        return false;
    }
    if line_chars < WRAP_MIN_WIDTH && !has_final_punctuation(next) {
        return false;
    }
    let words = alphabetic_words(line);
    // A line of a script without spaces is one "word" and has no case, so the headline test below says
    // nothing of it: it breaks off when it is as long as wrapped lines are, or when it ends in a Japanese
    // particle that needs what follows, as no heading does (の "of", を the object's mark: "これは父の" /
    // "家です。"). A short line of Chinese over a sentence stays a heading.
    if words.len() <= 1 && is_chinese_or_japanese(last) {
        return line_chars >= WRAP_MIN_WIDTH || matches!(last, 'の' | 'を');
    }
    // In German a line as long as wrapped lines are, broken off into a lower-case line that finishes the
    // sentence, is prose however many nouns it capitalizes ("… weisen einen erhöhten Quecksilbergehalt" /
    // "auf und sollten … verzehrt werden."); a headline over its byline ("von Die Tagespresse 31.
    // Oktober 2023") stays one.
    if nouns_capitalized && line_chars >= WRAP_MIN_WIDTH && has_final_punctuation(next) {
        return true;
    }
    !in_title_case(&words)
}

/// The words of `line` that start with a letter.
fn alphabetic_words(line: &str) -> Vec<&str> {
    line.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect()
}

/// Whether at least half the `words` of a line after its first are capitalized (so a line of one word
/// is), as a headline's, a byline's or a name's are and a line of prose's are not.
fn in_title_case(words: &[&str]) -> bool {
    let capitalized = words.iter().skip(1).filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    capitalized as f64 >= TITLE_CASE_SHARE * words.len().saturating_sub(1) as f64
}

/// The characters of a line: its bytes when it is ASCII (most lines), checked a word at a time.
fn chars(line: &str) -> usize {
    if line.is_ascii() {
        line.len()
    } else {
        line.chars().count()
    }
}

/// Whether, in a text wrapped at `width`, `next` continues the paragraph that `line` is part of (the
/// two of `line_chars` and `next_chars` characters): it goes on mid-sentence in lower case or with a
/// parenthesis, or `line` fills most of the width. Where no blank line separates paragraphs (text out of
/// a PDF), a short line in Title Case is a title, a heading or a byline, and so is a shorter one under a
/// line of prose that ends in a letter or digit ("I. INTRODUCTION"; "Elton--" and "Margaret," end a
/// paragraph's sentence), but in a language that capitalizes its nouns.
#[allow(clippy::nonminimal_bool)] // each condition read as the doc says it, not De Morgan's form
fn continues(line: &str, next: &str, line_chars: usize, next_chars: usize, width: usize, nouns_capitalized: bool) -> bool {
    // A line pasted twice is two paragraphs (the second a duplicate), and a bulleted list's item starts a
    // paragraph of its own however long the one before it is ("- A comprehensive ban on smoking …"). Not
    // `article::starts_with_list_marker`, which also takes "1998." for a numbered item: a wrapped line may
    // open on a year ("… was founded in" / "1998. It …") and go on with the paragraph.
    if line == next || matches!(next.as_bytes(), [b'-' | b'*', b' ', ..]) || next.starts_with("• ") {
        return false;
    }
    if !has_final_punctuation(line) && next.starts_with(|c: char| c.is_lowercase() || c == '(') {
        return true; // mid-sentence break
    }
    let shorter = |n: usize, share: f64| (n as f64) < share * width as f64;
    let heading = |s: &str, n: usize, share: f64| !nouns_capitalized && shorter(n, share) && in_title_case(&alphabetic_words(s));
    line_chars <= WRAP_MAX_CHARS
        && !shorter(line_chars, WRAP_MIN_FILL)
        && !heading(line, line_chars, WRAP_FULL)
        && !(heading(next, next_chars, WRAP_MIN_FILL) && final_mark(next).is_some_and(char::is_alphanumeric))
}

/// Line spans without their terminators: `\n`, `\r\n`, a lone `\r`, and the Unicode line and paragraph
/// separators all end a line.
pub(super) fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    std::iter::from_fn(move || {
        // Bytes, not chars: CR and LF are ASCII, and U+2028 and U+2029 are the only terminators that
        // start with the byte E2, so most of the text is skipped one byte at a time without decoding.
        while let Some(&b) = bytes.get(at) {
            // Eight bytes at a time while none of them can start a terminator (most of a line).
            let skipped = scan::skip_to_candidates(bytes, at, &[b'\n', b'\r', 0xE2]);
            if skipped > at {
                at = skipped;
                continue;
            }
            let terminator = match b {
                b'\n' => 1,
                b'\r' if bytes.get(at + 1) == Some(&b'\n') => 2,
                b'\r' => 1,
                0xE2 if bytes.get(at + 1) == Some(&0x80) && matches!(bytes.get(at + 2), Some(0xA8 | 0xA9)) => 3,
                _ => 0,
            };
            if terminator > 0 {
                let line = Span::new(start, at);
                at += terminator;
                start = at;
                return Some(line);
            }
            at += 1;
        }
        if start <= text.len() {
            let line = Span::new(start, text.len());
            start = text.len() + 1; // done
            return Some(line);
        }
        None
    })
}

/// Collapses every run of white space to one space and drops zero-width characters, so that paragraphs
/// can be compared and matched whatever the page's spacing was.
pub fn normalize(s: &str) -> String {
    normalize_counting_words(s).0
}

/// [`normalize`], and the number of words in the result (as [`word_count`] counts them).
pub(super) fn normalize_counting_words(s: &str) -> (String, usize) {
    if s.is_ascii() {
        normalize_ascii(s)
    } else {
        normalize_chars(s)
    }
}

/// [`normalize_counting_words`] for any text: the words are counted as the characters are copied (a
/// paragraph of Chinese is then read once, not twice).
pub(super) fn normalize_chars(s: &str) -> (String, usize) {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut count = WordCount::default();
    for c in s.chars() {
        if is_zero_width(c) {
            continue;
        }
        if is_space(c) {
            pending_space = !out.is_empty();
            count.end_word();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
            count.push(c);
        }
    }
    (out, count.total())
}

/// [`normalize_counting_words`] for ASCII text, where white space is a handful of bytes and nothing is
/// zero-width (every paragraph of a novel goes through here). White space is written as a space, and
/// the write position only advances past a space that follows a non-space, which collapses runs and
/// drops leading white space; a trailing space is cut at the end. A word is counted at the first letter
/// or digit of a run between spaces.
pub(super) fn normalize_ascii(s: &str) -> (String, usize) {
    let bytes = s.as_bytes();
    let mut n = AsciiNormalizer { out: vec![0u8; bytes.len()], written: 0, words: 0, previous_space: 1, after_space: 1 };
    let mut at = 0;
    // Natively eight bytes at a time where no white space follows white space (most of a paragraph).
    // The `.wasm` reads a byte at a time: the eight-byte step costs its size budget 0.3 KB gzip.
    if !cfg!(target_arch = "wasm32") {
        while let Some(chunk) = bytes.get(at..at + 8) {
            if !n.eight(chunk) {
                chunk.iter().for_each(|&b| n.one(b));
            }
            at += 8;
        }
    }
    for &b in bytes.get(at..).unwrap_or_default() {
        n.one(b);
    }
    let AsciiNormalizer { mut out, mut written, words, .. } = n;
    if written > 0 && out.get(written - 1) == Some(&b' ') {
        written -= 1;
    }
    out.truncate(written);
    // Only ASCII bytes were copied, so this cannot fail; the fallback keeps the function panic-free.
    (String::from_utf8(out).unwrap_or_default(), words)
}

/// The state of [`normalize_ascii`] between bytes.
struct AsciiNormalizer {
    out: Vec<u8>,
    /// Where the next byte is written: never past the byte being read, so the slot is always there.
    written: usize,
    words: usize,
    /// 1 if the byte before was white space (or there was none), else 0.
    previous_space: u8,
    /// 1 if the last space, letter or digit was a space (or there was none), else 0: a letter or digit
    /// then starts a word.
    after_space: u8,
}

impl AsciiNormalizer {
    /// Reads byte `b`, without branches (the bytes of prose are a coin toss for a branch predictor).
    fn one(&mut self, b: u8) {
        let class = scan::class(b);
        let space = u8::from(class & scan::SPACE != 0);
        let alphanumeric = u8::from(class & (scan::LETTER | scan::DIGIT) != 0);
        self.words += usize::from(alphanumeric & self.after_space);
        self.after_space = (self.after_space & !alphanumeric) | space;
        if let Some(slot) = self.out.get_mut(self.written) {
            *slot = if space == 1 { b' ' } else { b };
        }
        self.written += usize::from(1 - (space & self.previous_space));
        self.previous_space = space;
    }

    /// Reads the eight bytes of `chunk` at once if no white space in it follows white space, and says
    /// whether it did.
    fn eight(&mut self, chunk: &[u8]) -> bool {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let (space, alphanumeric) = (scan::ascii_spaces(x), scan::ascii_alphanumerics(x));
        if space & ((space << 8) | u64::from(self.previous_space)) != 0 {
            return false;
        }
        // The words that start here: with the bytes that are no letter or digit all ones, a space's one
        // added among them carries over the rest of its run to the letter or digit after it, which
        // starts a word (or out of the chunk, to the next one).
        let (sum, carried) = (!(alphanumeric * 0xFF)).overflowing_add(space);
        let (sum, carried_in) = sum.overflowing_add(u64::from(self.after_space));
        self.words += ((sum & alphanumeric).wrapping_mul(scan::ONES) >> 56) as usize;
        self.after_space = u8::from(carried | carried_in);
        let blanked = (x & !(space * 0xFF)) | (space * u64::from(b' '));
        if let Some(slots) = self.out.get_mut(self.written..self.written + 8) {
            slots.copy_from_slice(&blanked.to_le_bytes());
        }
        self.written += 8;
        self.previous_space = (space >> 56) as u8;
        true
    }
}

/// The words of a paragraph, as [`WordCount`] counts them: of a normalized one, or of a line of the text
/// as it was pasted, with its no-break spaces ("Würde des Lebens – ein\u{a0}Projekt").
pub(super) fn word_count(norm: &str) -> usize {
    let mut count = WordCount::default();
    for c in norm.chars() {
        if c.is_whitespace() {
            count.end_word();
        } else {
            count.push(c);
        }
    }
    count.total()
}

/// Words counted as the characters of a text go by: a run between spaces with a letter or digit is a
/// word, and in scripts written without spaces the characters make as many as they weigh (as
/// `article::shape` reads them), so that a paragraph of Chinese is as long in words as it reads, not one
/// word: a Han character or a kana half a word (Chinese words run one to two characters), a code point
/// of Thai, Lao, Khmer or Myanmar a quarter (their vowel and tone marks are code points of their own:
/// "เศรษฐกิจ", economy, is eight).
#[derive(Default)]
struct WordCount {
    words: usize,
    /// The run being read: its characters of scripts written without spaces, in quarter words, and
    /// whether it has a letter or digit of another script.
    quarters: usize,
    spaced: bool,
}

impl WordCount {
    /// A character of the run being read (not a space).
    #[inline] // called per word or character: the `.wasm` inlines little else (wasm-pack.toml)
    fn push(&mut self, c: char) {
        match unspaced_class(c) {
            None => self.spaced = self.spaced || is_letter_or_digit(c),
            Some(Unspaced::Brahmic) => self.quarters += 1,
            Some(_) => self.quarters += 2,
        }
    }

    /// A space: the run read so far is done.
    fn end_word(&mut self) {
        self.words += self.quarters.div_ceil(4) + usize::from(self.spaced);
        (self.quarters, self.spaced) = (0, false);
    }

    fn total(mut self) -> usize {
        self.end_word();
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_number_between_wrapped_lines_stands_alone() {
        // A report out of a PDF, wrapped at one width, its page's number between two lines of a sentence.
        let text = "Federal Reserve chairman Alan Greenspan has warned that allowing huge US\n\
                    budget deficits to continue could have severe consequences for growth.\n\
                    Speaking to the House Budget Committee he urged Congress to take action to\n\
                    12\n\
                    cut the deficit, such as increasing taxes or cutting spending on programs.\n\
                    While the US economy is growing at a reasonably good pace, he warned that\n\
                    budget concerns were clouding the outlook for the economy of the country.";
        let got: Vec<&str> = paragraphs(text, false).iter().map(|p| p.slice(text)).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], "12");
        assert!(got[0].ends_with("take action to") && got[2].starts_with("cut the deficit"), "{got:?}");
        // In code, a number on its own line is the code's.
        let code = "values = [\n    1,\n    2,\n]\nprint(values)\n42\nThe list is printed.";
        assert_eq!(paragraphs(code, false).len(), 2, "{:?}", paragraphs(code, false).iter().map(|p| p.slice(code)).collect::<Vec<_>>());
    }

    #[test]
    fn a_pdfs_running_header_stands_alone_and_a_menu_repeated_does_not_count() {
        // A report's pages of 8 lines, its name on the first line and atop every page after the page's
        // number, the first page ending inside a sentence, the second between two.
        let header = "Annual Review 2025 | Business";
        let text = format!(
            "{header}\n\
             Federal Reserve chairman Alan Greenspan has warned that allowing huge US\n\
             budget deficits to continue could have severe consequences for growth.\n\
             Speaking to the House Budget Committee he urged Congress to take action to\n\
             cut the deficit, such as increasing taxes or cutting spending on programs.\n\
             While the US economy is growing at a reasonably good pace, he warned that\n\
             budget concerns were clouding the outlook for the economy of the country.\n\
             He said that the ageing of the population would put pressure on the\n\
             pension and health programmes in the next decade, and that the government\n\
             1\n{header}\n\
             should act before the first of the baby boomers retire. Mr Greenspan also\n\
             said that the weaker dollar had not yet narrowed the trade deficit as much\n\
             as many economists had expected, though he thought that it would do so\n\
             over time. Analysts said his remarks were among the most direct he had\n\
             made on fiscal policy, and that they were likely to be read as a warning\n\
             to the White House as well as to Congress. Shares on Wall Street fell\n\
             slightly after his testimony, while the dollar rose against the euro and\n\
             the yen in late trading in New York.\n\
             2\n{header}\n\
             The Treasury declined to comment on the testimony, but a spokesman said\n\
             that the administration remained committed to halving the deficit by 2009."
        );
        let (found, furniture) = paragraphs_and_page_furniture(&text, false);
        let got: Vec<&str> = found.iter().map(|p| p.slice(&text)).collect();
        let flagged: Vec<&str> = got.iter().zip(&furniture).filter(|(_, &f)| f).map(|(p, _)| *p).collect();
        assert_eq!(flagged, ["1", header, "2", header], "{got:?}");
        assert!(got.iter().all(|p| *p == header || !p.contains(header)), "the header joined a line: {got:?}");
        assert!(got.iter().any(|p| p.starts_with("should act before") && p.ends_with("New York.")), "{got:?}");
        assert!(got.last().is_some_and(|p| p.starts_with("The Treasury declined")), "{got:?}");
        // A footer that counts the pages recurs but for its numbers.
        let counted = text.replace("\n1\n", "\nPage 1 of 3\n").replace("\n2\n", "\nPage 2 of 3\n");
        let (found, furniture) = paragraphs_and_page_furniture(&counted, false);
        let flagged: Vec<&str> = found.iter().zip(&furniture).filter(|(_, &f)| f).map(|(p, _)| p.slice(&counted)).collect();
        assert_eq!(flagged, ["Page 1 of 3", header, "Page 2 of 3", header], "{counted}");

        // A web page's menu, printed again at its foot, and a novel's chapter headings between blank
        // lines, and a verse quoted twice (its lines end in commas), are no page's furniture.
        let page = "Home\nNews\nSport\nWeather\nThe council approved the new budget on Monday after a debate of six hours.\n\
                    Home\nNews\nSport\nWeather";
        let verse = "He read the charade to her again, slowly and with feeling, line by line.\n\
                     My first displays the wealth and pomp of kings,\nLords of the earth! their luxury and ease.\n\
                     She laughed at him, and he read it through a second time for her sake.\n\
                     My first displays the wealth and pomp of kings,\nLords of the earth! their luxury and ease.";
        let novel = "CHAPTER I\n\nEmma Woodhouse, handsome, clever, and rich, with a comfortable home\nand happy disposition.\n\nCHAPTER I\n\nThe second volume opens.";
        let chapters = "Chapter 1\n\nIt was a bright cold day in April, and the clocks were striking thirteen in\nthe town.\n\nChapter 2\n\nThe second chapter opens.";
        for text in [page, verse, novel, chapters] {
            let (_, furniture) = paragraphs_and_page_furniture(text, false);
            assert!(!furniture.contains(&true), "{text}");
        }
    }

    #[test]
    fn lines_of_code_are_told_from_prose_and_labels() {
        let code = [
            "let file = File::open(\"notes.txt\")?;",
            "use std::io::{self, BufRead, BufReader};",
            "fn main() -> io::Result<()> {",
            "});",
            "}",
            "uint8_t byte2 = text[i + 1], byte3 = text[i + 2], byte4 = text[i + 3];",
            "def create_multipliers():",
            ">>> class B(A):",
            "```python",
            "import csv",
            "from os import path",
            "reader = csv.reader(f)",
            "const total = rooms.length",
            "result = Agent(",
            "print(row)",
            "df.groupby(\"city\").size()",
            "for row in reader:",
            "with open(\"people.csv\") as f:",
            "else:",
            "SELECT city, COUNT(*) AS people",
            "GROUP BY city",
        ];
        let not_code = [
            "(a) the applicant;",
            "the body referred to under Article 5(1);",
            "Author(s):",
            "Protects against the following threat(s):",
            "Key metrics to watch:",
            "He paused; then, after a long silence (and a sigh), he spoke = wisely.",
            "Adjust the configuration file: Modify the work_mem setting in the postgresql.conf file or set it per session using: SET work_mem = '32MB';",
            "{{ selectedCountryName }}",
            "Meditation for Beginners ~ 20 tips from zenhabits {great site!}",
            "()",
            "Email(Required)",
            "phoenixNAP(SMB)",
            "for example:",
            "for those who live in Paris:",
            "If you can:",
            "FROM THE ARCHIVES",
            "SELECT Your Plan",
            "import duties rose sharply.",
            "so a = b",
            "x = 5.",
        ];
        for line in code {
            assert!(is_code_line(line), "code: {line:?}");
        }
        for line in not_code {
            assert!(!is_code_line(line), "not code: {line:?}");
        }
        for cut_short in ["", "(", "f(", "SELECT", "from", "const x"] {
            assert!(!is_code_line(cut_short), "{cut_short:?}");
        }
    }

    proptest::proptest! {
        /// Lines of code's characters and words, cut anywhere ("f(", "SELECT", "a =", "for:").
        #[test]
        fn any_line_is_told_code_or_not_without_a_panic(line in "(import|from|const|SELECT|for|[a-zA-Z_.é]{0,4})([ (=:)*]{0,3}(in|import|BY|[a-zA-Zα_.]{0,3})){0,3}") {
            is_code_line(&line);
        }

        #[test]
        fn ascii_normalization_is_the_general_one(s in "[ a-zA-Z0-9\\t\\n\\r\\x0B\\x0C\\x1C-\\x1F.!_-]{0,80}") {
            proptest::prop_assert_eq!(normalize_ascii(&s), normalize_chars(&s));
        }

        #[test]
        fn words_are_counted_as_word_count_counts_them(s in "([a-zé1]{1,3}|[中国人あカก]|[ \t\u{3000}\u{200B}]|[,。]){0,24}") {
            let (norm, words) = normalize_chars(&s);
            proptest::prop_assert_eq!(words, word_count(&norm));
        }

        #[test]
        fn lines_split_at_every_terminator(s in "[a \\n\\r\\u{2028}\\u{2029}\\u{85}éâ]{0,40}") {
            let got: Vec<&str> = lines(&s).map(|l| l.slice(&s)).collect();
            let expected: Vec<&str> = s.split("\r\n").flat_map(|p| p.split(['\n', '\r', '\u{2028}', '\u{2029}'])).collect();
            proptest::prop_assert_eq!(got, expected);
        }
    }
}
