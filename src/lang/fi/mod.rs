//! Finnish.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "fi",
    name: "Finnish",
    native_name: "Suomi",
    stemmer: Some(|word| Stemmer::create(Algorithm::Finnish).stem(word)),
    stopwords: data_file!("fi/stopwords.txt"),
    generic: data_file!("fi/generic.txt"),
    sentences: data_file!("fi/sentences.txt"),
    furniture: data_file!("fi/furniture.txt"),
};
