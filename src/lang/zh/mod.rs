//! Chinese.
//!
//! No stemmer and no segmenter: overlapping pairs of Han characters stand in for words (the same
//! natively and in the `.wasm`); the stopwords are the one- and two-character ones.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "zh",
    name: "Chinese",
    native_name: "中文",
    stemmer: None,
    stopwords: data_file!("zh/stopwords.txt"),
    generic: data_file!("zh/generic.txt"),
    sentences: data_file!("zh/sentences.txt"),
    furniture: data_file!("zh/furniture.txt"),
};
