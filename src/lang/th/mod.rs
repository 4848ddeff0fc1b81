//! Thai.
//!
//! No stemmer and no segmenter: overlapping pairs of characters stand in for words, Thai being written
//! without spaces between words (the same natively and in the `.wasm`).

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "th",
    name: "Thai",
    native_name: "ไทย",
    stemmer: None,
    words: WordModel::CharacterBigrams,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
