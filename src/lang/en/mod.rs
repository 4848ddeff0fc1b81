//! English.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "en",
    name: "English",
    native_name: "English",
    stemmer: Some(|word| Stemmer::create(Algorithm::English).stem(word)),
    stopwords: data_file!("en/stopwords.txt"),
    generic: data_file!("en/generic.txt"),
    sentences: data_file!("en/sentences.txt"),
    furniture: data_file!("en/furniture.txt"),
};
