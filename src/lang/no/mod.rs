//! Norwegian.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "no",
    name: "Norwegian",
    native_name: "Norsk",
    stemmer: Some(|word| Stemmer::create(Algorithm::Norwegian).stem(word)),
    stopwords: data_file!("no/stopwords.txt"),
    generic: data_file!("no/generic.txt"),
    sentences: data_file!("no/sentences.txt"),
    furniture: data_file!("no/furniture.txt"),
};
