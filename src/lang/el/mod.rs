//! Greek.
//!
//! `rust-stemmers` has Snowball's Greek stemmer, but it was the largest single item of the page's bundle
//! (9.6 KB gzip) and a light one does as well on Greek's treebank (docs/languages.md): `stopwords.txt`'s
//! `[fold]` reads a word without its accents and with one sigma, and its `[suffixes]`, learned from UD
//! Greek-GDT (`scripts/lang/suffixes.py`), then come off it for its term ("άνθρωπος" and "ανθρώπων" are
//! one term); stopwords (spaCy's) drop the function words.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "el",
    name: "Greek",
    native_name: "Ελληνικά",
    stemmer: None,
    stopwords: data_file!("el/stopwords.txt"),
    generic: data_file!("el/generic.txt"),
    sentences: data_file!("el/sentences.txt"),
    furniture: data_file!("el/furniture.txt"),
};
