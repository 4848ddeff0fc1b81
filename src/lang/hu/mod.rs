//! Hungarian.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "hu",
    name: "Hungarian",
    native_name: "Magyar",
    stemmer: Some(|word| Stemmer::create(Algorithm::Hungarian).stem(word)),
    stopwords: data_file!("hu/stopwords.txt"),
    generic: data_file!("hu/generic.txt"),
    sentences: data_file!("hu/sentences.txt"),
    furniture: data_file!("hu/furniture.txt"),
};
