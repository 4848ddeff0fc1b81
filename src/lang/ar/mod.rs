//! Arabic.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "ar",
    name: "Arabic",
    native_name: "العربية",
    stemmer: Some(|word| Stemmer::create(Algorithm::Arabic).stem(word)),
    stopwords: data_file!("ar/stopwords.txt"),
    generic: data_file!("ar/generic.txt"),
    sentences: data_file!("ar/sentences.txt"),
    furniture: data_file!("ar/furniture.txt"),
};
