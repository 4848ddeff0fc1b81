//! Undetermined (BCP 47 `und`): the language-neutral rules for text in a language that is not on the
//! list. No stopwords and no stemmer, so every word counts as itself; Unicode's own sentence and word
//! boundaries; no site furniture vocabulary, so only the shape of a paragraph can mark it as furniture.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "und",
    name: "Undetermined",
    native_name: "Undetermined",
    stemmer: None,
    stopwords: "",
    generic: "",
    sentences: "",
    furniture: "",
};
