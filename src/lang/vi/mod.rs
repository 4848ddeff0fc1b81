//! Vietnamese.
//!
//! No stemmer: Vietnamese does not inflect, so a word form is already its term. Words are written as
//! space-separated syllables; each syllable is a term (multi-syllable words are not joined).

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "vi",
    name: "Vietnamese",
    native_name: "Tiếng Việt",
    stemmer: None,
    words: WordModel::Spaced,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
