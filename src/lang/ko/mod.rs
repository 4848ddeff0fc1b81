//! Korean.
//!
//! `rust-stemmers` has no Korean stemmer: each space-separated word (eojeol) is its own term, particles
//! attached ("정부가", "정부는" and "정부의" count apart); the stopwords drop the free-standing ones.

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "ko",
    name: "Korean",
    native_name: "한국어",
    stemmer: None,
    words: WordModel::Spaced,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
