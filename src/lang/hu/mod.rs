//! Hungarian.

use super::{LanguageData, WordModel};
use rust_stemmers::Algorithm;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "hu",
    name: "Hungarian",
    native_name: "Magyar",
    stemmer: Some(Algorithm::Hungarian),
    words: WordModel::Spaced,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
