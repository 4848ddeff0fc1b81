//! Chinese.
//!
//! No stemmer and no segmenter: overlapping pairs of Han characters stand in for words (the same
//! natively and in the `.wasm`); the stopwords are the one- and two-character ones.

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "zh",
    name: "Chinese",
    native_name: "中文",
    stemmer: None,
    words: WordModel::CharacterBigrams,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
