//! Korean.
//!
//! `rust-stemmers` has no Korean stemmer: each space-separated word (eojeol) is its own term, particles
//! attached ("정부가", "정부는" and "정부의" count apart); the stopwords drop the free-standing ones.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "ko",
    name: "Korean",
    native_name: "한국어",
    stemmer: None,
    stopwords: data_file!("ko/stopwords.txt"),
    generic: data_file!("ko/generic.txt"),
    sentences: data_file!("ko/sentences.txt"),
    furniture: data_file!("ko/furniture.txt"),
};
