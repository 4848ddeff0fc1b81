//! Korean.
//!
//! `rust-stemmers` has no Korean stemmer. A space-separated word (eojeol) is a noun with its particle
//! attached ("정부가", "정부는", "정부의"): `stopwords.txt`'s `[particles]` section lists the particles,
//! and `tokenize` takes the longest off the end, so the three are the term "정부" (on the nouns of the UD
//! Korean-GSD treebank the stem left is the annotated one for 97 % of them: docs/languages.md). Verbs
//! keep their endings; the stopwords drop the free-standing words.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "ko",
    name: "Korean",
    native_name: "한국어",
    stemmer: None,
    stopwords: data_file!("ko/stopwords.txt"),
    generic: data_file!("ko/generic.txt"),
    sentences: data_file!("ko/sentences.txt"),
    furniture: data_file!("ko/furniture.txt"),
};
