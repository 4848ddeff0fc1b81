//! Indonesian.
//!
//! `rust-stemmers` has no Indonesian stemmer (Snowball has one, not in the crate): each word form is its
//! own term (no stemming), so affixed forms ("membangun", "pembangunan") count apart from their root.

use super::{LanguageData, WordModel};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "id",
    name: "Indonesian",
    native_name: "Bahasa Indonesia",
    stemmer: None,
    words: WordModel::Spaced,
    stopwords: include_str!("stopwords.txt"),
    generic: include_str!("generic.txt"),
    sentences: include_str!("sentences.txt"),
    furniture: include_str!("furniture.txt"),
};
