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

use super::model;
use crate::lang::Language;
use crate::span::lowercase;

/// A paragraph's shape: what the models read of it, measured once.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shape {
    /// Words, with the characters of scripts written without spaces counted two to a word.
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
    /// The furniture vocabulary recognised it (caption, share row, byline, menu …).
    pub furniture: bool,
    /// The same text stands earlier in the page.
    pub duplicate: bool,
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

/// The names of the headline candidates' features, in the order of [`title_features`].
pub const TITLE_FEATURES: [&str; 20] = [
    "before",
    "log_lines_before",
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
];

/// How many words of a paragraph are looked at for its function words: a paragraph this long is
/// prose or not whatever its tail holds, and the cap bounds the work on a novel.
const STOPWORD_SAMPLE_WORDS: usize = 64;
/// Paragraphs of at least this many words set the page's norm of function-word density.
const NORM_MIN_WORDS: f64 = 10.0;
/// The function-word density assumed when no paragraph is long enough to measure it (English prose
/// runs at about 0.45 with the Snowball list; the relative feature is then about 1 for prose).
const DEFAULT_STOPWORD_NORM: f64 = 0.4;
/// A paragraph counts as prose for its neighbours' features when it ends like a sentence; its weight
/// grows with its length up to this many words.
const PROSE_FULL_WORDS: f64 = 20.0;
/// Headline candidates: paragraphs up to this many before the article's start, and this many into it.
pub const TITLE_LOOK_BEFORE: usize = 25;
pub const TITLE_LOOK_INSIDE: usize = 3;
/// A headline has at most this many words (longer is a standfirst or prose).
const TITLE_MAX_WORDS: f64 = 40.0;
/// The article's vocabulary for the headline's shared words is read from its first this many words:
/// a headline announces the opening, and the cap bounds the work on a novel.
const TITLE_CONTEXT_WORDS: usize = 1500;

/// Measures a paragraph given in normalized form (white space collapsed).
pub fn shape(norm: &str, language: Language) -> Shape {
    let mut shape = Shape::default();
    let (mut words, mut checked, mut stop) = (0.0f64, 0usize, 0usize);
    // Words starting with a letter, and how many of those after the first are capitalized.
    let (mut letter_words, mut capital_words) = (0usize, 0usize);
    let (mut chars, mut digits, mut commas, mut separators, mut letters, mut lower) = (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut lowered = String::new();
    for piece in norm.split([' ', '\t']) {
        // Characters of scripts without spaces are words of their own, two to a word.
        let unspaced = piece.chars().filter(|&c| is_unspaced(c)).count();
        let spaced = piece.chars().any(|c| c.is_alphanumeric() && !is_unspaced(c));
        words += unspaced as f64 / 2.0 + f64::from(u8::from(spaced));
        if spaced {
            let word = piece.trim_matches(|c: char| !c.is_alphanumeric());
            if checked < STOPWORD_SAMPLE_WORDS {
                checked += 1;
                lowered.clear();
                lowered.push_str(&lowercase(word));
                stop += usize::from(language.is_stopword(&lowered));
            }
            if let Some(first) = word.chars().next().filter(|c| c.is_alphabetic()) {
                if letter_words > 0 {
                    capital_words += usize::from(first.is_uppercase());
                }
                letter_words += 1;
            }
        }
    }
    for c in norm.chars() {
        chars += 1;
        digits += usize::from(c.is_ascii_digit());
        commas += usize::from(matches!(c, ',' | '，' | '、' | '،'));
        separators += usize::from(matches!(c, '|' | '•' | '›' | '»' | '·' | '→'));
        if c.is_alphabetic() {
            letters += 1;
            lower += usize::from(c.is_lowercase());
        }
    }
    shape.words = words;
    shape.stopwords = if checked > 0 { stop as f64 / checked as f64 } else { 0.0 };
    shape.capitalized = if letter_words > 1 { capital_words as f64 / (letter_words - 1) as f64 } else { 0.0 };
    shape.digits = if chars > 0 { digits as f64 / chars as f64 } else { 0.0 };
    let last = norm.trim_end_matches(|c: char| matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | ' ')).chars().next_back();
    shape.ends_sentence = matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '۔'));
    shape.ends_colon = matches!(last, Some(':' | '：'));
    shape.ends_question = matches!(last, Some('?' | '？' | '؟'));
    let inner_ends = norm
        .as_bytes()
        .windows(2)
        .filter(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ')
        .count()
        + norm.matches(['。', '！', '？']).count();
    shape.sentences = (inner_ends + usize::from(shape.ends_sentence && !norm.ends_with(['。', '！', '？']))) as f64;
    shape.commas = if words > 0.0 { commas as f64 / words } else { 0.0 };
    shape.all_caps = letters >= 3 && lower == 0 && norm.chars().any(char::is_uppercase);
    shape.separators = separators as f64;
    shape.tabs = norm.contains('\t');
    shape
}

fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
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
    let mut norms: Vec<f64> = shapes.iter().filter(|s| s.words >= NORM_MIN_WORDS).map(|s| s.stopwords).collect();
    let norm = if norms.is_empty() {
        DEFAULT_STOPWORD_NORM
    } else {
        norms.sort_by(f64::total_cmp);
        norms[norms.len() / 2].max(0.05)
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
            s.words.ln_1p(),
            s.stopwords / norm,
            s.capitalized,
            s.digits,
            flag(s.ends_sentence),
            flag(s.ends_colon),
            flag(s.ends_question),
            s.sentences.min(10.0).ln_1p(),
            s.commas.min(1.0),
            flag(s.all_caps),
            s.separators.min(5.0),
            flag(s.tabs),
            flag(s.furniture),
            flag(s.duplicate),
            around(i, 1),
            around(i, 3),
            around(i, 8),
            if i > 0 { shapes[i - 1].words.ln_1p() } else { 0.0 },
            shapes.get(i + 1).map_or(0.0, |s| s.words.ln_1p()),
            i as f64 / span,
            share_before,
            share_before * (1.0 - share_before),
            i.abs_diff(longest) as f64 / n.max(1) as f64,
        ]);
    }
    out
}

/// `1 / (1 + e^-(w·x + b))`.
fn logistic(weights: &[f64], bias: f64, x: &[f64]) -> f64 {
    let z: f64 = bias + weights.iter().zip(x).map(|(w, v)| w * v).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// Each paragraph's probability of being article text.
pub fn article_probabilities(shapes: &[Shape]) -> Vec<f64> {
    block_features(shapes).iter().map(|x| logistic(&model::BLOCK_WEIGHTS, model::BLOCK_BIAS, x)).collect()
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
    let mut best: Option<(f64, Run)> = None;
    let (mut sum, mut start) = (0.0, 0);
    for (i, (s, p)) in shapes.iter().zip(probabilities).enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += (p - model::ARTICLE_THRESHOLD) * (s.words + 1.0).sqrt();
        if best.map_or(true, |(b, _)| sum > b) {
            best = Some((sum, Run { start, end: i + 1 }));
        }
    }
    let (_, mut run) = best.filter(|(total, _)| *total >= model::ARTICLE_MIN_EVIDENCE)?;
    // The run's edges are where the evidence is thinnest (a lede has no article above it): prose
    // paragraphs next to the run that are more likely article than not join it, as jusText's context
    // step lets short paragraphs take their neighbours' class.
    let joins = |i: usize| shapes[i].ends_sentence && !shapes[i].furniture && probabilities[i] >= extend_threshold();
    while run.start > 0 && joins(run.start - 1) {
        run.start -= 1;
    }
    while run.end < shapes.len() && joins(run.end) {
        run.end += 1;
    }
    // Prose all round and nothing that marks a web page (menus, bylines, captions): a plain text, which
    // is the article from end to end.
    let plain = |i: usize| shapes[i].ends_sentence && !shapes[i].furniture && !shapes[i].duplicate;
    if (0..run.start).chain(run.end..shapes.len()).all(plain) {
        run = Run { start: 0, end: shapes.len() };
    }
    Some(run)
}

fn extend_threshold() -> f64 {
    std::env::var("ABRIDGE_EXTEND").ok().and_then(|v| v.parse().ok()).unwrap_or(model::ARTICLE_EXTEND_THRESHOLD)
}

/// The headline candidates' feature vectors, in the order of [`TITLE_FEATURES`]: the paragraphs from
/// [`TITLE_LOOK_BEFORE`] before the article's start to [`TITLE_LOOK_INSIDE`] into it that could be a
/// headline. `normalized` are the paragraphs' normalized texts, `byline` whether each is a byline or
/// date line.
pub fn title_candidates(
    shapes: &[Shape],
    normalized: &[String],
    byline: &[bool],
    probabilities: &[f64],
    run: Run,
    language: Language,
) -> Vec<(usize, [f64; TITLE_FEATURES.len()])> {
    // The article's opening words and how often each occurs.
    let mut vocabulary: rustc_hash::FxHashMap<String, f64> = rustc_hash::FxHashMap::default();
    let mut taken = 0;
    for norm in &normalized[run.start..run.end] {
        for word in content_words(norm, language) {
            *vocabulary.entry(word).or_default() += 1.0;
            taken += 1;
        }
        if taken >= TITLE_CONTEXT_WORDS {
            break;
        }
    }
    let from = run.start.saturating_sub(TITLE_LOOK_BEFORE);
    let to = (run.start + TITLE_LOOK_INSIDE).min(run.end);
    let mut out = Vec::new();
    let mut nearest_seen = false;
    for i in (from..to).rev() {
        let s = &shapes[i];
        // A headline does not end with a full stop, does not open in lower case, and is not furniture
        // the vocabulary knows.
        let full_stop = s.ends_sentence && !s.ends_question && !normalized[i].ends_with('!');
        let lower_case = normalized[i].chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
        if s.words < 1.0 || s.words > TITLE_MAX_WORDS || full_stop || lower_case || s.furniture {
            continue;
        }
        let words = content_words(&normalized[i], language);
        let shared = if words.is_empty() { 0.0 } else { words.iter().filter(|w| vocabulary.contains_key(*w)).count() as f64 / words.len() as f64 };
        let weight = if words.is_empty() {
            0.0
        } else {
            words.iter().map(|w| vocabulary.get(w).map_or(0.0, |c| c.ln_1p())).sum::<f64>() / words.len() as f64
        };
        let before = i < run.start;
        let headline_shaped = before && (3.0..=25.0).contains(&s.words) && !s.ends_sentence && !s.furniture;
        let nearest = headline_shaped && !nearest_seen;
        nearest_seen |= headline_shaped;
        let flag = |b: bool| f64::from(u8::from(b));
        out.push((
            i,
            [
                flag(before),
                if before { ((run.start - i) as f64).ln_1p() } else { 0.0 },
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
            ],
        ));
    }
    out.reverse();
    out
}

/// The headline: the best-scored candidate, when it scores at least [`model::TITLE_MIN_PROBABILITY`].
pub fn best_title(candidates: &[(usize, [f64; TITLE_FEATURES.len()])]) -> Option<usize> {
    candidates
        .iter()
        .map(|(i, x)| (*i, logistic(&model::TITLE_WEIGHTS, model::TITLE_BIAS, x)))
        .filter(|(_, p)| *p >= model::TITLE_MIN_PROBABILITY)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(i, _)| i)
}

/// The lower-case words of a normalized paragraph that are not function words.
fn content_words(norm: &str, language: Language) -> Vec<String> {
    norm.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(lowercase)
        .filter(|w| !language.is_stopword(w))
        .collect()
}
