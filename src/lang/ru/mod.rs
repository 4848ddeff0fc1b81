//! Russian.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "ru",
    name: "Russian",
    native_name: "Русский",
    stemmer: Some(|word| Stemmer::create(Algorithm::Russian).stem(word)),
    stopwords: data_file!("ru/stopwords.txt"),
    generic: data_file!("ru/generic.txt"),
    sentences: data_file!("ru/sentences.txt"),
    furniture: data_file!("ru/furniture.txt"),
};
