//! Slovak.
//!
//! `rust-stemmers` has no Slovak stemmer, so `stopwords.txt`'s `[suffixes]` stand in for one, as in
//! Czech (learned from UD Slovak-SNK by `scripts/lang/suffixes.py`); stopwords (stopwords-iso) drop the
//! function words. Slovak is Czech's closest neighbour, and
//! detection tells them apart by their trigram profiles and their own letters ("ä", "ľ", "ô", "ŕ"
//! against "ě", "ř", "ů").

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "sk",
    name: "Slovak",
    native_name: "Slovenčina",
    stemmer: None,
    stopwords: data_file!("sk/stopwords.txt"),
    generic: data_file!("sk/generic.txt"),
    sentences: data_file!("sk/sentences.txt"),
    furniture: data_file!("sk/furniture.txt"),
};
