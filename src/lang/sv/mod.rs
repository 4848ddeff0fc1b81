//! Swedish.

use super::LanguageData;
use rust_stemmers::{Algorithm, Stemmer};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "sv",
    name: "Swedish",
    native_name: "Svenska",
    stemmer: Some(|word| Stemmer::create(Algorithm::Swedish).stem(word)),
    stopwords: data_file!("sv/stopwords.txt"),
    generic: data_file!("sv/generic.txt"),
    sentences: data_file!("sv/sentences.txt"),
    furniture: data_file!("sv/furniture.txt"),
};
