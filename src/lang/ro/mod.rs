//! Romanian.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "ro",
    name: "Romanian",
    native_name: "Română",
    stemmer: Some(|word| Stemmer::create(Algorithm::Romanian).stem(word)),
    stopwords: data_file!("ro/stopwords.txt"),
    generic: data_file!("ro/generic.txt"),
    sentences: data_file!("ro/sentences.txt"),
    furniture: data_file!("ro/furniture.txt"),
};
