//! Hindi.
//!
//! `rust-stemmers` has no Hindi stemmer: each word form is its own term (no stemming). Hindi marks case
//! mostly with separate postpositions (के, में, से), which are stopwords, so word forms vary less than in
//! Polish or Czech.

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "hi",
    name: "Hindi",
    native_name: "हिन्दी",
    stemmer: None,
    words: WordModel::Spaced,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
