//! Turkish.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "tr",
    name: "Turkish",
    native_name: "Türkçe",
    stemmer: Some(|word| Stemmer::create(Algorithm::Turkish).stem(word)),
    stopwords: data_file!("tr/stopwords.txt"),
    generic: data_file!("tr/generic.txt"),
    sentences: data_file!("tr/sentences.txt"),
    furniture: data_file!("tr/furniture.txt"),
};
