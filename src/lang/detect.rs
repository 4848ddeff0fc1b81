//! Which language a text is in: its script first, then, among the languages written in that script,
//! the one whose stopwords the text uses most.
//!
//! Function words are the most frequent words of any language and differ between languages that share
//! a script, so counting them is a compact profile that needs no data beyond each language's
//! `stopwords.txt`. A text that is too short or uses no language's function words is `und`.

use super::Language;

/// How many words are looked at: enough for a stable count, and detection stays a small fixed cost on
/// a long text.
const SAMPLE_WORDS: usize = 2000;
/// Fewer stopword hits than this and the text is not taken to be in any language.
const MIN_HITS: usize = 1;

/// The language `text` is written in, or [`Language::UNDETERMINED`].
///
/// # Examples
/// ```
/// use abridge::{detect_language, Language};
/// assert_eq!(detect_language("The summit was held in the city, and the leaders met there."), Language::ENGLISH);
/// assert_eq!(detect_language("12 345 678"), Language::UNDETERMINED);
/// ```
pub fn detect(text: &str) -> Language {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(SAMPLE_WORDS)
        .map(crate::span::lowercase)
        .collect();
    let mut best = (Language::UNDETERMINED, MIN_HITS - 1);
    for language in Language::all() {
        let hits = words.iter().filter(|w| language.is_stopword(w)).count();
        if hits > best.1 {
            best = (language, hits);
        }
    }
    best.0
}
