//! Abridge picks the sentences that carry an article: extractive summarization that runs anywhere
//! Rust does, including the browser as WebAssembly.
//!
//! ```
//! let article = "Home News World\n\n\
//!     Kim arrives in Russia for summit with Putin\n\n\
//!     North Korean leader Kim Jong Un arrived in Russia on Wednesday ahead of a summit with Vladimir Putin. \
//!     Mr. Kim was given flowers at the border station. \
//!     The summit in Vladivostok will focus on the nuclear standoff, a Kremlin adviser said.\n\n\
//!     Mr Kim inspected an honour guard (Korea News Service via AP)\n\n\
//!     Russia's trade with North Korea is small.";
//! let summary = abridge::summarize(article, &abridge::Options::sentences(2)).unwrap();
//! for sentence in &summary.sentences {
//!     println!("{}", sentence.span.slice(article));
//! }
//! assert_eq!(summary.sentences.len(), 2);
//! assert!(summary.sentences.iter().all(|s| !s.span.slice(article).contains("via AP")));
//! assert_eq!(summary.title.map(|t| t.slice(article)), Some("Kim arrives in Russia for summit with Putin"));
//! ```
//!
//! The pipeline has a module per stage, each carrying byte [`Span`]s into the untouched input:
//! [`clean`] (paragraphs, title, boilerplate) → [`segment`] (sentences) → [`tokenize`] (stemmed terms) →
//! [`score`] (centrality, position, title) → [`select`] (length and redundancy) → [`keywords`].
//! The WebAssembly binding (`src/wasm.rs`, built only for `wasm32`) converts types and errors and
//! nothing else.

pub mod clean;
mod error;
pub mod keywords;
mod options;
mod scan;
pub mod score;
pub mod segment;
pub mod select;
mod span;
pub mod tokenize;
pub mod utf16;
/// The JavaScript API (wasm32 only): public so that the browser tests in `tests/wasm.rs` can call it.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use clean::Boilerplate;
pub use error::{Error, ErrorKind};
pub use keywords::Keyword;
pub use options::{Length, Options, DEFAULT_DIVERSITY, DEFAULT_KEYWORDS, DEFAULT_SENTENCES, MAX_KEYWORDS};
pub use span::Span;

use clean::BlockKind;
use score::{Position, SentenceVectors};
use tokenize::Language;

/// A summary: the chosen sentences, keywords, and what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// The chosen sentences, in document order.
    pub sentences: Vec<SummarySentence>,
    /// The article's key terms, best first.
    pub keywords: Vec<Keyword>,
    /// The title found in the text, if any.
    pub title: Option<Span>,
    /// Paragraphs left out of scoring as site furniture, in document order.
    pub left_out: Vec<LeftOut>,
    pub stats: Stats,
}

/// One chosen sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SummarySentence {
    /// The sentence's index among all scored sentences (for [`summarize_sentences`], the index in the
    /// list given).
    pub index: usize,
    /// Where it is in the text.
    pub span: Span,
    /// Its score, relative to the best sentence's (1.0).
    pub score: f64,
}

/// A paragraph left out of the summary and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub span: Span,
    pub kind: Boilerplate,
}

/// Sizes in and out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Sentences scored (the article without its boilerplate).
    pub sentences_in: usize,
    pub sentences_out: usize,
    /// Words in the scored sentences.
    pub words_in: usize,
    pub words_out: usize,
    /// Paragraphs left out as boilerplate.
    pub blocks_left_out: usize,
}

/// Summarizes an article given as text: a pasted web page, plain text, or hard-wrapped prose.
///
/// # Errors
/// [`ErrorKind::InvalidOption`] for options out of range, [`ErrorKind::EmptyText`] for empty or blank
/// text, [`ErrorKind::NoWords`] for text without a single word.
///
/// # Examples
/// ```
/// let text = "Rain is expected. The storm will reach the coast tonight. Schools will close.";
/// let summary = abridge::summarize(text, &abridge::Options::sentences(1)).unwrap();
/// assert_eq!(summary.sentences.len(), 1);
/// assert_eq!(summary.stats.sentences_in, 3);
/// ```
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    options.validate()?;
    if text.chars().all(span::is_space) {
        return Err(Error::new(ErrorKind::EmptyText));
    }
    let structure = clean::structure(text);
    let prose = prose_blocks(&structure);
    let mut sentences = Vec::new();
    let mut positions = Vec::new();
    for block in &prose {
        for (i, sentence) in segment::paragraph_sentences(text, block.span).into_iter().enumerate() {
            positions.push(Position { index: sentences.len(), paragraph_start: i == 0 });
            sentences.push(sentence);
        }
    }
    let title = match &options.title {
        Some(title) => Some(title.as_str()),
        None => structure.title().map(|t| t.slice(text)),
    };
    let mut summary = summarize_spans(text, &sentences, &positions, title, options)?;
    summary.title = structure.title();
    // Boilerplate is reported only when it was actually left out: `prose_blocks` falls back to using
    // either none of it or all of it.
    let boilerplate_used = prose.iter().any(|b| matches!(b.kind, BlockKind::LeftOut(_)));
    if !boilerplate_used {
        summary.left_out = structure.left_out().map(|(span, kind)| LeftOut { span, kind }).collect();
    }
    summary.stats.blocks_left_out = summary.left_out.len();
    Ok(summary)
}

/// Summarizes an article given as sentences already split (as evaluation sets ship them). Sentences
/// are scored as one paragraph in the order given; [`SummarySentence::index`] is the index in
/// `sentences`, and spans refer to the sentences joined with `"\n"`.
///
/// # Examples
/// ```
/// let sentences = ["The storm hit the coast.", "Schools closed across the coast.", "A cat slept."];
/// let summary = abridge::summarize_sentences(&sentences, &abridge::Options::sentences(2)).unwrap();
/// let chosen: Vec<usize> = summary.sentences.iter().map(|s| s.index).collect();
/// assert_eq!(chosen, [0, 1]);
/// ```
pub fn summarize_sentences<S: AsRef<str>>(sentences: &[S], options: &Options) -> Result<Summary, Error> {
    options.validate()?;
    let mut text = String::new();
    let mut spans = Vec::with_capacity(sentences.len());
    for (i, sentence) in sentences.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(sentence.as_ref());
        spans.push(Span::new(start, text.len()));
    }
    if text.chars().all(span::is_space) {
        return Err(Error::new(ErrorKind::EmptyText));
    }
    let positions: Vec<Position> =
        (0..spans.len()).map(|index| Position { index, paragraph_start: index == 0 }).collect();
    summarize_spans(&text, &spans, &positions, options.title.as_deref(), options)
}

/// The paragraphs to summarize: the prose. When there is none (a text of one line, or without any
/// punctuation), the headings and title are all there is; when even those are missing (the text is all
/// "boilerplate", say a lone caption), everything is used: a summary of what was given beats an error.
fn prose_blocks(structure: &clean::Structure) -> Vec<clean::Block> {
    let pick = |keep: fn(BlockKind) -> bool| -> Vec<clean::Block> {
        structure.blocks.iter().copied().filter(|b| keep(b.kind)).collect()
    };
    let body = pick(|k| k == BlockKind::Body);
    if !body.is_empty() {
        return body;
    }
    let headings = pick(|k| matches!(k, BlockKind::Heading | BlockKind::Title));
    if !headings.is_empty() {
        return headings;
    }
    pick(|_| true)
}

/// Stages 3 to 6 over sentence spans of `text`.
fn summarize_spans(
    text: &str,
    sentences: &[Span],
    positions: &[Position],
    title: Option<&str>,
    options: &Options,
) -> Result<Summary, Error> {
    let tokens = tokenize::tokenize_with_title(text, sentences, title, Language::English);
    let words_in: usize = tokens.word_counts.iter().sum();
    if words_in == 0 {
        return Err(Error::new(ErrorKind::NoWords));
    }
    let vectors = SentenceVectors::new(&tokens);
    let summary_sentences = select::summary_sentences(options.length, &tokens.word_counts);
    let scores = score::score(&tokens, &vectors, positions, &options.weights, summary_sentences);
    let chosen = select::select(&scores.total, &vectors, &tokens.word_counts, options.length, options.diversity);
    let keywords = keywords::keywords(text, &tokens, &scores.centrality, options.keywords);
    let words_out = chosen.iter().map(|&i| tokens.word_counts[i]).sum();
    Ok(Summary {
        sentences: chosen
            .iter()
            .map(|&index| SummarySentence { index, span: sentences[index], score: scores.total[index] })
            .collect(),
        keywords,
        title: None,
        left_out: Vec::new(),
        stats: Stats {
            sentences_in: sentences.len(),
            sentences_out: chosen.len(),
            words_in,
            words_out,
            blocks_left_out: 0,
        },
    })
}
