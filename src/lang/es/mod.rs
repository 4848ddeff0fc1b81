//! Spanish.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "es",
    name: "Spanish",
    native_name: "Español",
    stemmer: Some(|word| Stemmer::create(Algorithm::Spanish).stem(word)),
    stopwords: data_file!("es/stopwords.txt"),
    generic: data_file!("es/generic.txt"),
    sentences: data_file!("es/sentences.txt"),
    furniture: data_file!("es/furniture.txt"),
};
