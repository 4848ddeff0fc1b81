//! Italian.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "it",
    name: "Italian",
    native_name: "Italiano",
    stemmer: Some(|word| Stemmer::create(Algorithm::Italian).stem(word)),
    stopwords: data_file!("it/stopwords.txt"),
    generic: data_file!("it/generic.txt"),
    sentences: data_file!("it/sentences.txt"),
    furniture: data_file!("it/furniture.txt"),
};
