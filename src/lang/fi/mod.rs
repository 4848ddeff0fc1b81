//! Finnish.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "fi",
    name: "Finnish",
    native_name: "Suomi",
    stemmer: Some(|| Stemmer::create(Algorithm::Finnish)),
    stopwords: data_file!("fi/stopwords.txt"),
    generic: data_file!("fi/generic.txt"),
    sentences: data_file!("fi/sentences.txt"),
    furniture: data_file!("fi/furniture.txt"),
};
