//! French.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "fr",
    name: "French",
    native_name: "Français",
    stemmer: Some(|word| Stemmer::create(Algorithm::French).stem(word)),
    stopwords: data_file!("fr/stopwords.txt"),
    generic: data_file!("fr/generic.txt"),
    sentences: data_file!("fr/sentences.txt"),
    furniture: data_file!("fr/furniture.txt"),
};
