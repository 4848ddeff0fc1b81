//! Polish.
//!
//! `rust-stemmers` has no Polish stemmer, so `stopwords.txt`'s `[suffixes]` stand in for one: the
//! commonest endings, learned from UD Polish-PDB and Polish-LFG (`scripts/lang/suffixes.py`), come off a word for its
//! term, so that the seven cases of a noun count as one ("kobieta", "kobiety", "kobietę"); stopwords
//! (stopwords-iso) drop the function words.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "pl",
    name: "Polish",
    native_name: "Polski",
    stemmer: None,
    stopwords: data_file!("pl/stopwords.txt"),
    generic: data_file!("pl/generic.txt"),
    sentences: data_file!("pl/sentences.txt"),
    furniture: data_file!("pl/furniture.txt"),
};
