//! Hindi.
//!
//! `rust-stemmers` has no Hindi stemmer: each word form is its own term (no stemming). Hindi marks case
//! mostly with separate postpositions (के, में, से), which are stopwords, so word forms vary less than in
//! Polish or Czech.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "hi",
    name: "Hindi",
    native_name: "हिन्दी",
    stemmer: None,
    stopwords: data_file!("hi/stopwords.txt"),
    generic: data_file!("hi/generic.txt"),
    sentences: data_file!("hi/sentences.txt"),
    furniture: data_file!("hi/furniture.txt"),
};
