//! Portuguese.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "pt",
    name: "Portuguese",
    native_name: "Português",
    stemmer: Some(|word| Stemmer::create(Algorithm::Portuguese).stem(word)),
    stopwords: data_file!("pt/stopwords.txt"),
    generic: data_file!("pt/generic.txt"),
    sentences: data_file!("pt/sentences.txt"),
    furniture: data_file!("pt/furniture.txt"),
};
