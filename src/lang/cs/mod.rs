//! Czech.
//!
//! `rust-stemmers` has no Czech stemmer: each word form is its own term (no stemming), so the cases of
//! a noun count apart; stopwords (stopwords-iso) still drop the function words.

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "cs",
    name: "Czech",
    native_name: "Čeština",
    stemmer: None,
    words: WordModel::Spaced,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
