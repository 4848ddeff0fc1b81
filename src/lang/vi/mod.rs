//! Vietnamese.
//!
//! No stemmer: Vietnamese does not inflect, so a word form is already its term. Words are written as
//! space-separated syllables; each syllable is a term (multi-syllable words are not joined).

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "vi",
    name: "Vietnamese",
    native_name: "Tiếng Việt",
    stemmer: None,
    stopwords: data_file!("vi/stopwords.txt"),
    generic: data_file!("vi/generic.txt"),
    sentences: data_file!("vi/sentences.txt"),
    furniture: data_file!("vi/furniture.txt"),
};
