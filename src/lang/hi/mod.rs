//! Hindi.
//!
//! `rust-stemmers` has no Hindi stemmer, so `stopwords.txt`'s `[suffixes]` stand in for one: Ramanathan
//! and Rao's lightweight stemmer (2003), which is a list of suffixes of which the longest comes off, one
//! letter left at the least, as Snowball's Hindi stemmer does it ("लड़का", "लड़के", "लड़कों" are one term).
//! Hindi marks case mostly with separate postpositions (के, में, से), which are stopwords.

use super::LanguageData;

pub(super) const DATA: LanguageData = LanguageData {
    tag: "hi",
    name: "Hindi",
    native_name: "हिन्दी",
    stemmer: None,
    stopwords: data_file!("hi/stopwords.txt"),
    generic: data_file!("hi/generic.txt"),
    sentences: data_file!("hi/sentences.txt"),
    furniture: data_file!("hi/furniture.txt"),
};
