//! German.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "de",
    name: "German",
    native_name: "Deutsch",
    stemmer: Some(|word| Stemmer::create(Algorithm::German).stem(word)),
    stopwords: data_file!("de/stopwords.txt"),
    generic: data_file!("de/generic.txt"),
    sentences: data_file!("de/sentences.txt"),
    furniture: data_file!("de/furniture.txt"),
};
