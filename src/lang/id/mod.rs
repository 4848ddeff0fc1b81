//! Indonesian.
//!
//! Snowball's Indonesian stemmer (Tala's, with its prefixes: "membangun", "pembangunan", "dibangun" are
//! the term "bangun"), which `rust-stemmers` lacks, from `waken_snowball` (the Snowball compiler's
//! Rust output, one module per algorithm: calling the one links only it). The possessive "-nya",
//! `stopwords.txt`'s `[particles]`, comes off the word itself ("pemerintahnya" is shown "pemerintah";
//! docs/languages.md).

use super::LanguageData;
use waken_snowball::{algorithms::indonesian_stemmer, SnowballEnv};

pub(super) const DATA: LanguageData = LanguageData {
    tag: "id",
    name: "Indonesian",
    native_name: "Bahasa Indonesia",
    stemmer: Some(|word| {
        let mut env = SnowballEnv::create(word);
        indonesian_stemmer::stem(&mut env);
        env.get_current()
    }),
    stopwords: data_file!("id/stopwords.txt"),
    generic: data_file!("id/generic.txt"),
    sentences: data_file!("id/sentences.txt"),
    furniture: data_file!("id/furniture.txt"),
};
