//! Spanish.

use super::{LanguageData, WordModel};
use rust_stemmers::Algorithm;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "es",
    name: "Spanish",
    native_name: "Español",
    stemmer: Some(Algorithm::Spanish),
    words: WordModel::Spaced,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
