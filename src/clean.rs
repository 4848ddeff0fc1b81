//! Stage 1, structure: paragraphs, the title, and what is not the article.
//!
//! A person who selects a whole web page and pastes it brings along the site's name, breadcrumbs, photo
//! captions with credits, "Share this" and "Advertisement" lines, "Read more: …" links and a "From
//! <site>" footer, sometimes a caption twice. Summarizers that score all of it happily pick the captions
//! (short, central, full of the article's names). This stage splits the text into paragraphs (blank lines
//! separate them; hard-wrapped lines are joined), finds the title, and marks each paragraph that is site
//! furniture with the [`Boilerplate`] kind that explains why, so later stages leave it out and the page
//! can show it dimmed. The text itself is never rewritten: every paragraph is a [`Span`] into the input.

use crate::lang::{self, Language};
use crate::scan;
use crate::span::{is_space, is_zero_width, lowercase, Span};
use rustc_hash::FxHashSet;
use serde::Serialize;
use std::sync::OnceLock;

/// A line longer than this many characters was not hard-wrapped (e-mail and Gutenberg texts wrap at
/// 66–80; pasted web pages put a whole paragraph on one line), so it ends its paragraph.
const WRAP_MAX_CHARS: usize = 100;
/// A hard-wrapped line fills most of the wrap width; a line shorter than this fraction of the longest
/// line in its block is a line of its own (a list item, a caption under a wrapped paragraph).
const WRAP_MIN_FILL: f64 = 0.5;
/// A paragraph without final punctuation and at most this many words is a heading, not prose.
const HEADING_MAX_WORDS: usize = 15;
/// A title is a heading of at most this many words among the paragraphs before the first prose one.
const TITLE_MAX_WORDS: usize = 25;
/// Navigation lines ("Home News World", "Sign in | Subscribe") are short.
const NAVIGATION_MAX_WORDS: usize = 12;
/// "Share this", "Follow us on …", "Published 10:38 BST": short lines of site furniture.
const FURNITURE_MAX_WORDS: usize = 15;
/// "Read more: <a headline>" lines carry a headline, so they may be longer.
const READ_MORE_MAX_WORDS: usize = 30;
/// A "From Belfast Telegraph" footer names the site in a few words.
const FOOTER_MAX_WORDS: usize = 6;
/// Photo captions run to a sentence or two; a longer paragraph is prose even when it names a photo
/// agency, and no kind of furniture is longer, so longer paragraphs are not classified at all.
const CAPTION_MAX_WORDS: usize = 60;

/// Why a paragraph was left out of the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Boilerplate {
    /// A photo caption or credit: "… (Jane Doe/AP)", "Photo: …", "Getty Images".
    Caption,
    /// A paragraph that already appeared earlier, verbatim.
    Duplicate,
    /// Breadcrumbs and menus: "Home News World", "Sign in | Subscribe".
    Navigation,
    /// "Advertisement", "Sponsored content", "Story continues below advertisement".
    Advertisement,
    /// "Share this article", "Follow us on Twitter", newsletter sign-ups.
    Share,
    /// Links to other articles: "Read more: …", "Related stories".
    ReadMore,
    /// "From <site>", copyright and legal lines.
    Footer,
    /// "By Jane Doe", "Published 10:38 BST, 24 April 2019".
    Byline,
    /// The site's name above the headline.
    SiteName,
}

impl Boilerplate {
    /// The name JavaScript sees (`leftOut[].kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            Boilerplate::Caption => "caption",
            Boilerplate::Duplicate => "duplicate",
            Boilerplate::Navigation => "navigation",
            Boilerplate::Advertisement => "advertisement",
            Boilerplate::Share => "share",
            Boilerplate::ReadMore => "read-more",
            Boilerplate::Footer => "footer",
            Boilerplate::Byline => "byline",
            Boilerplate::SiteName => "site-name",
        }
    }
}

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// The article's title (at most one).
    Title,
    /// A short line without final punctuation inside the article: a subheading or kicker.
    Heading,
    /// Prose: the paragraphs that are segmented into sentences and scored.
    Body,
    /// Not part of the article.
    LeftOut(Boilerplate),
}

/// One paragraph of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// The paragraph, trimmed; it may contain the line breaks of hard-wrapped lines.
    pub span: Span,
    pub kind: BlockKind,
}

/// The paragraphs of a text, in order.
#[derive(Clone, Debug, Default)]
pub struct Structure {
    pub blocks: Vec<Block>,
}

impl Structure {
    /// The title found in the text, if any.
    pub fn title(&self) -> Option<Span> {
        self.blocks.iter().find(|b| b.kind == BlockKind::Title).map(|b| b.span)
    }

    /// The paragraphs left out as boilerplate, with the reason.
    pub fn left_out(&self) -> impl Iterator<Item = (Span, Boilerplate)> + '_ {
        self.blocks.iter().filter_map(|b| match b.kind {
            BlockKind::LeftOut(why) => Some((b.span, why)),
            _ => None,
        })
    }
}

/// Splits `text` into paragraphs and classifies each.
///
/// # Examples
/// ```
/// use abridge::clean::{structure, BlockKind, Boilerplate};
/// use abridge::Language;
/// let text = "Home News World\n\nKim arrives in Russia\n\nKim arrived on Wednesday.\n\nFrom The Daily Example";
/// let kinds: Vec<BlockKind> = structure(text, Language::ENGLISH).blocks.iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [
///     BlockKind::LeftOut(Boilerplate::Navigation),
///     BlockKind::Title,
///     BlockKind::Body,
///     BlockKind::LeftOut(Boilerplate::Footer),
/// ]);
/// ```
pub fn structure(text: &str, language: Language) -> Structure {
    let furniture = Furniture::of(language);
    let paragraphs = paragraphs(text);
    // Each paragraph normalized once, with its word count (every check below needs one or the other).
    let (normalized, word_counts): (Vec<String>, Vec<usize>) =
        paragraphs.iter().map(|p| normalize_counting_words(p.slice(text))).unzip();

    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut site_names: Vec<String> = Vec::new();
    let mut blocks: Vec<Block> = Vec::with_capacity(paragraphs.len());
    for ((span, norm), &words) in paragraphs.iter().zip(&normalized).zip(&word_counts) {
        let first_time = seen.insert(norm.as_str());
        let kind = match classify(norm, words, furniture) {
            Some(why) => BlockKind::LeftOut(why),
            // Checked after the specific kinds so that a caption pasted twice is reported as a caption
            // the first time and as a duplicate the second.
            None if !first_time => BlockKind::LeftOut(Boilerplate::Duplicate),
            None if is_heading(norm, words) => BlockKind::Heading,
            None => BlockKind::Body,
        };
        if kind == BlockKind::LeftOut(Boilerplate::Footer) {
            if let Some(site) = footer_site_name(norm, furniture) {
                site_names.push(lowercase(site));
            }
        }
        blocks.push(Block { span: *span, kind });
    }

    // The site's name usually stands alone above the headline too; the footer told us what it is.
    for (block, norm) in blocks.iter_mut().zip(&normalized) {
        if block.kind == BlockKind::Heading && site_names.iter().any(|s| *s == lowercase(norm)) {
            block.kind = BlockKind::LeftOut(Boilerplate::SiteName);
        }
    }
    mark_title(&mut blocks, &word_counts);
    Structure { blocks }
}

/// The title is the longest heading among the paragraphs before the first prose paragraph; short
/// headings above it are the site's name (or a section label), headings below it stay headings.
fn mark_title(blocks: &mut [Block], word_counts: &[usize]) {
    let lead_end = blocks.iter().position(|b| b.kind == BlockKind::Body).unwrap_or(blocks.len());
    let mut best: Option<(usize, usize)> = None; // (block index, words)
    for (i, block) in blocks[..lead_end].iter().enumerate() {
        let words = word_counts[i];
        if block.kind == BlockKind::Heading && words <= TITLE_MAX_WORDS && best.map_or(true, |(_, w)| words > w) {
            best = Some((i, words));
        }
    }
    if let Some((title, _)) = best {
        blocks[title].kind = BlockKind::Title;
    }
}

/// Trimmed paragraph spans: blank lines separate paragraphs; within a block of lines, hard-wrapped lines
/// are joined and lines that stand on their own are not.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut block: Vec<Span> = Vec::new();
    for line in lines(text) {
        let line = line.trim(text);
        if line.is_empty() {
            split_block(text, &block, &mut out);
            block.clear();
        } else {
            block.push(line);
        }
    }
    split_block(text, &block, &mut out);
    out
}

/// Line spans without their terminators: `\n`, `\r\n`, a lone `\r`, and the Unicode line and paragraph
/// separators all end a line.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
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

fn split_block(text: &str, lines: &[Span], out: &mut Vec<Span>) {
    let Some(&first) = lines.first() else { return };
    let widest = lines.iter().map(|l| l.slice(text).chars().count()).max().unwrap_or(0);
    let mut start = first.start;
    for pair in lines.windows(2) {
        let (line, next) = (pair[0].slice(text), pair[1].slice(text));
        if !continues(line, next, widest) {
            out.push(Span::new(start, pair[0].end));
            start = pair[1].start;
        }
    }
    if let Some(last) = lines.last() {
        out.push(Span::new(start, last.end));
    }
}

/// Whether `next` continues the paragraph that `line` is part of (the line was hard-wrapped).
fn continues(line: &str, next: &str, widest: usize) -> bool {
    if line == next {
        return false; // a line pasted twice is two paragraphs (the second a duplicate)
    }
    if !has_final_punctuation(line) && next.chars().next().is_some_and(char::is_lowercase) {
        return true; // mid-sentence break
    }
    let chars = line.chars().count();
    chars <= WRAP_MAX_CHARS && chars as f64 >= WRAP_MIN_FILL * widest as f64
}

/// Collapses every run of white space to one space and drops zero-width characters, so that paragraphs
/// can be compared and matched whatever the page's spacing was.
pub fn normalize(s: &str) -> String {
    normalize_counting_words(s).0
}

/// [`normalize`], and the number of words in the result (as [`word_count`] counts them).
fn normalize_counting_words(s: &str) -> (String, usize) {
    if s.is_ascii() {
        normalize_ascii(s)
    } else {
        let norm = normalize_chars(s);
        let words = word_count(&norm);
        (norm, words)
    }
}

fn normalize_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_zero_width(c) {
            continue;
        }
        if is_space(c) {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// [`normalize_counting_words`] for ASCII text, where white space is a handful of bytes and nothing is
/// zero-width. One pass without branches (every paragraph of a novel goes through here, and its bytes
/// are a coin toss for a branch predictor): each byte is written, white space as a space, and the write
/// position only advances past a space that follows a non-space, which collapses runs and drops leading
/// white space; a trailing space is cut at the end. A word ends at a space after a run with a letter
/// or digit in it.
fn normalize_ascii(s: &str) -> (String, usize) {
    let bytes = s.as_bytes();
    let mut out = vec![0u8; bytes.len()];
    let (mut written, mut words) = (0usize, 0usize);
    let (mut previous_space, mut alphanumeric_in_run) = (1u8, 0u8);
    let slots = out.as_mut_slice(); // one slice for the loop, not a Vec to look through per byte
    for &b in bytes {
        let class = scan::class(b);
        let space = u8::from(class & scan::SPACE != 0);
        words += usize::from(space & (previous_space ^ 1) & alphanumeric_in_run);
        alphanumeric_in_run = (alphanumeric_in_run | u8::from(class & (scan::LETTER | scan::DIGIT) != 0)) & (space ^ 1);
        // `written` never passes the byte being read, so the slot is always there.
        if let Some(slot) = slots.get_mut(written) {
            *slot = if space == 1 { b' ' } else { b };
        }
        written += usize::from(1 - (space & previous_space));
        previous_space = space;
    }
    words += usize::from(alphanumeric_in_run);
    if written > 0 && out.get(written - 1) == Some(&b' ') {
        written -= 1;
    }
    out.truncate(written);
    // Only ASCII bytes were copied, so this cannot fail; the fallback keeps the function panic-free.
    (String::from_utf8(out).unwrap_or_default(), words)
}

fn word_count(norm: &str) -> usize {
    norm.split(' ').filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Ends like a sentence: `.`, `!`, `?`, `…`, `:` or `;`, possibly followed by closing quotes or brackets.
fn has_final_punctuation(s: &str) -> bool {
    let last = s.trim_end_matches(|c: char| is_space(c) || is_closing(c)).chars().next_back();
    matches!(last, Some('.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？'))
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '›')
}

fn is_heading(norm: &str, words: usize) -> bool {
    !has_final_punctuation(norm) && words <= HEADING_MAX_WORDS
}

/// The kind of site furniture a normalized paragraph of `words` words is, if it is any.
fn classify(norm: &str, words: usize, furniture: &Furniture) -> Option<Boilerplate> {
    if words > CAPTION_MAX_WORDS {
        return None; // prose: every kind of furniture is shorter
    }
    // Past READ_MORE_MAX_WORDS only a caption is possible, and its checks ignore case themselves: the
    // lower-case copy is made for the short paragraphs only (a novel's dialogue is mostly longer).
    let short = words <= READ_MORE_MAX_WORDS;
    let lower = if short { lowercase(norm) } else { String::new() };
    if short && is_advertisement(&lower, furniture) {
        Some(Boilerplate::Advertisement)
    } else if is_caption(norm, furniture) {
        Some(Boilerplate::Caption)
    } else if short && starts_with_any(&lower, furniture.read_more) {
        Some(Boilerplate::ReadMore)
    } else if words <= FURNITURE_MAX_WORDS && is_share(&lower, furniture) {
        Some(Boilerplate::Share)
    } else if words <= FURNITURE_MAX_WORDS && is_footer(norm, &lower, furniture) {
        Some(Boilerplate::Footer)
    } else if words <= FURNITURE_MAX_WORDS && is_byline(norm, &lower, furniture) {
        Some(Boilerplate::Byline)
    } else if words <= NAVIGATION_MAX_WORDS && is_navigation(norm, furniture) {
        Some(Boilerplate::Navigation)
    } else {
        None
    }
}

/// Whether any of `needles` occurs in `haystack`. Kept out of line: every inlined substring search is a
/// copy of the two-way searcher, and each byte of the `.wasm` is downloaded by every reader.
#[inline(never)]
fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack.contains(n))
}

/// Lower-case phrases to find in many paragraphs, ignoring case, in one pass.
///
/// Each ASCII phrase is found through its rarest byte (its anchor: punctuation before letters, and
/// letters by their rarity in English text): `by_anchor[b]` has bit `k` set when phrase `k`'s anchor is
/// byte `b`, so a position is one table lookup and only the few holding an anchor ("y", "k", "(", "/" …)
/// are compared. Searching for each phrase in turn built a two-way searcher per phrase and paragraph,
/// which in the `.wasm` was a sixth of the whole summary's time on a novel (every short line of dialogue
/// is checked). Phrases in other scripts (and any past the 64th) are searched in a lower-case copy of
/// the paragraph, made only when there are such phrases.
struct Phrases {
    ascii: Vec<&'static str>,
    /// Where in ASCII phrase `k` its anchor is.
    anchor_at: [u8; 64],
    /// Indexed by any byte, upper- and lower-case letters alike: no case folding per byte.
    by_anchor: [u64; 256],
    other: Vec<&'static str>,
}

/// Lower-case letters from the commonest in English to the rarest.
const LETTERS_BY_FREQUENCY: &[u8; 26] = b"etaoinsrhldcumfpgwybvkxjqz";

/// How rare a byte of a phrase is taken to be: a space is everywhere, letters by their frequency, and
/// anything else (punctuation, digits) rarer than any letter.
fn rarity(b: u8) -> usize {
    if b == b' ' {
        return 0;
    }
    LETTERS_BY_FREQUENCY.iter().position(|&l| l == b).map_or(1 + LETTERS_BY_FREQUENCY.len(), |i| 1 + i)
}

impl Phrases {
    fn new(phrases: &[&'static str]) -> Phrases {
        let mut set = Phrases { ascii: Vec::new(), anchor_at: [0; 64], by_anchor: [0; 256], other: Vec::new() };
        for &phrase in phrases {
            let bytes = phrase.as_bytes();
            let k = set.ascii.len();
            if bytes.is_empty() || !phrase.is_ascii() || bytes.len() > 255 || k == 64 {
                set.other.push(phrase);
                continue;
            }
            let best = (0..bytes.len()).max_by_key(|&i| (rarity(bytes[i]), usize::MAX - i)).unwrap_or(0);
            set.anchor_at[k] = best as u8;
            let b = bytes[best];
            set.by_anchor[usize::from(b.to_ascii_lowercase())] |= 1 << k;
            set.by_anchor[usize::from(b.to_ascii_uppercase())] |= 1 << k;
            set.ascii.push(phrase);
        }
        set
    }

    fn occur_in(&self, haystack: &str) -> bool {
        let bytes = haystack.as_bytes();
        for (at, &b) in bytes.iter().enumerate() {
            let mut candidates = self.by_anchor[usize::from(b)];
            while candidates != 0 {
                let k = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                let phrase = self.ascii.get(k).map_or(&[][..], |p| p.as_bytes());
                let Some(start) = at.checked_sub(usize::from(self.anchor_at[k & 63])) else { continue };
                if bytes.get(start..start + phrase.len()).is_some_and(|found| found.eq_ignore_ascii_case(phrase)) {
                    return true;
                }
            }
        }
        !self.other.is_empty() && contains_any(&lowercase(haystack), &self.other)
    }
}

/// A language's furniture vocabulary (`furniture.txt`), ready for matching: built once per language.
struct Furniture {
    caption_openings: &'static [&'static str],
    caption_phrases: Phrases,
    credit_words: &'static [&'static str],
    advertisement: &'static [&'static str],
    read_more: &'static [&'static str],
    share_openings: &'static [&'static str],
    share_words: &'static [&'static str],
    footer_openings: &'static [&'static str],
    byline_openings: &'static [&'static str],
    byline_prefixes: &'static [&'static str],
    site_prefixes: &'static [&'static str],
    navigation_words: &'static [&'static str],
    navigation_connectors: &'static [&'static str],
}

impl Furniture {
    fn of(language: Language) -> &'static Furniture {
        static BUILT: [OnceLock<Furniture>; lang::COUNT] = [const { OnceLock::new() }; lang::COUNT];
        BUILT[language.index() % lang::COUNT].get_or_init(|| {
            let data = &language.lexicon().furniture;
            Furniture {
                caption_openings: data.get("caption-openings"),
                caption_phrases: Phrases::new(data.get("caption-phrases")),
                credit_words: data.get("credit-words"),
                advertisement: data.get("advertisement"),
                read_more: data.get("read-more"),
                share_openings: data.get("share-openings"),
                share_words: data.get("share-words"),
                footer_openings: data.get("footer-openings"),
                byline_openings: data.get("byline-openings"),
                byline_prefixes: data.get("byline-prefixes"),
                site_prefixes: data.get("site-prefixes"),
                navigation_words: data.get("navigation-words"),
                navigation_connectors: data.get("navigation-connectors"),
            }
        })
    }
}

fn starts_with_any(lower: &str, openings: &[&str]) -> bool {
    openings.iter().any(|o| lower.starts_with(o))
}

fn is_advertisement(lower: &str, furniture: &Furniture) -> bool {
    let line = lower.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ' ');
    furniture.advertisement.contains(&line)
}

fn is_caption(norm: &str, furniture: &Furniture) -> bool {
    let opens_like_a_caption = furniture
        .caption_openings
        .iter()
        .any(|o| norm.as_bytes().get(..o.len()).is_some_and(|start| start.eq_ignore_ascii_case(o.as_bytes())));
    if opens_like_a_caption || furniture.caption_phrases.occur_in(norm) {
        return true;
    }
    // A credit in parentheses at the very end, after no final punctuation of its own: captions end
    // "… on Tuesday (Naoya Osato/Kyodo News via AP)"; prose ends with a full stop.
    let Some((before, inner)) = norm.strip_suffix(')').and_then(|s| s.rfind('(').map(|i| (&s[..i], &s[i + 1..]))) else {
        return false;
    };
    if has_final_punctuation(before) {
        return false;
    }
    let inner = lowercase(inner);
    let inner = inner.as_str();
    let tokens: Vec<&str> = inner.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    // Short words must be whole tokens ("ap" is not "map"); longer ones, and phrases ending in a space
    // ("via "), are searched as they are.
    furniture.credit_words.iter().any(|w| if w.len() <= 3 { tokens.contains(w) } else { contains_any(inner, &[w]) })
}

fn is_share(lower: &str, furniture: &Furniture) -> bool {
    if starts_with_any(lower, furniture.share_openings) {
        return true;
    }
    let words: Vec<&str> =
        lower.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()).collect();
    !words.is_empty() && words.iter().all(|w| furniture.share_words.contains(w) || w.chars().all(|c| c.is_ascii_digit()))
}

fn is_footer(norm: &str, lower: &str, furniture: &Furniture) -> bool {
    starts_with_any(lower, furniture.footer_openings) || contains_any(lower, &["all rights reserved"]) || footer_site_name(norm, furniture).is_some()
}

/// "From Belfast Telegraph" → "Belfast Telegraph": a short line without final punctuation whose words
/// after "From" are all capitalized.
fn footer_site_name<'a>(norm: &'a str, furniture: &Furniture) -> Option<&'a str> {
    let (first, site) = norm.split_once(' ')?;
    if !furniture.site_prefixes.contains(&lowercase(first).as_str()) {
        return None;
    }
    let words: Vec<&str> = site.split(' ').collect();
    let capitalized = words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()));
    (capitalized && words.len() < FOOTER_MAX_WORDS && !has_final_punctuation(norm)).then_some(site)
}

fn is_byline(norm: &str, lower: &str, furniture: &Furniture) -> bool {
    if has_final_punctuation(norm) {
        return false;
    }
    if let Some((first, name)) = norm.split_once(' ') {
        // "By Jane Doe", "By Jane Doe and John Roe, Political Correspondent"
        if furniture.byline_prefixes.contains(&lowercase(first).as_str()) {
            return name.split(' ').next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        }
    }
    starts_with_any(lower, furniture.byline_openings)
        && lower.split(' ').nth(1).is_some_and(|w| w.chars().next().is_some_and(|c| c.is_numeric() || c == ':' || c.is_alphabetic()))
        && norm.chars().any(|c| c.is_ascii_digit())
}

const NAVIGATION_SEPARATORS: &[char] = &['|', '›', '»', '>', '/', '·', '•', '»', '→', '\u{203A}'];

fn is_navigation(norm: &str, furniture: &Furniture) -> bool {
    if has_final_punctuation(norm) {
        return false;
    }
    let items: Vec<&str> = norm.split(NAVIGATION_SEPARATORS).map(str::trim).filter(|s| !s.is_empty()).collect();
    if items.len() >= 3 && items.iter().all(|item| word_count(item) <= 3) {
        return true; // "Home › News › World", "Sign in | Register | Subscribe"
    }
    let words: Vec<&str> = norm.split(|c: char| c == ' ' || NAVIGATION_SEPARATORS.contains(&c)).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return false;
    }
    let mut menu_words = 0;
    for word in &words {
        let lower = lowercase(word);
        if furniture.navigation_connectors.contains(&lower.as_str()) {
            continue;
        }
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        if furniture.navigation_words.contains(&lower.as_str()) {
            menu_words += 1;
        }
    }
    // Most of the line is menu vocabulary: "Home News World" yes, "Kim Meets Putin" no.
    menu_words * 2 > words.len() || (menu_words >= 2 && menu_words * 2 == words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        structure(text, Language::ENGLISH).blocks.iter().map(|b| (normalize(b.span.slice(text)), b.kind)).collect()
    }

    fn kind_of(paragraph: &str) -> BlockKind {
        // Put the paragraph between prose so it is judged on its own, not as a title.
        let text = format!("First sentence here.\n\n{paragraph}\n\nLast sentence here.");
        kinds(&text)[1].1
    }

    use BlockKind::{Body, Heading, LeftOut, Title};
    use Boilerplate::*;

    #[test]
    fn named_paragraph_cases() {
        let cases: &[(&str, &str, BlockKind)] = &[
            ("AP caption", "Mr Kim inspected a guard (Korean Central News Agency/Korea News Service via AP)", LeftOut(Caption)),
            ("AP Photo credit", "Mr Kim has had two summits with US President Donald Trump (AP Photo/Evan Vucci, File)", LeftOut(Caption)),
            ("Photo: opening", "Photo: Jane Doe for The Example", LeftOut(Caption)),
            ("Getty Images", "Protesters gathered outside the court. Getty Images", LeftOut(Caption)),
            ("BBC image copyright", "Image copyright Reuters", LeftOut(Caption)),
            ("prose with a parenthesis", "The deal was signed in 2011 (after long talks).", Body),
            ("prose ending in parenthesis without credit", "The committee will meet again (probably in May)", Heading),
            ("breadcrumbs", "Home News World", LeftOut(Navigation)),
            ("menu with separators", "Sign in | Register | Subscribe", LeftOut(Navigation)),
            ("breadcrumb arrows", "News › UK › Politics", LeftOut(Navigation)),
            ("headline is not a menu", "Kim Meets Putin In Vladivostok", Heading),
            ("advertisement", "Advertisement", LeftOut(Advertisement)),
            ("story continues", "Story continues below advertisement", LeftOut(Advertisement)),
            ("share this", "Share this article", LeftOut(Share)),
            ("share buttons", "Facebook Twitter WhatsApp Email", LeftOut(Share)),
            ("read more", "Read more: Trump says talks with Kim went well", LeftOut(ReadMore)),
            ("related", "Related stories", LeftOut(ReadMore)),
            ("from footer", "From Belfast Telegraph", LeftOut(Footer)),
            ("copyright", "© 2019 Example Media Ltd", LeftOut(Footer)),
            ("byline", "By Jane Doe", LeftOut(Byline)),
            ("published line", "Published 10:38 BST, 24 April 2019", LeftOut(Byline)),
            ("prose starting with From", "From Monday, the island will be closed to traffic.", Body),
            ("prose starting with By", "By the end of the day, the train had crossed the border.", Body),
            ("subheading", "What happens next", Heading),
            ("long unpunctuated text is prose", "this text has no punctuation at all but it goes on and on for quite a few words more than any heading would ever have", Body),
        ];
        for (name, paragraph, expected) in cases {
            assert_eq!(kind_of(paragraph), *expected, "{name}: {paragraph:?}");
        }
    }

    #[test]
    fn title_is_the_longest_heading_before_the_prose() {
        let text = "Belfast Telegraph\n\nHome News World\n\nNorth Korea’s Kim arrives in Russia before summit with Putin\n\nThe leader left at dawn.\n\nFrom Belfast Telegraph";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, [LeftOut(SiteName), LeftOut(Navigation), Title, Body, LeftOut(Footer)]);
    }

    #[test]
    fn no_title_when_the_text_starts_with_prose() {
        assert_eq!(structure("It rained. Then it stopped.\n\nA heading", Language::ENGLISH).title(), None);
    }

    #[test]
    fn a_caption_pasted_twice_is_a_caption_then_a_duplicate() {
        let caption = "Kim Jong Un left North Korea on Wednesday before leaving for Russia (Korean Central News Agency/Korea News Service via AP)";
        let text = format!("Intro sentence.\n\n{caption}\n{caption}\n\nMore prose.");
        let got: Vec<BlockKind> = kinds(&text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, [Body, LeftOut(Caption), LeftOut(Caption), Body]);
    }

    #[test]
    fn a_paragraph_repeated_verbatim_is_a_duplicate() {
        let text = "He said it was over.\n\nWe will rebuild, she said.\n\nWe will rebuild, she said.";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, [Body, Body, LeftOut(Duplicate)]);
    }

    #[test]
    fn hard_wrapped_lines_join_and_long_lines_do_not() {
        let wrapped = "It is a truth universally acknowledged, that a single man in possession\nof a good fortune, must be in want of a wife.\n\nNext paragraph.";
        assert_eq!(kinds(wrapped).len(), 2);
        let long = "A".repeat(120) + ".";
        let web = format!("{long}\n{long}\n{long}");
        assert_eq!(kinds(&web).len(), 3);
    }

    #[test]
    fn crlf_and_lone_cr_line_endings() {
        assert_eq!(kinds("One.\r\n\r\nTwo.\r\rThree.").len(), 3);
    }

    #[test]
    fn nbsp_and_zero_width_spaces_do_not_make_paragraphs_differ() {
        let text = "Same\u{00A0}words here.\n\nSame words\u{200B} here.";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, [Body, LeftOut(Duplicate)]);
    }

    proptest::proptest! {
        #[test]
        fn ascii_normalization_is_the_general_one(s in "[ a-zA-Z0-9\\t\\n\\r\\x0B\\x0C\\x1C-\\x1F.!_-]{0,40}") {
            let general = normalize_chars(&s);
            let words = word_count(&general);
            proptest::prop_assert_eq!(normalize_ascii(&s), (general, words));
        }

        #[test]
        fn lines_split_at_every_terminator(s in "[a \\n\\r\\u{2028}\\u{2029}\\u{85}éâ]{0,40}") {
            let got: Vec<&str> = lines(&s).map(|l| l.slice(&s)).collect();
            let expected: Vec<&str> = s.split("\r\n").flat_map(|p| p.split(['\n', '\r', '\u{2028}', '\u{2029}'])).collect();
            proptest::prop_assert_eq!(got, expected);
        }
    }

    #[test]
    fn phrases_are_found_wherever_they_occur_and_only_whole() {
        let set = Phrases::new(&["getty images", "zq", "(photo:", "pa wire", "#", "фото:"]);
        for found in ["getty images", "x (photo: y", "by pa wire", "é zq", "pa wirepa", "#", "a #", "GETTY Images", "(Photo: AP", "ФОТО: ТАСС"] {
            assert!(set.occur_in(found), "{found}");
        }
        for missing in ["", "z q", "getty image", "(photo", "pa wir", "p a wire", "éèê", "фото"] {
            assert!(!set.occur_in(missing), "{missing}");
        }
        // Agrees with the plain search on every caption phrase of every language.
        for language in Language::all() {
            let phrases = language.lexicon().furniture.get("caption-phrases");
            let set = &Furniture::of(language).caption_phrases;
            for phrase in phrases {
                let text = format!("a {phrase} b");
                assert!(set.occur_in(&text) && contains_any(&text, phrases), "{language}: {phrase}");
                let cut: String = phrase.chars().skip(1).collect();
                assert!(!set.occur_in(&cut) || contains_any(&cut, phrases), "{language}: {cut}");
            }
        }
    }

    #[test]
    fn whitespace_only_text_has_no_paragraphs() {
        assert!(structure(" \n\u{00A0}\n\t", Language::ENGLISH).blocks.is_empty());
        assert!(structure("", Language::ENGLISH).blocks.is_empty());
    }
}
