//! Dutch.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "nl",
    name: "Dutch",
    native_name: "Nederlands",
    stemmer: Some(|word| Stemmer::create(Algorithm::Dutch).stem(word)),
    stopwords: data_file!("nl/stopwords.txt"),
    generic: data_file!("nl/generic.txt"),
    sentences: data_file!("nl/sentences.txt"),
    furniture: data_file!("nl/furniture.txt"),
};
