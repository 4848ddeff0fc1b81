//! Japanese.
//!
//! No stemmer and no segmenter: overlapping pairs of characters stand in for words (the same natively
//! and in the `.wasm`); the stopwords are the one- and two-character ones (particles, auxiliaries).

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "ja",
    name: "Japanese",
    native_name: "日本語",
    stemmer: None,
    words: WordModel::CharacterBigrams,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
