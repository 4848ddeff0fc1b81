//! Czech.
//!
//! `rust-stemmers` has no Czech stemmer, so `stopwords.txt`'s `[suffixes]` stand in for one: the
//! commonest endings, learned from the UD Czech-FicTree and Czech-CAC treebanks (`scripts/lang/suffixes.py`), come
//! off a word for its term ("žena", "ženy", "ženou" are one term); stopwords (stopwords-iso) drop the
//! function words.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "cs",
    name: "Czech",
    native_name: "Čeština",
    stemmer: None,
    stopwords: data_file!("cs/stopwords.txt"),
    generic: data_file!("cs/generic.txt"),
    sentences: data_file!("cs/sentences.txt"),
    furniture: data_file!("cs/furniture.txt"),
};
