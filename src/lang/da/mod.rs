//! Danish.

use super::LanguageData;
use rust_stemmers::Algorithm;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "da",
    name: "Danish",
    native_name: "Dansk",
    stemmer: Some(Algorithm::Danish),
    stopwords: data_file!("da/stopwords.txt"),
    generic: data_file!("da/generic.txt"),
    sentences: data_file!("da/sentences.txt"),
    furniture: data_file!("da/furniture.txt"),
};
