//! Czech.
//!
//! `rust-stemmers` has no Czech stemmer: each word form is its own term (no stemming), so the cases of
//! a noun count apart; stopwords (stopwords-iso) still drop the function words.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "cs",
    name: "Czech",
    native_name: "Čeština",
    stemmer: None,
    stopwords: data_file!("cs/stopwords.txt"),
    generic: data_file!("cs/generic.txt"),
    sentences: data_file!("cs/sentences.txt"),
    furniture: data_file!("cs/furniture.txt"),
};
