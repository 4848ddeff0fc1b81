//! Danish.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "da",
    name: "Danish",
    native_name: "Dansk",
    stemmer: Some(|word| Stemmer::create(Algorithm::Danish).stem(word)),
    stopwords: data_file!("da/stopwords.txt"),
    generic: data_file!("da/generic.txt"),
    sentences: data_file!("da/sentences.txt"),
    furniture: data_file!("da/furniture.txt"),
};
