//! Where the article is in a pasted page, and its headline.
//!
//! A person who selects a whole web page pastes the site's menus, teaser lists, promotions, forms, the
//! byline, comments and the footer along with the article. The article is the one long run of prose:
//! its paragraphs are long, end like sentences and are dense in the language's function words, and
//! they stand among other such paragraphs; menus are runs of short lines without sentence
//! punctuation, teasers are headline-shaped lines with a line or two of prose each, promotions short
//! imperative lines. Each paragraph gets a probability of being article text from its own shape and
//! its neighbours' (a logistic model, in the spirit of jusText's per-paragraph classification with
//! context), and the article is the contiguous run of paragraphs with the largest total evidence —
//! body-text extraction as a maximum-scoring subsequence (Finn, Kushmerick & Smyth 2001). The
//! headline is then the paragraph, near the start of that run, that is shaped like a headline and
//! shares its words with the article (a second logistic model ranks the candidates).
//!
//! Every measure is relative to the page or the language (function words come from the language's
//! `stopwords.txt`; scripts without spaces count characters), so that what was fitted on English pages
//! holds on pages in other languages. The weights live in `model.rs`, written by
//! `scripts/eval/fit_article.py` from the shapes this module reports (`abridge --dump-blocks`) on the
//! development pages of `../shared/pastes/`; docs/quality.md has the figures.

use super::furniture::{is_bare_date, NAVIGATION_SEPARATORS};
use super::model;
use super::paragraphs::TITLE_CASE_SHARE;
use super::ends_with_full_stop;
use crate::lang::Language;
use crate::tokenize::{title_words, StopCharacters};
use crate::span::{ascii_lower_case, find_str, has_two_chars, is_letter, is_letter_or_digit, is_space, is_unspaced, lowercase};
use rustc_hash::FxHashSet;

/// A paragraph's shape: what the models read of it, measured once.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shape {
    /// Words, as `normalize` counts them: a Han character or kana half a word, a Thai, Lao, Khmer or
    /// Myanmar code point a quarter.
    pub words: f64,
    /// Share of the words that are the language's function words.
    pub stopwords: f64,
    /// Share of the words after the first, among those starting with a letter, that start with a
    /// capital: menus and headlines are Title Case, prose is not.
    pub capitalized: f64,
    /// Share of the characters that are digits: dates, prices, counts.
    pub digits: f64,
    /// Ends with a sentence's final punctuation (`.`, `!`, `?`, `…`, `。` …).
    pub ends_sentence: bool,
    pub ends_colon: bool,
    pub ends_question: bool,
    /// Sentence ends inside it (a terminator then a space), plus the final one.
    pub sentences: f64,
    /// Commas per word.
    pub commas: f64,
    /// Written in capitals only ("READ MORE", "SUBSCRIBE").
    pub all_caps: bool,
    /// Menu separators: `|`, `•`, `›`, `»`, `·`.
    pub separators: f64,
    /// A table row (innerText puts tabs between cells).
    pub tabs: bool,
    /// With `tabs`, a row of data rather than prose (`clean::is_table_row`): part of the article, not
    /// summarized, and never furniture from its words.
    pub table_row: bool,
    /// The furniture vocabulary recognised it (caption, share row, byline, menu …).
    pub furniture: bool,
    /// The same text stands earlier in the page.
    pub duplicate: bool,
    /// Furniture that sites set between an article's paragraphs: a caption, a "Read more" link, an
    /// advertisement's label, a block of program code.
    pub inserted: bool,
    /// The label over a table of contents ("Table of Contents", "In this article"): the lines under it
    /// are the article's section headings, not its headline.
    pub contents: bool,
    /// A short line asking the reader to act ("Call Us Now"): a button's, never the headline.
    pub call_to_action: bool,
    /// Opens with the label of a paper's abstract ("Abstract", "Abstract—Summarizing …").
    pub abstract_label: bool,
    /// A short line that opens with the label of a section on the author or the publisher ("About the
    /// Author", "About Northwind Energy"): where it heads the article's last section, the run ends above it.
    pub about: bool,
    /// Opens with a list's marker ("- ", "• ", "1."): an item of a list.
    pub list_item: bool,
    /// A section heading in markup, as a copy of a wiki's or a Markdown file's text keeps it ("== History",
    /// "## Setup"): a document's own structure, which no web page's menu is written in.
    pub marked_heading: bool,
}

impl Shape {
    /// A short line with digits: a date, a time, "5 min read".
    pub fn is_date_line(&self) -> bool {
        self.words <= DATE_LINE_MAX_WORDS && self.digits > 0.0
    }
}

/// The names of the paragraph features, in the order of [`block_features`] and of the weights.
pub const BLOCK_FEATURES: [&str; 23] = [
    "log_words",
    "stopwords_relative",
    "capitalized",
    "digits",
    "ends_sentence",
    "ends_colon",
    "ends_question",
    "log_sentences",
    "commas",
    "all_caps",
    "separators",
    "tabs",
    "furniture",
    "duplicate",
    "prose_around_1",
    "prose_around_3",
    "prose_around_8",
    "log_words_before",
    "log_words_after",
    "position",
    "prose_before",
    "prose_before_spread",
    "distance_to_longest",
];

/// The names of the headline candidates' features, in the order of [`title_candidates`]' vectors.
pub const TITLE_FEATURES: [&str; 32] = [
    "before",
    "inside",
    "log_lines_inside",
    "log_words",
    "title_length",
    "ends_sentence",
    "ends_question",
    "capitalized",
    "all_caps",
    "digits",
    "separators",
    "shared_words",
    "shared_weight",
    "duplicate",
    "ends_colon",
    "stopwords",
    "byline_follows",
    "article_probability",
    "nearest_candidate",
    "list_marker",
    "repeated_inside",
    "date_follows",
    "repeated_later",
    "headline_length",
    "title_case",
    "standfirst_shape",
    "after_furniture",
    "prose_next",
    "prose_within_three",
    "log_lines_to_prose",
    "log_copies",
    "after_contents",
];

/// Where [`best_title`] reads a candidate's words, its sentence end and its question mark in its features.
const LOG_WORDS: usize = 3;
const ENDS_SENTENCE: usize = 5;
const ENDS_QUESTION: usize = 6;
/// A dek under the headline has at least this many words and nearly as many as the headline (this share
/// of its words) or more, the headline at least this many (a shorter line above is a section's name or a
/// breadcrumb: "College Admissions, Student Resources"), and the headline scores at most this much below
/// the dek (measured in docs/quality.md).
const DEK_MIN_WORDS: f64 = 8.0;
const DEK_HEADLINE_MIN_WORDS: f64 = 5.0;
const DEK_LONGER: f64 = 0.9;
const DEK_MAX_MARGIN: f64 = 2.0;
/// A label over the headline has at most this many words, the headline under it at least this many.
const LABEL_MAX_WORDS: f64 = 3.0;
const LABELLED_HEADLINE_MIN_WORDS: f64 = 6.0;
/// A breadcrumb stands at most this many paragraphs above the headline that ends it, and that headline
/// is taken when it scores at most this much below the best candidate (measured in docs/quality.md).
const BREADCRUMB_LOOK_ABOVE: usize = 3;
const BREADCRUMB_MAX_MARGIN: f64 = 3.0;
/// A breadcrumb's step cut short with an ellipsis keeps at least this many bytes of the headline.
const BREADCRUMB_CUT_MIN_BYTES: usize = 10;

/// A headline candidate: its paragraph, its features in the order of [`TITLE_FEATURES`], and whether it
/// is the last step of a breadcrumb above it ("Home / Sport / Wenn man in der Heimat verliert …" over
/// "Wenn man in der Heimat verliert …"), which [`best_title`] reads beside the model.
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    pub paragraph: usize,
    pub features: [f64; TITLE_FEATURES.len()],
    pub ends_breadcrumb: bool,
}

/// How many words of a paragraph are looked at for its function words and capitals: enough to tell a
/// line of prose from a menu or a headline, and the cap bounds the work on a novel.
const STOPWORD_SAMPLE_WORDS: usize = 8;
/// An ASCII paragraph's bytes (digits, commas, capitals, sentence ends) are counted on its first this
/// many, about 10 words, and scaled to its length.
const SAMPLE_BYTES: usize = 64;
/// Paragraphs of at least this many words set the page's norm of function-word density.
const NORM_MIN_WORDS: f64 = 10.0;
/// The function-word density assumed when no paragraph is long enough to measure it (English prose
/// runs at about 0.45 with the Snowball list; the relative feature is then about 1 for prose).
const DEFAULT_STOPWORD_NORM: f64 = 0.4;
/// A paragraph counts as prose for its neighbours' features when it ends like a sentence; its weight
/// grows with its length up to this many words.
const PROSE_FULL_WORDS: f64 = 20.0;
/// Headline candidates: paragraphs up to this many before the article's start, and this many into it.
pub const TITLE_LOOK_BEFORE: usize = 120;
pub const TITLE_LOOK_INSIDE: usize = 3;
/// A headline has at most this many words (longer is a standfirst or prose).
const TITLE_MAX_WORDS: f64 = 40.0;
/// A paragraph the block model gives at least this chance of being article (more likely than not) is the
/// lede [`earliest_start`] looks for.
const LEDE_MIN_PROBABILITY: f64 = 0.5;
/// Most headlines have this many words (the model's `headline_length`).
const HEADLINE_MIN_WORDS: f64 = 4.0;
const HEADLINE_MAX_WORDS: f64 = 14.0;
/// A date line ("January 7, 2016 at 10:31 am") is at most this many words.
const DATE_LINE_MAX_WORDS: f64 = 8.0;
/// Inserted furniture paragraphs ([`Shape::inserted`]) the article's run may step over at its end, and
/// section headings in markup ([`Shape::marked_heading`]) at either end.
const FURNITURE_BRIDGE: usize = 2;
/// A section heading in markup is a line of at most this many words.
const MARKED_HEADING_MAX_WORDS: usize = 15;
/// An introduction's last paragraph above a table of contents is at least this long: a dek or a
/// newsletter's promotion there is shorter.
const INTRODUCTION_MIN_WORDS: f64 = 40.0;
/// A table of contents' label is looked for up to this many paragraphs above the article's run: the
/// label and its lines, a long article's dozens, as far as the headline is looked for.
const CONTENTS_LOOK_ABOVE: usize = TITLE_LOOK_BEFORE;
/// A headline's share of digits stays under this: "Best EVs of 2026" has a quarter.
const TITLE_MAX_DIGITS: f64 = 0.35;
/// A paragraph that ends a sentence and has at least this many words is prose (for the neighbours of a
/// headline candidate).
const PROSE_MIN_WORDS: f64 = 12.0;
/// In Thai and Lao, which write no full stops, a paragraph of at least this many words (four code
/// points to a word) is taken to end a sentence: a headline or a menu is shorter. So is a text's last
/// paragraph that a selection cut off mid-sentence.
const UNPUNCTUATED_PROSE_MIN_WORDS: f64 = 20.0;
/// How far below a headline candidate the next prose paragraph is looked for (the model's
/// `log_lines_to_prose`, capped here: a line further from any prose is a menu's or a footer's).
const TITLE_PROSE_HORIZON: usize = 30;
/// The article's vocabulary for the headline's shared words is read from its first this many words:
/// a headline announces the opening, and the cap bounds the work on a novel.
const TITLE_CONTEXT_WORDS: usize = 600;

/// Measures a paragraph given in normalized form (white space collapsed), of `words` words as
/// [`normalize`](super::normalize) counts them.
pub fn shape(norm: &str, words: usize, language: Language) -> Shape {
    let c = if norm.is_ascii() { count_ascii(norm, words, language) } else { count_chars(norm, words, language) };
    let mut shape = Shape {
        words: c.words,
        stopwords: if c.checked > 0 { c.stopwords as f64 / c.checked as f64 } else { 0.0 },
        capitalized: if c.letter_words > 1 { c.capital_words as f64 / (c.letter_words - 1) as f64 } else { 0.0 },
        digits: if c.chars > 0 { c.digits as f64 / c.chars as f64 } else { 0.0 },
        list_item: starts_with_list_marker(norm),
        marked_heading: words <= MARKED_HEADING_MAX_WORDS && after_heading_marks(norm).is_some(),
        ..Shape::default()
    };
    let last = before_closing_marks(norm).chars().next_back();
    shape.ends_sentence = matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '۔' | '។' | '။'))
        // Thai and Lao mark no sentence's end (a space separates sentences): a long paragraph is prose.
        || (last.is_some_and(|c| matches!(c, '\u{0E00}'..='\u{0EFF}')) && c.words >= UNPUNCTUATED_PROSE_MIN_WORDS);
    shape.ends_colon = matches!(last, Some(':' | '：'));
    shape.ends_question = matches!(last, Some('?' | '？' | '؟'));
    let closes_itself = norm.ends_with(['。', '！', '？']); // counted among the inner ends already
    shape.sentences = (c.inner_ends + usize::from(shape.ends_sentence && !closes_itself)) as f64;
    shape.commas = if c.words > 0.0 { c.commas as f64 / c.words } else { 0.0 };
    shape.all_caps = c.letters >= 3 && c.lower == 0;
    shape.separators = c.separators as f64;
    shape
}

/// `text` without the closing quotes, brackets and white space at its end ("「もう行く。」" ends in "。")
/// and, after a "]", a footnote mark's digits and "[": a wiki's paragraph ends its last sentence before
/// them ("… (early 19th century).[2][3]"). The one reader of a paragraph's last mark, for its shape and
/// for `final_mark`.
pub(crate) fn before_closing_marks(text: &str) -> &str {
    let mut in_mark = false;
    text.trim_end_matches(|c: char| {
        let marked = in_mark && (c.is_ascii_digit() || c == '[');
        in_mark = c == ']' || (marked && c != '[');
        marked || is_space(c) || matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』')
    })
}

/// What [`shape`] counts in a paragraph.
#[derive(Default)]
struct Counts {
    words: f64,
    /// Words looked up among the stopwords (the first [`STOPWORD_SAMPLE_WORDS`]), and the hits; the
    /// capitals are counted on the same words.
    checked: usize,
    stopwords: usize,
    /// Words starting with a letter, and how many of those after the first are capitalized.
    letter_words: usize,
    capital_words: usize,
    chars: usize,
    digits: usize,
    commas: usize,
    separators: usize,
    letters: usize,
    lower: usize,
    /// A terminator followed by a space, or a CJK full stop.
    inner_ends: usize,
}

/// The counters of [`count_ascii`]'s bytes: each a byte of one `u64`, which [`byte_counters`] adds to.
const DIGIT_COUNTER: u32 = 0;
const COMMA_COUNTER: u32 = 1;
const SEPARATOR_COUNTER: u32 = 2;
const LETTER_COUNTER: u32 = 3;
const LOWER_COUNTER: u32 = 4;
// A counter counts at most the sample's bytes: it never carries into the next.
const _: () = assert!(SAMPLE_BYTES < 256);

/// A one in counter `lane`.
const fn counter(lane: u32) -> u64 {
    1 << (8 * lane)
}

/// What ASCII byte `b` adds to [`count_ascii`]'s counters: a one in counter `lane` for each bit `lane`
/// of its [`BYTE_COUNTED`] flags (multiplying by the sum of `1 << 7 * lane` moves bit `lane` to bit
/// `8 * lane`, and no two of the products' bits land on the same bit).
fn byte_counters(b: u8) -> u64 {
    const SPREAD: u64 = 1 | 1 << 7 | 1 << 14 | 1 << 21 | 1 << 28;
    const LOW_BITS: u64 = 0x0000_0001_0101_0101;
    (u64::from(BYTE_COUNTED.get(usize::from(b)).copied().unwrap_or(0)) * SPREAD) & LOW_BITS
}

/// Whether ASCII byte `byte` counts in each of [`count_ascii`]'s counters: a digit, a comma, a `|`, a
/// letter, a lower-case letter.
const fn counted_in(byte: u8) -> [(bool, u32); 5] {
    [
        (byte.is_ascii_digit(), DIGIT_COUNTER),
        (byte == b',', COMMA_COUNTER),
        (byte == b'|', SEPARATOR_COUNTER),
        (byte.is_ascii_alphabetic(), LETTER_COUNTER),
        (byte.is_ascii_lowercase(), LOWER_COUNTER),
    ]
}

/// [`counted_in`] for each ASCII byte, a bit a counter.
const BYTE_COUNTED: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < table.len() {
        let counts = counted_in(b as u8);
        let mut k = 0;
        while k < counts.len() {
            if counts[k].0 {
                table[b] |= 1 << counts[k].1;
            }
            k += 1;
        }
        b += 1;
    }
    table
};

/// [`Counts`] of an ASCII paragraph (most of a novel, and every English page), of `words` words, in
/// one pass over its first [`SAMPLE_BYTES`]: the bytes counted there are scaled to its length, and its
/// words there are looked up among the stopwords. A paragraph's opening tells prose from furniture as
/// well as the whole of it, and a long text's shape then costs a pass over a fraction of it.
fn count_ascii(norm: &str, words: usize, language: Language) -> Counts {
    let mut c = Counts { words: words as f64, chars: norm.len(), ..Counts::default() };
    let stopwords = &language.lexicon().stopwords;
    let bytes = norm.as_bytes();
    let sample = bytes.get(..SAMPLE_BYTES).unwrap_or(bytes);
    // The byte counters, one addition a byte (`byte_counters`), and their value where the word being
    // read starts: it has a letter or digit once its letter or digit counter has moved.
    let (mut counters, mut at_word_start, mut start) = (0u64, 0u64, 0);
    for (k, &b) in sample.iter().enumerate() {
        counters += byte_counters(b);
        if b == b' ' || k + 1 == sample.len() {
            let end = if b == b' ' { k } else { k + 1 };
            c.inner_ends += usize::from(b == b' ' && k > 0 && matches!(sample[k - 1], b'.' | b'!' | b'?'));
            let alphanumeric = (counters - at_word_start) & (0xFF * (counter(DIGIT_COUNTER) | counter(LETTER_COUNTER))) != 0;
            if alphanumeric && c.checked < STOPWORD_SAMPLE_WORDS {
                count_word(&norm[start..end], stopwords, &mut c);
            }
            (start, at_word_start) = (k + 1, counters);
        }
    }
    let count = |lane: u32| ((counters >> (8 * lane)) & 0xFF) as usize;
    (c.digits, c.commas, c.separators, c.letters, c.lower) =
        (count(DIGIT_COUNTER), count(COMMA_COUNTER), count(SEPARATOR_COUNTER), count(LETTER_COUNTER), count(LOWER_COUNTER));
    if sample.len() < bytes.len() {
        let scale = |n: usize| n * bytes.len() / sample.len();
        (c.digits, c.commas, c.separators, c.letters, c.lower, c.inner_ends) =
            (scale(c.digits), scale(c.commas), scale(c.separators), scale(c.letters), scale(c.lower), scale(c.inner_ends));
    }
    c
}

/// Counts an ASCII word (a run between spaces holding a letter or digit) among the language's
/// `stopwords` and the capitalized words.
fn count_word(piece: &str, stopwords: &FxHashSet<&str>, c: &mut Counts) {
    let trimmed_start = piece.bytes().position(|b| b.is_ascii_alphanumeric()).unwrap_or(0);
    let trimmed_end = piece.bytes().rposition(|b| b.is_ascii_alphanumeric()).map_or(0, |i| i + 1);
    let Some(word) = piece.get(trimmed_start..trimmed_end) else { return };
    let Some(&first) = word.as_bytes().first() else { return };
    c.checked += 1;
    // A word longer than the buffer is longer than any stopword.
    let mut buffer = [0u8; 24];
    if let Some(lower) = ascii_lower_case(word, &mut buffer) {
        c.stopwords += usize::from(stopwords.contains(lower));
    }
    if first.is_ascii_alphabetic() {
        c.capital_words += usize::from(c.letter_words > 0 && first.is_ascii_uppercase());
        c.letter_words += 1;
    }
}

/// [`Counts`] of a paragraph in any script, of `words` words (as `normalize` counts them, scripts
/// written without spaces included), counted as [`count_ascii`] counts: on its first [`SAMPLE_BYTES`]
/// (to a character's end), scaled to its length.
fn count_chars(norm: &str, words: usize, language: Language) -> Counts {
    let mut c = Counts { words: words as f64, ..Counts::default() };
    let cut = norm.char_indices().map(|(i, ch)| i + ch.len_utf8()).find(|&end| end >= SAMPLE_BYTES).unwrap_or(norm.len());
    let sample = &norm[..cut];
    let mut previous_end = false;
    for ch in sample.chars() {
        c.chars += 1;
        c.digits += usize::from(ch.is_ascii_digit());
        c.commas += usize::from(matches!(ch, ',' | '，' | '、' | '،'));
        c.separators += usize::from(matches!(ch, '|' | '•' | '›' | '»' | '·' | '→'));
        if is_letter(ch) {
            c.letters += 1;
            c.lower += usize::from(ch.is_lowercase());
        }
        c.inner_ends += usize::from(matches!(ch, '。' | '！' | '？') || (previous_end && ch == ' '));
        previous_end = matches!(ch, '.' | '!' | '?');
    }
    // The words (runs with a letter or digit of a spaced script) among the first
    // STOPWORD_SAMPLE_WORDS: function words and capitals, as `count_word` counts them.
    for piece in sample.split(' ') {
        if c.checked >= STOPWORD_SAMPLE_WORDS {
            break;
        }
        if !piece.chars().any(|ch| !is_unspaced(ch) && is_letter_or_digit(ch)) {
            continue;
        }
        let word = piece.trim_matches(|ch: char| !ch.is_alphanumeric());
        c.checked += 1;
        c.stopwords += usize::from(language.is_stopword(&lowercase(word)));
        if let Some(first) = word.chars().next().filter(|ch| ch.is_alphabetic()) {
            c.capital_words += usize::from(c.letter_words > 0 && first.is_uppercase());
            c.letter_words += 1;
        }
    }
    if sample.len() < norm.len() {
        let scale = |n: usize| n * norm.len() / sample.len();
        (c.chars, c.digits, c.commas, c.separators, c.letters, c.lower, c.inner_ends) =
            (scale(c.chars), scale(c.digits), scale(c.commas), scale(c.separators), scale(c.letters), scale(c.lower), scale(c.inner_ends));
    }
    c
}

/// How much a paragraph reads as prose, for its neighbours: a sentence's end, weighted by length.
fn prose_weight(shape: &Shape) -> f64 {
    if shape.ends_sentence {
        (shape.words / PROSE_FULL_WORDS).min(1.0)
    } else {
        0.0
    }
}

/// The feature vectors of every paragraph, in the order of [`BLOCK_FEATURES`].
pub fn block_features(shapes: &[Shape]) -> Vec<[f64; BLOCK_FEATURES.len()]> {
    let n = shapes.len();
    let prose: Vec<f64> = shapes.iter().map(prose_weight).collect();
    let log_words: Vec<f64> = shapes.iter().map(|s| s.words.ln_1p()).collect();
    // Prefix sums make every window mean O(1).
    let mut prefix = vec![0.0; n + 1];
    for i in 0..n {
        prefix[i + 1] = prefix[i] + prose[i];
    }
    let around = |i: usize, r: usize| {
        let (a, b) = (i.saturating_sub(r), (i + r + 1).min(n));
        let count = (b - a - 1) as f64;
        if count > 0.0 {
            (prefix[b] - prefix[a] - prose[i]) / count
        } else {
            0.0
        }
    };
    let norms: Vec<f64> = shapes.iter().filter(|s| s.words >= NORM_MIN_WORDS).map(|s| s.stopwords).collect();
    let norm = if norms.is_empty() {
        DEFAULT_STOPWORD_NORM
    } else {
        // The median: the `len / 2`-th smallest, ranked from the largest (the crate's one ranking sort).
        let mut order: Vec<usize> = (0..norms.len()).collect();
        crate::rank::by_weight_descending(&mut order, &norms, None);
        norms[order[norms.len() - 1 - norms.len() / 2]].max(0.05)
    };
    let prose_words: Vec<f64> = shapes.iter().zip(&prose).map(|(s, p)| p * s.words).collect();
    let total: f64 = prose_words.iter().sum::<f64>().max(1.0);
    let longest = shapes.iter().enumerate().max_by(|a, b| a.1.words.total_cmp(&b.1.words).then(b.0.cmp(&a.0))).map_or(0, |(i, _)| i);
    let span = (n.max(2) - 1) as f64;
    let mut before = 0.0;
    let mut out = Vec::with_capacity(n);
    for (i, s) in shapes.iter().enumerate() {
        let share_before = before / total;
        before += prose_words[i];
        let flag = |b: bool| f64::from(u8::from(b));
        out.push([
            log_words[i],
            s.stopwords / norm,
            s.capitalized,
            s.digits,
            flag(s.ends_sentence),
            flag(s.ends_colon),
            flag(s.ends_question),
            (s.sentences.min(10.0) + 1.0).ln(),
            s.commas.min(1.0),
            flag(s.all_caps),
            s.separators.min(5.0),
            flag(s.tabs),
            flag(s.furniture),
            flag(s.duplicate),
            around(i, 1),
            around(i, 3),
            around(i, 8),
            if i > 0 { log_words[i - 1] } else { 0.0 },
            log_words.get(i + 1).copied().unwrap_or(0.0),
            i as f64 / span,
            share_before,
            share_before * (1.0 - share_before),
            i.abs_diff(longest) as f64 / n.max(1) as f64,
        ]);
    }
    out
}

/// `1 / (1 + e^-(w·x + b))`.
fn logistic(weights: &[f32], bias: f64, x: &[f64]) -> f64 {
    let z: f64 = bias + weighted_sum(weights, x);
    1.0 / (1.0 + (-z).exp())
}

/// The models' score of a feature vector. The weights are stored in single precision: four decimals
/// are all the fit writes, and every byte of them is in the page's download.
fn weighted_sum(weights: &[f32], x: &[f64]) -> f64 {
    weights.iter().zip(x).map(|(&w, v)| f64::from(w) * v).sum()
}

/// A paragraph's probability of being article text, from its features.
pub fn article_probability(features: &[f64; BLOCK_FEATURES.len()]) -> f64 {
    logistic(&model::BLOCK_WEIGHTS, model::BLOCK_BIAS, features)
}

/// The article: the paragraphs `start..end`, or `None` when no run of paragraphs reads as an article
/// (a home page, a search result page: all furniture).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
}

/// The contiguous run of paragraphs with the most evidence of being the article: each paragraph
/// counts `(p − THRESHOLD) · √(words + 1)` (Kadane's maximum subarray). Long paragraphs weigh more,
/// but less than in proportion, so that one long aside cannot outweigh a run of ordinary paragraphs.
pub fn article_run(shapes: &[Shape], probabilities: &[f64]) -> Option<Run> {
    article_run_above(shapes, probabilities, model::ARTICLE_THRESHOLD)
}

/// [`article_run`] with paragraphs counting for the article above `threshold`.
pub fn article_run_above(shapes: &[Shape], probabilities: &[f64], threshold: f64) -> Option<Run> {
    let mut best: Option<(f64, Run)> = None;
    let (mut sum, mut start) = (0.0, 0);
    for (i, (s, p)) in shapes.iter().zip(probabilities).enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += (p - threshold) * (s.words + 1.0).sqrt();
        if best.map_or(true, |(b, _)| sum > b) {
            best = Some((sum, Run { start, end: i + 1 }));
        }
    }
    // Prose without its full stop: as long as prose and not in Title Case (a menu, a row of tags). A
    // selection may stop mid-sentence, so the text's last paragraph of that shape is the article's,
    // whatever the model, which weighs the missing full stop heavily, makes of it.
    let unfinished = |i: usize| {
        let s = &shapes[i];
        !s.ends_sentence && s.words >= UNPUNCTUATED_PROSE_MIN_WORDS && s.capitalized < TITLE_CASE_SHARE
    };
    let cut_short = |i: usize| i + 1 == shapes.len() && unfinished(i);
    // A list's items count as prose here: a plain text's article sets out its points as a list.
    // A section heading in markup is the document's own, as a list's items are.
    let plain = |i: usize| (shapes[i].ends_sentence || cut_short(i) || shapes[i].list_item || shapes[i].marked_heading) && !shapes[i].furniture && !shapes[i].duplicate;
    let Some((_, mut run)) = best.filter(|(total, _)| *total >= model::ARTICLE_MIN_EVIDENCE) else {
        // No run stands out, but a text of nothing but prose (a paragraph or two) is an article still.
        return (!shapes.is_empty() && (0..shapes.len()).all(plain)).then_some(Run { start: 0, end: shapes.len() });
    };
    // The run's edges are where the evidence is thinnest (a lede has no article above it): prose
    // paragraphs next to the run that are more likely article than not join it, as jusText's context
    // step lets short paragraphs take their neighbours' class.
    // Below the run, prose that lost its full stop (with a link the copy dropped, above a table that
    // ends the article) counts as prose too. Not above, where it took a standfirst into the run and the
    // headline's search onto it (docs/quality.md).
    let joins = |i: usize, below: bool| {
        let prose = shapes[i].ends_sentence || (below && unfinished(i));
        !shapes[i].furniture && ((prose && probabilities[i] >= model::ARTICLE_EXTEND_THRESHOLD) || cut_short(i))
    };
    // Up to FURNITURE_BRIDGE section headings in markup between the run and prose above it are stepped
    // over: the document's sections go on above them (a wiki article's introduction over its first
    // section).
    let previous_joining = |start: usize| (start.saturating_sub(FURNITURE_BRIDGE + 1)..start).rev().find(|&i| !shapes[i].marked_heading).filter(|&i| joins(i, false));
    // A table of contents stands between an article's introduction and its first section (Wikipedia's
    // lead, a report's summary): its label and its lines, none of them a sentence, do not end the
    // article. The paragraph above them joins it when it is prose as long as an introduction's paragraph,
    // whatever the model makes of it (a lead of one paragraph under a facts box has no prose around it),
    // and the prose above that as the lede does.
    loop {
        while let Some(i) = previous_joining(run.start) {
            run.start = i;
        }
        match (run.start.saturating_sub(CONTENTS_LOOK_ABOVE)..run.start).rev().find(|&i| shapes[i].contents) {
            Some(label) if label > 0 && shapes[label - 1].words >= INTRODUCTION_MIN_WORDS && shapes[label - 1].ends_sentence && !shapes[label - 1].furniture && (label..run.start).all(|i| !shapes[i].ends_sentence) => {
                run.start = label - 1;
            }
            _ => break,
        }
    }
    // A paper's abstract is its own summary, set under a label between the title and the first section.
    // The model reads it as part of the front matter around it (authors and their addresses, "Index
    // Terms", "Keywords"), and prose between the headline and the run is a standfirst, but the paper
    // opens with it. The run opens at the label when the abstract's prose follows it, in the label's
    // paragraph or the two under it: a menu's "Abstract" among the other fields of a search form has
    // none.
    let abstract_follows = |i: usize| {
        (i..i + 3).any(|j| shapes.get(j).is_some_and(|s| !s.furniture && s.words >= PROSE_MIN_WORDS && (j == i || s.ends_sentence)))
    };
    if let Some(label) = (run.start.saturating_sub(CONTENTS_LOOK_ABOVE)..run.start).rev().find(|&i| shapes[i].abstract_label && abstract_follows(i)) {
        run.start = label;
    }
    // Furniture set between two paragraphs of the story ("Read more: …", a caption, "Advertisement")
    // does not end it: the run steps over up to FURNITURE_BRIDGE of it to a paragraph that joins, and
    // the furniture inside stays left out as what it is. Not at the start: above the article, a
    // caption or a byline stands between the standfirst and the lede.
    // Section headings in markup are stepped over the same way, and a table's rows, however many: a
    // table under the article's last section ends it only when no prose follows it.
    let joining_from = |from: usize| (from..(from + FURNITURE_BRIDGE + 1).min(shapes.len())).find(|&i| !shapes[i].inserted && !shapes[i].marked_heading).filter(|&i| joins(i, true));
    let next_joining = |end: usize| [end, end + shapes[end..].iter().take_while(|s| s.tabs).count()].into_iter().find_map(joining_from);
    while let Some(i) = next_joining(run.end) {
        run.end = i + 1;
    }
    // Prose all round and nothing that marks a web page (menus, bylines, captions): a plain text, which
    // is the article from end to end.
    if (0..run.start).chain(run.end..shapes.len()).all(plain) {
        run = Run { start: 0, end: shapes.len() };
    }
    Some(run)
}

/// Where the article may begin, for the headline's search: the run's start, or an earlier paragraph
/// when the paragraphs from there to the run carry more evidence of article than against, each
/// counting `(p − ARTICLE_THRESHOLD) · (words + 1)`. Weighed by words rather than by the run's square
/// root, a chart's axis labels or a gallery's one-word lines between the lede and the rest of the
/// article cost what their few words are worth, and the lede with the headline above it is reached.
/// Only the headline's search looks that far: the summary keeps to the run (the paragraphs bridged
/// to are a page's promotions as often as its lede).
///
/// Further up still, the page's first paragraph longer than any headline that the model takes for
/// article more likely than not, when there is one: a buying guide or a listicle opens with its lede
/// under the headline, then boxes of products, and the run is often a later, longer section ("How we
/// tested"), hundreds of lines below the headline.
pub fn earliest_start(shapes: &[Shape], probabilities: &[f64], run: Run) -> usize {
    let (mut evidence, mut best, mut start) = (0.0, 0.0, run.start);
    for i in (run.start.saturating_sub(TITLE_LOOK_BEFORE)..run.start).rev() {
        evidence += (probabilities[i] - model::ARTICLE_THRESHOLD) * (shapes[i].words + 1.0);
        if evidence > best {
            (best, start) = (evidence, i);
        }
    }
    let lede = |i: &usize| probabilities[*i] >= LEDE_MIN_PROBABILITY && shapes[*i].words > TITLE_MAX_WORDS && shapes[*i].ends_sentence;
    (0..start).find(lede).unwrap_or(start)
}


/// The headline candidates: the paragraphs from [`TITLE_LOOK_BEFORE`] before the article's start to
/// [`TITLE_LOOK_INSIDE`] into it that could be a headline. `normalized` are the paragraphs' normalized
/// texts, `byline` whether each is a byline or date line.
pub fn title_candidates(
    shapes: &[Shape],
    normalized: &[String],
    byline: &[bool],
    probabilities: &[f64],
    run: Run,
    language: Language,
) -> Vec<Candidate> {
    let stop_characters = StopCharacters::of(language);
    // The article's opening words and how often each occurs (counted in the map type `tokenize` uses,
    // which the `.wasm` then holds one copy of).
    let mut vocabulary: rustc_hash::FxHashMap<String, u32> = rustc_hash::FxHashMap::default();
    let mut taken = 0;
    for norm in &normalized[run.start..run.end] {
        for word in content_words(norm, language, &stop_characters) {
            *vocabulary.entry(word).or_default() += 1;
            taken += 1;
        }
        if taken >= TITLE_CONTEXT_WORDS {
            break;
        }
    }
    let from = run.start.saturating_sub(TITLE_LOOK_BEFORE);
    // A language that capitalizes every noun (German) writes its headlines in sentence case, and its
    // sentences look as capitalized as an English Title Case headline ("… in the U.S."): there a line
    // that ends in a full stop is prose whatever its capitals.
    let nouns_capitalized = language.lexicon().nouns_capitalized;
    let reads_as_prose = |i: usize| {
        let (s, norm) = (&shapes[i], &normalized[i]);
        let title_case = s.capitalized >= TITLE_CASE_SHARE && !(nouns_capitalized && norm.ends_with('.'));
        s.words > TITLE_MAX_WORDS || (ends_with_full_stop(norm) && (!title_case || s.words > HEADLINE_MAX_WORDS))
    };
    // Into the article only as far as its first sentence: a headline comes before the prose.
    let first_prose = (run.start..run.end).find(|&i| reads_as_prose(i)).unwrap_or(run.end);
    let to = (run.start + TITLE_LOOK_INSIDE).min(first_prose);
    // The window's paragraphs in lower case, to find a candidate repeated inside another (a breadcrumb,
    // a "share" line, "<headline> – <site>").
    let window: Vec<String> = normalized[from..(to + TITLE_LOOK_INSIDE).min(normalized.len())].iter().map(|n| lowercase(n)).collect();
    let dated = |i: usize| shapes.get(i).is_some_and(Shape::is_date_line);
    let is_prose = |i: usize| shapes.get(i).is_some_and(|s| s.words >= PROSE_MIN_WORDS && s.ends_sentence);
    // A table of contents' label: the candidates under it are the article's section headings.
    let contents = (from..to).find(|&t| shapes[t].contents);
    let mut out = Vec::new();
    let mut nearest_seen = false;
    for i in (from..to).rev() {
        let s = &shapes[i];
        // A headline does not end with a full stop (unless in Title Case: "… in the U.S."), does not
        // open in lower case ("7 ways …" opens with a digit), and is not furniture the vocabulary knows.
        // Nor is it a third digits: that is a date, a time, a price or a score ("19 FEB 2020 - 18:37 CET");
        // nor a date written out ("Dienstag, 28. April 2020"), which has fewer.
        // Nor a table's row: a browser copies its cells with tabs between them. Nor a call to action.
        if s.words < 1.0 || s.words > TITLE_MAX_WORDS || reads_as_prose(i) || opens_in_lower_case(&normalized[i]) || s.furniture
            || s.digits >= TITLE_MAX_DIGITS || s.tabs || s.call_to_action
            || is_bare_date(&normalized[i])
        {
            continue;
        }
        let words = content_words(&normalized[i], language, &stop_characters);
        let shared = if words.is_empty() { 0.0 } else { words.iter().filter(|w| vocabulary.contains_key(*w)).count() as f64 / words.len() as f64 };
        let weight = if words.is_empty() {
            0.0
        } else {
            words.iter().map(|w| vocabulary.get(w).map_or(0.0, |&c| f64::from(c).ln_1p())).sum::<f64>() / words.len() as f64
        };
        let before = i < run.start;
        let headline_shaped = before && (3.0..=25.0).contains(&s.words) && !s.ends_sentence && !s.furniture;
        let nearest = headline_shaped && !nearest_seen;
        nearest_seen |= headline_shaped;
        let lower = &window[i - from];
        let repeated = s.words >= 2.0 && window.iter().enumerate().any(|(k, other)| k != i - from && find_str(other, lower).is_some());
        // A subheading listed in a table of contents stands again over its section; a headline does not.
        let later = normalized[i + 1..run.end].iter().any(|n| n.len() == normalized[i].len() && *n == normalized[i]);
        // A headline stands a byline, a date and a share row above the prose it announces; a menu
        // heading or a teaser's title stands among more furniture.
        let to_prose = (i + 1..(i + 1 + TITLE_PROSE_HORIZON).min(shapes.len())).find(|&j| is_prose(j)).map_or(TITLE_PROSE_HORIZON, |j| j - i);
        // Sites print the headline more than once (a breadcrumb, the visible heading, a share line or a
        // "you are reading" bar), in any case; a subheading or a menu heading stands once.
        let copies = normalized.iter().enumerate().filter(|&(j, n)| j != i && n.len() == normalized[i].len() && lowercase(n) == *lower).count();
        // The last step of a breadcrumb just above is the page the breadcrumb leads to.
        let ends_breadcrumb = (i.saturating_sub(BREADCRUMB_LOOK_ABOVE).max(from)..i).any(|j| {
            let crumbs = &window[j - from];
            // Forwards to the last step: the forward splitter is the one `is_navigation` links already,
            // and the backward one costs the `.wasm` 278 bytes for a line of a few steps.
            #[allow(clippy::double_ended_iterator_last)]
            let last = crumbs.split(NAVIGATION_SEPARATORS).last().unwrap_or(crumbs).trim();
            // A step cut short ("11 HR Trends for 2026:..."), on a breadcrumb's line or on its own.
            let cut = last.strip_suffix("...").or_else(|| last.strip_suffix('…')).unwrap_or("");
            (last.len() < crumbs.len() && last == lower) || (cut.len() >= BREADCRUMB_CUT_MIN_BYTES && lower.len() > cut.len() && lower.starts_with(cut))
        });
        let flag = |b: bool| f64::from(u8::from(b));
        out.push(Candidate {
            paragraph: i,
            ends_breadcrumb,
            features: [
                flag(before),
                flag(!before),
                if before { 0.0 } else { ((i - run.start) as f64).ln_1p() },
                s.words.ln_1p(),
                flag((3.0..=25.0).contains(&s.words)),
                flag(s.ends_sentence),
                flag(s.ends_question),
                s.capitalized,
                flag(s.all_caps),
                s.digits,
                s.separators.min(5.0),
                shared,
                weight,
                flag(s.duplicate),
                flag(s.ends_colon),
                s.stopwords,
                flag(byline.get(i + 1).copied().unwrap_or(false) || byline.get(i + 2).copied().unwrap_or(false)),
                probabilities[i],
                flag(nearest),
                flag(s.list_item),
                flag(repeated),
                flag(dated(i + 1) || dated(i + 2) || dated(i.wrapping_sub(1))),
                flag(later),
                flag((HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&s.words)),
                flag(s.capitalized >= TITLE_CASE_SHARE),
                // A long line that ends a sentence reads as the standfirst under the headline.
                if s.ends_sentence { s.words.ln_1p() } else { 0.0 },
                flag(i > 0 && shapes[i - 1].furniture),
                flag(is_prose(i + 1)),
                // A headline is followed by prose within a byline and a date.
                flag((i + 1..i + 4).any(is_prose)),
                (to_prose as f64).ln_1p(),
                (copies as f64).ln_1p(),
                flag(contents.is_some_and(|t| t < i)),
            ],
        });
    }
    out.reverse();
    out
}

/// The first letter or digit is a lower-case letter: a line that goes on from the one before (a headline
/// never opens so, nor does a section heading or the paragraph under one).
pub(crate) fn opens_in_lower_case(norm: &str) -> bool {
    norm.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase)
}

/// Where a line's text starts when the line opens with a heading's markup, one to six `=` or `#` and a
/// space ("== History", "=== Early life ===", "## Setup"): past the marks and the white space after them.
/// None for any other line.
pub(crate) fn after_heading_marks(line: &str) -> Option<usize> {
    let marks = line.bytes().take_while(|&b| b == b'=' || b == b'#').count();
    let text = line.get(marks..).filter(|rest| (1..=6).contains(&marks) && rest.starts_with(' '))?;
    Some(line.len() - text.trim_start().len())
}

/// "1.", "2)", "iv.", "•", "-", "+": an item of a list (a table of contents, a numbered subheading), not a
/// headline.
pub(crate) fn starts_with_list_marker(norm: &str) -> bool {
    let first = norm.split(' ').next().unwrap_or("");
    let marker = first.trim_end_matches(['.', ')', ':']);
    (first.len() > marker.len() && !marker.is_empty() && marker.chars().all(|c| c.is_ascii_digit()))
        || matches!(first, "•" | "-" | "–" | "*" | "·" | "▪" | "+")
}

/// The headline: the best-scored candidate, when the model gives it at least
/// `model::TITLE_MIN_PROBABILITY` of being the one among the candidates (a conditional logit: the
/// probabilities are the softmax of the scores); or, among the candidates it rates nearly as well, a
/// breadcrumb's last step, the line right above it when the two read as a headline over its dek, or the
/// line right under it when it reads as a label over the headline (below).
pub fn best_title(candidates: &[Candidate]) -> Option<usize> {
    let scores: Vec<f64> = candidates.iter().map(|c| weighted_sum(&model::TITLE_WEIGHTS, &c.features)).collect();
    let (best, top) = scores.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))?;
    let total: f64 = scores.iter().map(|z| (z - top).exp()).sum();
    if 1.0 / total < model::TITLE_MIN_PROBABILITY {
        return None;
    }
    // The breadcrumb names the page: its last step, when the model rates it nearly as well as its pick
    // (a teaser or a subheading nearer the prose), is the headline.
    if let Some((crumb, _)) = candidates.iter().zip(&scores).find(|&(c, z)| c.ends_breadcrumb && top - z <= BREADCRUMB_MAX_MARGIN) {
        return Some(crumb.paragraph);
    }
    // A news page's headline stands right over its dek, a line as long or longer in the same voice
    // without a full stop, or over a second headline ("Pacheco e Fux tentam uma trégua …" / "Presidentes do Supremo, Luiz Fux, e do Senado …"),
    // and the model, which favours the line nearer the prose, may take the dek: then, when the line above
    // scores nearly as well, it is the headline.
    let words = |k: usize| (candidates[k].features[LOG_WORDS].exp() - 1.0).round();
    let ends_sentence = |k: usize| candidates[k].features[ENDS_SENTENCE] > 0.0;
    // A headline may ask a question ("Joining Tours or Renting a Car in Iceland: Which One Should You
    // Choose?"); a dek or prose ends in a statement.
    let ends_statement = |k: usize| ends_sentence(k) && candidates[k].features[ENDS_QUESTION] == 0.0;
    // The candidate on the paragraph `line`, if one is.
    let on_line = |line: usize| candidates.iter().position(|c| c.paragraph == line);
    let line = candidates[best].paragraph;
    let above = line.checked_sub(1).and_then(on_line).filter(|&up| {
        words(best) >= DEK_MIN_WORDS
            && words(best) >= DEK_LONGER * words(up)
            && words(up) >= DEK_HEADLINE_MIN_WORDS
            && !ends_sentence(best)
            && !ends_statement(up)
            && top - scores[up] <= DEK_MAX_MARGIN
    });
    // The other way round, a section's name or a breadcrumb's last step ("Toddler Sleep Training") right
    // over a much longer headline-shaped line is the label over the headline.
    let below = on_line(line + 1).filter(|&down| {
        words(best) <= LABEL_MAX_WORDS && words(down) >= LABELLED_HEADLINE_MIN_WORDS && !ends_statement(down) && top - scores[down] <= DEK_MAX_MARGIN
    });
    Some(candidates[above.or(below).unwrap_or(best)].paragraph)
}

/// The lower-case words of a normalized paragraph that are not function words. A run of a script
/// written without spaces (Chinese, Japanese, Thai) gives its term pieces, as `tokenize` cuts them
/// (character pairs): taken whole, a Chinese headline would be one "word" no line of the article repeats.
fn content_words(norm: &str, language: Language, stop_characters: &StopCharacters) -> Vec<String> {
    let mut out = Vec::new();
    let mut keep = |w: String| {
        if !language.is_stopword(&w) {
            out.push(w);
        }
    };
    if norm.chars().any(is_unspaced) {
        for word in title_words(norm, stop_characters) {
            keep(lowercase(word));
        }
        return out;
    }
    for piece in norm.split(|c: char| !c.is_alphanumeric()) {
        if has_two_chars(piece) {
            keep(lowercase(piece));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_ending_on_footnote_marks_ends_a_sentence() {
        let shape_of = |s: &str| shape(s, s.split_whitespace().count(), Language::ENGLISH);
        assert!(shape_of("Humans introduced them to Australia (early 19th century).[2][3]").ends_sentence);
        assert!(shape_of("It is found across Europe and Asia.[12]").ends_sentence);
        assert!(!shape_of("The first entry of the table is array[0]").ends_sentence);
        assert!(!shape_of("Etymology and name[edit]").ends_sentence);
    }

    proptest::proptest! {
        /// Normalized ASCII paragraphs (single spaces), some longer than the sample.
        #[test]
        fn ascii_counts_are_the_general_ones(norm in "[A-Za-z0-9,|.!?'_-]{1,8}( [A-Za-z0-9,|.!?'_-]{1,8}){0,15}") {
            let fields = |c: Counts| {
                (c.checked, c.stopwords, c.letter_words, c.capital_words, c.chars, c.digits, c.commas, c.separators, c.letters, c.lower, c.inner_ends)
            };
            let words = norm.split(' ').count();
            proptest::prop_assert_eq!(
                fields(count_ascii(&norm, words, Language::ENGLISH)),
                fields(count_chars(&norm, words, Language::ENGLISH))
            );
        }
    }

    #[test]
    fn byte_counters_count_each_kind_of_byte() {
        for b in 0..128u8 {
            let expected: u64 = counted_in(b).iter().filter(|(is, _)| *is).map(|&(_, lane)| counter(lane)).sum();
            assert_eq!(byte_counters(b), expected, "{b:#x}");
        }
    }

    fn content_words(norm: &str, language: Language) -> Vec<String> {
        super::content_words(norm, language, &StopCharacters::of(language))
    }

    #[test]
    fn best_title_reads_the_features_it_names() {
        assert_eq!(
            (TITLE_FEATURES[LOG_WORDS], TITLE_FEATURES[ENDS_SENTENCE], TITLE_FEATURES[ENDS_QUESTION]),
            ("log_words", "ends_sentence", "ends_question")
        );
    }

    #[test]
    fn content_words_of_a_script_without_spaces_are_its_character_pairs() {
        let zh = Language::from_tag("zh").unwrap();
        let headline = content_words("宇航员在太空中喝酒会怎么样", zh);
        let article = content_words("不幸的是，机构普遍禁止宇航员在太空中喝酒。", zh);
        assert!(headline.contains(&"太空".to_string()) && headline.contains(&"喝酒".to_string()), "{headline:?}");
        assert!(headline.iter().filter(|w| article.contains(w)).count() >= 4, "{headline:?} / {article:?}");
        // Words between spaces stay words, beside the pairs: "DeepMind新电脑".
        assert_eq!(content_words("DeepMind新电脑", zh), ["deepmind", "新电", "电脑"]);
        let en = content_words("The Hidden Heroines of Chaos", Language::ENGLISH);
        assert_eq!(en, ["hidden", "heroines", "chaos"]);
    }

    #[test]
    fn the_run_steps_over_section_headings_in_markup_and_only_those() {
        // An encyclopedia's text as a copy of its wiki text keeps it: an introduction the model is unsure
        // of, two headings (a section left without a paragraph, then its first subsection), the sections
        // and one more paragraph under two headings; a credit line last, so that the text is not taken
        // whole as a plain text.
        let prose = |p: f64| (Shape { words: 40.0, ends_sentence: true, ..Shape::default() }, p);
        let heading = |marked: bool| (Shape { words: 2.0, marked_heading: marked, ..Shape::default() }, 0.05);
        let text = |marked: bool| {
            let heading = heading(marked);
            let credit = (Shape { words: 3.0, furniture: true, ..Shape::default() }, 0.0);
            let blocks = [prose(0.5), heading, heading, prose(0.9), prose(0.9), prose(0.9), heading, heading, prose(0.5), credit];
            let (shapes, probabilities): (Vec<Shape>, Vec<f64>) = blocks.into_iter().unzip();
            article_run(&shapes, &probabilities)
        };
        assert_eq!(text(true), Some(Run { start: 0, end: 9 }));
        // The same lines without markup may be a web page's (a promotion above the article, a teaser
        // under it): the run keeps to its sections.
        assert_eq!(text(false), Some(Run { start: 3, end: 6 }));
        // Three headings are more than the run steps over, but a text of prose and headings in markup,
        // with nothing of a web page, is a plain text and whole.
        let plain = |marked: bool| {
            let heading = heading(marked);
            let (shapes, probabilities): (Vec<Shape>, Vec<f64>) = [prose(0.9), prose(0.9), heading, heading, heading, prose(0.5)].into_iter().unzip();
            article_run(&shapes, &probabilities)
        };
        assert_eq!(plain(true), Some(Run { start: 0, end: 6 }));
        assert_eq!(plain(false), Some(Run { start: 0, end: 2 }));
        // Where the heading's text starts: past the marks and every space after them, and no further
        // ("# = Title" keeps its "=").
        for (line, text_start) in [("== History", Some(3)), ("=== Early life ===", Some(4)), ("## Setup", Some(3)), ("#  Setup", Some(3)), ("# = Title", Some(2)), ("#hashtag", None), ("####### Seven", None), ("==", None)] {
            assert_eq!(after_heading_marks(line), text_start, "{line}");
        }
    }

    #[test]
    fn list_items_are_told_by_their_marker() {
        for item in ["1. Pick a hammock", "2) Hang it", "• Containers can be locked", "+ Containers can be locked", "- Bring a tarp"] {
            assert!(starts_with_list_marker(item), "{item}");
        }
        for headline in ["2026 CRM Comparison Chart", "+1 for the new Firefox", "Best Camping Hammocks of 2026"] {
            assert!(!starts_with_list_marker(headline), "{headline}");
        }
    }
}
