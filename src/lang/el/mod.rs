//! Greek.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "el",
    name: "Greek",
    native_name: "Ελληνικά",
    stemmer: Some(|| Stemmer::create(Algorithm::Greek)),
    stopwords: data_file!("el/stopwords.txt"),
    generic: data_file!("el/generic.txt"),
    sentences: data_file!("el/sentences.txt"),
    furniture: data_file!("el/furniture.txt"),
};
