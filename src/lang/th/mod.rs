//! Thai.
//!
//! No stemmer and no segmenter: overlapping pairs of characters stand in for words, Thai being written
//! without spaces between words (the same natively and in the `.wasm`).

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "th",
    name: "Thai",
    native_name: "ไทย",
    stemmer: None,
    stopwords: data_file!("th/stopwords.txt"),
    generic: data_file!("th/generic.txt"),
    sentences: data_file!("th/sentences.txt"),
    furniture: data_file!("th/furniture.txt"),
};
