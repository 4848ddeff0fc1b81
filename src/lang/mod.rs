//! Languages: everything Abridge knows about one language lives in that language's folder, and this
//! module is the registry that lists them.
//!
//! A language is a folder `src/lang/<tag>/` (the BCP 47 primary tag) holding a `mod.rs` with one
//! [`LanguageData`] — its tag, name and Snowball stemmer — and plain-text data files that the stages
//! read through [`Language`]: `stopwords.txt` (words that carry no topic, and in an `[elided]` section
//! the short forms written with an apostrophe before the next word, French "l'"), `generic.txt` (words
//! too common in news prose to be keywords, and `[rules]` switches: `nouns-capitalized`, where a word
//! capitalized only at a sentence's start is no keyword, and `syllables`, where a syllable keyword is the
//! word of two syllables it is most bound to), `sentences.txt` (sentence rules, read by
//! `segment`: `[abbreviations]` that never end a sentence, `[abbreviations-before-numbers]`,
//! `[abbreviations-may-end]` before a word that starts sentences, `[rules]` switches such as
//! `ordinal-numbers`, and `[word-final-letters]`; English's file header explains each) and
//! `furniture.txt` (the site furniture vocabulary that `clean` recognises: captions and credits, "Read
//! more", share rows, bylines, menus, the headers of readers' comments). The data files share one
//! format ([`sections`]): `# comment` lines, `[section]` headers, one entry a line. The build script
//! (`build.rs`) copies them without their comment lines, and `data_file!` includes the copies, so the
//! comments document the data without costing the `.wasm` a byte. Adding a language is a new folder,
//! one line in [`REGISTRY`], and a test. The data is parsed once, on first use, into a [`Lexicon`].
//!
//! `und` ("undetermined", BCP 47) is the language-neutral fallback: no stopwords, no stemmer, Unicode's
//! own word rules and `segment`'s script rules (every script's terminators, Armenian's ":"), without
//! any language's abbreviations. Text in a language that is not on the list is summarized with it.

/// A data file of `src/lang/` (path relative to it), as `build.rs` copied it: comment and blank lines
/// dropped, the entries unchanged.
macro_rules! data_file {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lang/", $path))
    };
}

mod detect;
mod en;
mod und;
mod ar;
mod cs;
mod da;
mod de;
mod el;
mod es;
mod fi;
mod fr;
mod hi;
mod hu;
mod id;
mod it;
mod ja;
mod ko;
mod nl;
mod no;
mod pl;
mod pt;
mod ro;
mod ru;
mod sk;
mod sv;
mod th;
mod tr;
mod uk;
mod vi;
mod zh;

pub use detect::detect;

use crate::error::Error;
use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

/// A Snowball stemmer: a lower-case word's stem (borrowed when the word is its own stem).
pub type Stem = for<'a> fn(&'a str) -> Cow<'a, str>;

/// What one language folder declares.
pub(crate) struct LanguageData {
    /// BCP 47 primary language tag: "en", "de", "zh".
    pub tag: &'static str,
    /// The language's English name, for messages and the page's language menu.
    pub name: &'static str,
    /// Its name in the language itself ("Deutsch"), for the page's menu.
    pub native_name: &'static str,
    /// The Snowball stemmer, where `rust-stemmers` (or, for Indonesian, `waken_snowball`) has one: a
    /// function that stems a lower-case word, each language's naming its algorithm as a constant.
    /// `Stemmer::create` matches on every algorithm the crate has, so one call with an algorithm known
    /// only at run time would link them all into the `.wasm` (Tamil's among them, which no language
    /// here uses).
    pub stemmer: Option<Stem>,
    /// The data files (see the module documentation); "" where a language has none.
    pub stopwords: &'static str,
    pub generic: &'static str,
    pub sentences: &'static str,
    pub furniture: &'static str,
}

/// Every language, `und` first. The order is the page's menu order after `und`; indices are [`Language`]s.
const REGISTRY: [&LanguageData; 29] = [
    &und::DATA, &en::DATA, &de::DATA, &fr::DATA, &es::DATA, &it::DATA, &pt::DATA, &nl::DATA, &da::DATA,
    &sv::DATA, &no::DATA, &fi::DATA, &hu::DATA, &ro::DATA, &el::DATA, &ru::DATA, &uk::DATA, &pl::DATA,
    &cs::DATA, &sk::DATA, &tr::DATA, &ar::DATA, &hi::DATA, &id::DATA, &vi::DATA, &zh::DATA, &ja::DATA, &ko::DATA,
    &th::DATA,
];

/// How many languages the registry holds, `und` included: the size of per-language caches.
pub(crate) const COUNT: usize = REGISTRY.len();

/// A language Abridge knows: a small copyable handle to its data.
///
/// # Examples
/// ```
/// use abridge::Language;
/// let english = Language::from_tag("en").unwrap();
/// assert_eq!(english.tag(), "en");
/// assert_eq!(english.name(), "English");
/// assert!(Language::from_tag("EN-GB").is_ok()); // case and region do not matter
/// assert!(Language::from_tag("tlh").unwrap_err().to_string().contains("en"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(u8);

impl Language {
    /// Undetermined (BCP 47 `und`): language-neutral rules.
    pub const UNDETERMINED: Language = Language(0);
    /// English.
    pub const ENGLISH: Language = Language(1);

    /// Every language Abridge supports, `und` excluded, in menu order.
    pub fn all() -> impl Iterator<Item = Language> {
        (1..REGISTRY.len()).map(|i| Language(i as u8))
    }

    /// The language of a BCP 47 tag: its primary subtag decides ("de-CH" is German), in any case.
    /// `und` is accepted. An unknown or malformed tag is an error that lists the supported ones.
    pub fn from_tag(tag: &str) -> Result<Language, Error> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        (0..REGISTRY.len())
            .find(|&i| REGISTRY[i].tag.eq_ignore_ascii_case(primary))
            .map(|i| Language(i as u8))
            .ok_or_else(|| {
                let known: Vec<&str> = Language::all().map(Language::tag).collect();
                Error::invalid_option(
                    "language",
                    format!("`{tag}` is not a supported language; the supported ones are {} (or und)", known.join(", ")),
                )
            })
    }

    /// The BCP 47 primary tag: "en".
    pub fn tag(self) -> &'static str {
        self.data().tag
    }

    /// The English name: "English".
    pub fn name(self) -> &'static str {
        self.data().name
    }

    /// The name in the language itself: "Deutsch".
    pub fn native_name(self) -> &'static str {
        self.data().native_name
    }

    /// Its place in the registry, below [`COUNT`]: an index for per-language caches.
    pub(crate) fn index(self) -> usize {
        usize::from(self.0)
    }

    pub(crate) fn data(self) -> &'static LanguageData {
        REGISTRY.get(usize::from(self.0)).copied().unwrap_or(&und::DATA)
    }

    pub(crate) fn stemmer(self) -> Option<Stem> {
        self.data().stemmer
    }

    /// The language's word lists, parsed on first use.
    pub(crate) fn lexicon(self) -> &'static Lexicon {
        static PARSED: [OnceLock<Lexicon>; REGISTRY.len()] = [const { OnceLock::new() }; REGISTRY.len()];
        PARSED[usize::from(self.0) % REGISTRY.len()].get_or_init(|| Lexicon::parse(self.data()))
    }

    /// Whether a lower-case word carries no topic in this language.
    pub fn is_stopword(self, lower: &str) -> bool {
        self.lexicon().stopwords.contains(lower)
    }
}

impl Default for Language {
    /// `und`: a language is chosen or detected, never assumed.
    fn default() -> Language {
        Language::UNDETERMINED
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language's data files, parsed: sets for lookups, lists where order or prefixes matter.
pub(crate) struct Lexicon {
    pub stopwords: FxHashSet<&'static str>,
    /// `stopwords.txt`'s `[elided]` section: short forms written with an apostrophe before the next
    /// word (French "l'", "qu'", Italian "dell'"), which `tokenize` takes off it ("l'armée" is "armée").
    pub elided: Vec<&'static str>,
    /// `stopwords.txt`'s `[particles]` section: particles written joined to the end of the word before
    /// them (Korean "정부가", "정부는" are "정부"), which `tokenize` takes off it.
    pub particles: Vec<&'static str>,
    /// `stopwords.txt`'s `[suffixes]` section, where the language has no Snowball stemmer: its commonest
    /// endings, which `tokenize` takes off a word for its term, the longest first (a light stemmer:
    /// Czech "ženy", "ženou" are the term "žen").
    pub suffixes: Vec<&'static str>,
    /// `stopwords.txt`'s `[fold]` section: a letter and the letter it is read as before the suffixes
    /// come off (Greek's accented vowels and final sigma: "ανθρώπων" is "ανθρωπων").
    pub fold: Vec<&'static str>,
    /// `generic.txt`'s words and `stopwords.txt`'s `[function-words]`: no keyword, though they count in
    /// the scoring.
    pub generic: FxHashSet<&'static str>,
    /// `generic.txt`'s `[rules]` switch `nouns-capitalized`: the language writes every noun capitalized
    /// (German), so a word never capitalized but where it opens a sentence is no keyword.
    pub nouns_capitalized: bool,
    /// `generic.txt`'s `[rules]` switch `syllables`: the language writes its words as syllables apart by
    /// spaces (Vietnamese), so a syllable keyword is the two-syllable word it is most bound to.
    pub syllables: bool,
    /// `sentences.txt`, by section (read by `segment`).
    pub sentences: Sections,
    /// `furniture.txt`, by section (read by `clean`).
    pub furniture: Sections,
}

impl Lexicon {
    fn parse(data: &'static LanguageData) -> Lexicon {
        // The stopwords are the file's entries before any section header.
        let stopwords = Sections::parse(data.stopwords);
        let generic = Sections::parse(data.generic);
        Lexicon {
            stopwords: stopwords.get("").iter().copied().collect(),
            elided: stopwords.get("elided").to_vec(),
            particles: stopwords.get("particles").to_vec(),
            suffixes: stopwords.get("suffixes").to_vec(),
            fold: stopwords.get("fold").to_vec(),
            // The function words past the stopwords' cut are no keyword either.
            generic: generic.get("").iter().chain(stopwords.get("function-words")).copied().collect(),
            nouns_capitalized: generic.get("rules").contains(&"nouns-capitalized"),
            syllables: generic.get("rules").contains(&"syllables"),
            sentences: Sections::parse(data.sentences),
            furniture: Sections::parse(data.furniture),
        }
    }
}

/// A data file's sections by name, each a list of entries in file order.
#[derive(Default)]
pub(crate) struct Sections(Vec<(&'static str, Vec<&'static str>)>);

impl Sections {
    fn parse(file: &'static str) -> Sections {
        let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for (name, entries) in sections(file) {
            match out.iter_mut().find(|(n, _)| *n == name) {
                Some((_, list)) => list.extend(entries),
                None => out.push((name, entries.collect())),
            }
        }
        Sections(out)
    }

    /// The entries of a section; none when the file has no such section. Kept out of line: the
    /// furniture vocabulary alone looks up 19 sections, and each inlined lookup is a loop of its own in
    /// the `.wasm`.
    #[inline(never)]
    pub fn get(&self, name: &str) -> &[&'static str] {
        self.0.iter().find(|(n, _)| *n == name).map_or(&[], |(_, entries)| entries.as_slice())
    }
}

/// The sections of a data file: `[name]` headers, each followed by its entries, one a line, trimmed;
/// blank lines and lines starting with `#` are skipped. Entries before any header belong to the
/// section "". A literal `#` or `[` at the start of an entry is written `\#`, `\[`. Kept out of line:
/// its two callers' inlined copies cost the `.wasm` 23 bytes more (gzip).
///
/// # Examples (crate-internal)
/// `"# menu words\n[navigation]\nhome\nnews\n"` has one section, `navigation`, with `home` and `news`.
#[inline(never)]
pub(crate) fn sections(file: &'static str) -> impl Iterator<Item = (&'static str, impl Iterator<Item = &'static str>)> {
    let mut lines = file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).peekable();
    let mut first = true;
    std::iter::from_fn(move || {
        let name = match lines.peek() {
            Some(l) if l.starts_with('[') && l.ends_with(']') => {
                let name = &l[1..l.len() - 1];
                lines.next();
                name
            }
            Some(_) if first => "",
            Some(_) => return None, // unreachable: entries are consumed with their section
            None => return None,
        };
        first = false;
        let mut entries = Vec::new();
        while let Some(l) = lines.peek() {
            if l.starts_with('[') && l.ends_with(']') {
                break;
            }
            entries.push(l.strip_prefix('\\').unwrap_or(l));
            lines.next();
        }
        Some((name, entries.into_iter()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_starts_with_und_then_english_and_tags_are_unique() {
        assert_eq!(REGISTRY[0].tag, "und");
        assert_eq!(Language::ENGLISH.tag(), "en");
        let mut tags: Vec<&str> = REGISTRY.iter().map(|d| d.tag).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), REGISTRY.len());
    }

    #[test]
    fn tags_are_matched_by_primary_subtag_in_any_case() {
        for tag in ["en", "EN", "en-GB", "en_US", " en "] {
            assert_eq!(Language::from_tag(tag).unwrap(), Language::ENGLISH, "{tag}");
        }
        assert_eq!(Language::from_tag("und").unwrap(), Language::UNDETERMINED);
        for bad in ["", "xx", "english", "-en"] {
            let message = Language::from_tag(bad).unwrap_err().to_string();
            assert!(message.contains("`language`") && message.contains("en"), "{bad}: {message}");
        }
    }

    #[test]
    fn data_files_parse_into_sections() {
        let file = "# comment\nloose\n[a]\none\n  two  \n\n[b]\n\\#hash\n[a]\nthree\n";
        let got: Vec<(&str, Vec<&str>)> = sections(file).map(|(n, e)| (n, e.collect())).collect();
        assert_eq!(got, [("", vec!["loose"]), ("a", vec!["one", "two"]), ("b", vec!["#hash"]), ("a", vec!["three"])]);
        let parsed = Sections::parse(file);
        assert_eq!(parsed.get("a"), ["one", "two", "three"]);
        assert!(parsed.get("missing").is_empty());
    }

    #[test]
    fn every_language_has_lower_case_unique_stopwords() {
        for language in Language::all() {
            let data = language.data();
            let words: Vec<&str> =
                sections(data.stopwords).filter(|&(name, _)| name.is_empty()).flat_map(|(_, e)| e).collect();
            for w in words.iter().chain(&language.lexicon().elided).chain(&language.lexicon().particles).chain(&language.lexicon().suffixes) {
                assert_eq!(crate::span::lowercase(w), *w, "{}: {w}", data.tag);
            }
            assert_eq!(language.lexicon().stopwords.len(), words.len(), "{}: a stopword twice", data.tag);
            for pair in &language.lexicon().fold {
                assert_eq!(pair.chars().count(), 2, "{}: a [fold] entry is a letter and the letter it becomes: {pair}", data.tag);
            }
        }
    }
}
