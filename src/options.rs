//! What the caller asks for: how long the summary is, how many keywords, how much redundancy to remove.
//!
//! [`Options`] is plain data with a [`validate`](Options::validate) step that names the offending field;
//! the JavaScript boundary deserializes the same shape from one JS object.

use crate::error::Error;
use crate::score::Weights;

/// The length of the summary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// Exactly this many sentences (fewer when the article has fewer).
    Sentences(usize),
    /// This fraction of the article's sentences, rounded, at least one: `0.0 < ratio <= 1.0`.
    Ratio(f64),
    /// As many of the best sentences as fit in this many words (at least one sentence).
    Words(usize),
}

/// Sentences in a summary when the caller does not say: the convention of news summarization (Lead-3,
/// CNN/DailyMail), and about what a reader takes in at a glance.
pub const DEFAULT_SENTENCES: usize = 3;
/// Keywords reported when the caller does not say: a row of chips on the page.
pub const DEFAULT_KEYWORDS: usize = 8;
/// More keywords than this is a word list, not a summary; the cap also bounds the work.
pub const MAX_KEYWORDS: usize = 50;
/// Default strength of redundancy removal (the MMR trade-off, Carbonell & Goldstein 1998): 0 ranks by
/// score alone, 1 by novelty alone; it fades as the summary keeps more of the article
/// (`select::REDUNDANCY_FREE_SHARE`). 0.5 fitted on the dev splits with the fade (docs/quality.md).
pub const DEFAULT_DIVERSITY: f64 = 0.5;

/// Options for [`summarize`](crate::summarize).
///
/// # Examples
/// ```
/// use abridge::{Length, Options};
/// let options = Options::sentences(5).with_keywords(3);
/// assert_eq!(options.length, Length::Sentences(5));
/// assert!(Options::ratio(1.5).validate().is_err());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub length: Length,
    /// How many keywords to report, `0..=MAX_KEYWORDS`.
    pub keywords: usize,
    /// Redundancy removal strength, `0.0..=1.0`.
    pub diversity: f64,
    /// The article's title when it is not part of the text (for example kept in a separate field);
    /// sentences that share its words score higher. A title found in the text is used otherwise.
    pub title: Option<String>,
    /// How the scoring signals are combined. The defaults were chosen on the evaluation sets' dev
    /// splits (docs/quality.md); this is here for that tuning, not exposed to JavaScript.
    pub weights: Weights,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            length: Length::Sentences(DEFAULT_SENTENCES),
            keywords: DEFAULT_KEYWORDS,
            diversity: DEFAULT_DIVERSITY,
            title: None,
            weights: Weights::default(),
        }
    }
}

impl Options {
    /// A summary of `n` sentences.
    pub fn sentences(n: usize) -> Options {
        Options { length: Length::Sentences(n), ..Options::default() }
    }

    /// A summary of `ratio` of the article's sentences.
    pub fn ratio(ratio: f64) -> Options {
        Options { length: Length::Ratio(ratio), ..Options::default() }
    }

    /// A summary of at most `n` words.
    pub fn words(n: usize) -> Options {
        Options { length: Length::Words(n), ..Options::default() }
    }

    pub fn with_keywords(mut self, keywords: usize) -> Options {
        self.keywords = keywords;
        self
    }

    pub fn with_diversity(mut self, diversity: f64) -> Options {
        self.diversity = diversity;
        self
    }

    pub fn with_title(mut self, title: impl Into<String>) -> Options {
        self.title = Some(title.into());
        self
    }

    /// Checks every field; the error names the field the way JavaScript callers spell it.
    pub fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(0) => return Err(Error::invalid_option("sentences", "must be at least 1")),
            Length::Words(0) => return Err(Error::invalid_option("words", "must be at least 1")),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                // The value is not echoed: formatting an f64 costs the .wasm some 18 KB.
                return Err(Error::invalid_option("ratio", "must be more than 0 and at most 1"))
            }
            _ => {}
        }
        if self.keywords > MAX_KEYWORDS {
            return Err(Error::invalid_option(
                "keywords",
                format!("must be from 0 to {MAX_KEYWORDS}, not {}", self.keywords),
            ));
        }
        if let Some(name) = Weights::NAMES.iter().zip(self.weights.values()).find_map(|(n, v)| (!v.is_finite()).then_some(n)) {
            return Err(Error::invalid_option("weights", format!("`{name}` must be a finite number")));
        }
        if !(0.0..=1.0).contains(&self.diversity) {
            return Err(Error::invalid_option("diversity", "must be from 0 to 1"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_options_name_their_field() {
        let cases: &[(&str, Options, &str)] = &[
            ("zero sentences", Options::sentences(0), "`sentences`"),
            ("zero words", Options::words(0), "`words`"),
            ("ratio above one", Options::ratio(1.01), "`ratio`"),
            ("ratio zero", Options::ratio(0.0), "`ratio`"),
            ("ratio NaN", Options::ratio(f64::NAN), "`ratio`"),
            ("too many keywords", Options::default().with_keywords(51), "`keywords`"),
            ("negative diversity", Options::default().with_diversity(-0.1), "`diversity`"),
            ("NaN diversity", Options::default().with_diversity(f64::NAN), "`diversity`"),
        ];
        for (name, options, field) in cases {
            let message = options.validate().expect_err(name).to_string();
            assert!(message.contains(field), "{name}: {message}");
        }
    }

    #[test]
    fn valid_edges_pass() {
        for options in [Options::ratio(1.0), Options::sentences(1), Options::words(1), Options::default().with_keywords(0)] {
            assert_eq!(options.validate(), Ok(()), "{options:?}");
        }
    }
}
