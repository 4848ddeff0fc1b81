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
//! [`score`] (centrality, position, title) → [`select`] (length and redundancy) → [`keywords`], assembled
//! once in [`prepare`]. What each language brings (stopwords, stemmer, sentence rules, site furniture) is
//! in `src/lang/`, one folder per [`Language`]; [`detect_language`] picks one when the caller does not.
//! The WebAssembly binding (`src/wasm.rs`, built only for `wasm32`) converts types and errors and
//! nothing else.

pub mod clean;
mod error;
pub mod keywords;
mod lang;
mod options;
mod prepare;
mod rank;
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

/// The `.wasm`'s allocator: talc, smaller than Rust's default dlmalloc and made for a single-threaded
/// module like this one (docs/performance.md, "Every language").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use clean::Boilerplate;
pub use error::{Error, ErrorKind};
pub use keywords::Keyword;
pub use lang::{detect as detect_language, Language};
#[cfg(feature = "cli")]
pub use options::typescript_interface;
pub use options::{
    CliText, Length, OptionSpec, OptionValue, Options, OptionsBuilder, ValueKind, DEFAULT_DIVERSITY, DEFAULT_KEYWORDS,
    DEFAULT_SENTENCES, MAX_KEYWORDS, OPTIONS,
};
pub use prepare::{prepare, prepare_sentences, split, Prepared, Split};
pub use span::Span;

/// A summary: the chosen sentences, keywords, and what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// The chosen sentences, in document order.
    pub sentences: Vec<SummarySentence>,
    /// The article's key terms, best first.
    pub keywords: Vec<Keyword>,
    /// The title found in the text, if any; never one of the summary's sentences (a text of one line is
    /// its own summary, and has none).
    pub title: Option<Span>,
    /// Paragraphs left out of scoring as site furniture, in document order.
    pub left_out: Vec<LeftOut>,
    /// Whether a run of paragraphs read as an article (always, for sentences given already split).
    /// When none did — a pasted home page or list of search results, all furniture — what was there is
    /// summarized as it is, and the caller may say that no article was found.
    pub article_found: bool,
    /// The language whose rules were used: the one asked for, or the one detected
    /// ([`Language::UNDETERMINED`] for text in no supported language).
    pub language: Language,
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
/// Serialized with camelCase names (`sentencesIn` …), as the JS binding and the CLI's JSON give them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
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
/// assert_eq!(summary.language, abridge::Language::ENGLISH);
/// ```
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    Ok(prepare(text, options)?.summarize(options))
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
    Ok(prepare_sentences(sentences, options)?.summarize(options))
}

impl Prepared<'_> {
    /// Stages 4 to 6: scores the sentences, selects the summary and finds the keywords.
    pub fn summarize(&self, options: &Options) -> Summary {
        let tokens = &self.tokens;
        let summary_sentences = select::summary_sentences(options.length, &tokens.word_counts);
        let scores = score::score(tokens, &self.vectors, &self.positions, &options.weights, summary_sentences);
        let chosen = select::select(&scores.total, &self.vectors, &tokens.word_counts, options.length, options.diversity);
        let keywords = keywords::keywords(&self.text, tokens, &scores.centrality, options.keywords);
        Summary {
            sentences: chosen
                .iter()
                .map(|&index| SummarySentence { index, span: self.sentences[index], score: scores.total[index] })
                .collect(),
            keywords,
            title: prepare::found_title(&self.structure, &self.paragraphs),
            left_out: self.left_out.clone(),
            article_found: self.structure.article_found || self.structure.blocks.is_empty(),
            language: self.language,
            stats: Stats {
                sentences_in: self.sentences.len(),
                sentences_out: chosen.len(),
                words_in: tokens.word_counts.iter().sum(),
                words_out: chosen.iter().map(|&i| tokens.word_counts[i]).sum(),
                blocks_left_out: self.left_out.len(),
            },
        }
    }
}
