//! Ukrainian.
//!
//! `rust-stemmers` has no Ukrainian stemmer: each word form is its own term (no stemming), so
//! "уряд" and "уряду" count apart; stopwords (stopwords-iso) still drop the function words.

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "uk",
    name: "Ukrainian",
    native_name: "Українська",
    stemmer: None,
    words: WordModel::Spaced,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
