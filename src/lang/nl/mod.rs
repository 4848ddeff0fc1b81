//! Dutch.

use super::LanguageData;
use rust_stemmers::Algorithm;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "nl",
    name: "Dutch",
    native_name: "Nederlands",
    stemmer: Some(Algorithm::Dutch),
    stopwords: data_file!("nl/stopwords.txt"),
    generic: data_file!("nl/generic.txt"),
    sentences: data_file!("nl/sentences.txt"),
    furniture: data_file!("nl/furniture.txt"),
};
