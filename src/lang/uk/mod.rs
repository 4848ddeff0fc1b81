//! Ukrainian.
//!
//! `rust-stemmers` has no Ukrainian stemmer, so `stopwords.txt`'s `[suffixes]` stand in for one: the
//! commonest endings, learned from UD Ukrainian-IU and Ukrainian-ParlaMint (`scripts/lang/suffixes.py`), come off a word for
//! its term ("уряд" and "уряду" are one); stopwords (stopwords-iso) drop the function words.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "uk",
    name: "Ukrainian",
    native_name: "Українська",
    stemmer: None,
    stopwords: data_file!("uk/stopwords.txt"),
    generic: data_file!("uk/generic.txt"),
    sentences: data_file!("uk/sentences.txt"),
    furniture: data_file!("uk/furniture.txt"),
};
