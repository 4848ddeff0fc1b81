//! Indonesian.
//!
//! `rust-stemmers` has no Indonesian stemmer (Snowball has one, not in the crate): each word form is its
//! own term (no stemming), so affixed forms ("membangun", "pembangunan") count apart from their root.
//! Only the possessive "-nya", `stopwords.txt`'s `[particles]`, comes off ("pemerintahnya" is
//! "pemerintah"; docs/languages.md).

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "id",
    name: "Indonesian",
    native_name: "Bahasa Indonesia",
    stemmer: None,
    stopwords: data_file!("id/stopwords.txt"),
    generic: data_file!("id/generic.txt"),
    sentences: data_file!("id/sentences.txt"),
    furniture: data_file!("id/furniture.txt"),
};
