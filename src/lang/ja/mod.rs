//! Japanese.
//!
//! No stemmer and no segmenter: overlapping pairs of characters stand in for words (the same natively
//! and in the `.wasm`); the stopwords are the one- and two-character ones (particles, auxiliaries).

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "ja",
    name: "Japanese",
    native_name: "日本語",
    stemmer: None,
    stopwords: data_file!("ja/stopwords.txt"),
    generic: data_file!("ja/generic.txt"),
    sentences: data_file!("ja/sentences.txt"),
    furniture: data_file!("ja/furniture.txt"),
};
