//! Polish.
//!
//! `rust-stemmers` has no Polish stemmer: each word form is its own term (no stemming), so the seven
//! cases of a noun count apart; stopwords (stopwords-iso) still drop the function words.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "pl",
    name: "Polish",
    native_name: "Polski",
    stemmer: None,
    stopwords: data_file!("pl/stopwords.txt"),
    generic: data_file!("pl/generic.txt"),
    sentences: data_file!("pl/sentences.txt"),
    furniture: data_file!("pl/furniture.txt"),
};
