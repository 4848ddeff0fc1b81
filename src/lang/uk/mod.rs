//! Ukrainian.
//!
//! `rust-stemmers` has no Ukrainian stemmer: each word form is its own term (no stemming), so
//! "уряд" and "уряду" count apart; stopwords (stopwords-iso) still drop the function words.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "uk",
    name: "Ukrainian",
    native_name: "Українська",
    stemmer: None,
    stopwords: data_file!("uk/stopwords.txt"),
    generic: data_file!("uk/generic.txt"),
    sentences: data_file!("uk/sentences.txt"),
    furniture: data_file!("uk/furniture.txt"),
};
