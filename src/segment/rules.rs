//! A language's sentence rules, parsed once from its `sentences.txt` into sets for quick lookups.
//!
//! The file's sections (the format is described in `src/lang/mod.rs`; English's file header says what
//! each section means, with examples):
//! - `[abbreviations]`: short forms that never end a sentence, whatever follows ("Dr. Weber", "z.B.").
//! - `[abbreviations-before-numbers]`: short forms that stay in the sentence only when a number (or an
//!   opening parenthesis) follows ("No. 10", "Tel. (030) …"); elsewhere they end it ("Apple Inc.").
//! - `[abbreviations-may-end]`: short forms that end a sentence only when the next word is one that
//!   starts sentences, a capitalized stopword ("… etc. The …"); before anything else they do not
//!   ("bzw. Wasser", "Co. KG").
//! - `[rules]`: switches. `ordinal-numbers`: a number of up to three digits followed by a full stop is an
//!   ordinal ("am 15. Dezember", "den 5. maj") and ends a sentence only where an abbreviation of the
//!   previous kind would. `ordinal-years`: so is a number of four digits (Hungarian dates: "1848.
//!   március").
//! - `[word-final-letters]`: the letters the language's words end in, where they end in few (Italian's
//!   vowels): a long lower-case word ending in another letter before a full stop is cut short, an
//!   abbreviation no list holds (Italian "la centrale meteor. si è guastata").

use crate::lang::{self, Language};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// What `segment` reads from one language's `sentences.txt`.
pub(super) struct Rules {
    /// The abbreviations of each section, in order of precedence should a word be on two lists. Sets
    /// of the type the stopwords are kept in: a map of its own would add a copy of the hash table's code
    /// to the `.wasm`.
    abbreviations: [(Abbreviation, FxHashSet<&'static str>); 3],
    pub ordinal_numbers: bool,
    pub ordinal_years: bool,
    /// The letters every word of the language ends in; empty where words end in any letter.
    pub word_final_letters: &'static [&'static str],
}

impl Rules {
    /// The rules of `language`, parsed on first use.
    pub fn of(language: Language) -> &'static Rules {
        static PARSED: [OnceLock<Rules>; lang::COUNT] = [const { OnceLock::new() }; lang::COUNT];
        PARSED[language.index() % lang::COUNT].get_or_init(|| Rules::parse(language))
    }

    fn parse(language: Language) -> Rules {
        let sections = &language.lexicon().sentences;
        let set = |name: &str| sections.get(name).iter().copied().collect();
        Rules {
            abbreviations: [
                (Abbreviation::NeverFinal, set("abbreviations")),
                (Abbreviation::BeforeNumbers, set("abbreviations-before-numbers")),
                (Abbreviation::MayEnd, set("abbreviations-may-end")),
            ],
            ordinal_numbers: sections.get("rules").contains(&"ordinal-numbers"),
            ordinal_years: sections.get("rules").contains(&"ordinal-years"),
            word_final_letters: sections.get("word-final-letters"),
        }
    }
}

/// Which of the lists a (lower-case) word is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Abbreviation {
    NeverFinal,
    BeforeNumbers,
    MayEnd,
}

impl Rules {
    /// The list a lower-case word is on, if any.
    pub fn abbreviation(&self, lower: &str) -> Option<Abbreviation> {
        self.abbreviations.iter().find(|(_, words)| words.contains(lower)).map(|&(kind, _)| kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_s_sentence_rules_are_lower_case_known_sections_without_final_dots() {
        const SECTIONS: [&str; 5] =
            ["abbreviations", "abbreviations-before-numbers", "abbreviations-may-end", "rules", "word-final-letters"];
        for language in Language::all() {
            for (name, entries) in lang::sections(language.data().sentences) {
                assert!(SECTIONS.contains(&name), "{language}: unknown section [{name}]");
                for entry in entries {
                    assert!(!entry.ends_with('.') && !entry.contains(' '), "{language} [{name}]: `{entry}`");
                    if name == "word-final-letters" {
                        assert_eq!(entry.chars().count(), 1, "{language} [{name}]: `{entry}` is not one letter");
                    }
                    if name != "rules" {
                        assert_eq!(crate::span::lowercase(entry), entry, "{language} [{name}]: `{entry}` is not lower case");
                    }
                }
            }
            for entry in language.lexicon().sentences.get("rules") {
                assert!(["ordinal-numbers", "ordinal-years"].contains(entry), "{language}: an unknown switch in [rules]: {entry}");
            }
        }
    }
}
