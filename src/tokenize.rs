//! Stage 3, tokenize: the content words of each sentence as stemmed term ids.
//!
//! Words are UAX #29 words (`unicode-segmentation`), case-folded, with typographic apostrophes and
//! zero-width characters normalized away, an elided article taken off ("l'armée" is "armée") and a
//! particle written joined to its noun too (Korean "정부가" is "정부");
//! stopwords are dropped and the rest stemmed with the Snowball stemmer (`rust-stemmers`) so that
//! "summit" and "summits" are one term; a language Snowball lacks takes its commonest endings off
//! instead (the `[suffixes]` of its `stopwords.txt`: Czech, Slovak, Polish, Ukrainian, Greek, Hindi; Greek's
//! letters are first read without their accents, the `[fold]` of its file). Each
//! distinct surface form is looked up once and cached: a novel has about 200,000 words but only some
//! 15,000 distinct forms, and stemming is the costly step.
//! Every content word keeps its byte span, which is how keywords are highlighted where they occur.

use crate::scan::{class, DIGIT, JOINER, LETTER, UNDERSCORE};
use crate::span::{find_str, has_two_chars, is_caseless, is_letter_or_digit, is_unspaced, is_zero_width, unspaced_class, Span, Unspaced};
use crate::lang::Language;
use crate::lang::{Lexicon, Stem};
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Index of a term (a stem) in the [`Vocabulary`].
pub type TermId = u32;

/// The terms, one per stem, and how they were written. (The stems themselves are kept only while
/// `tokenize` runs, as the keys of its stem-to-term map: nothing later reads them.)
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    /// Where the term's most frequent surface form first occurs: its display form ("Putin", "summit").
    pub display: Vec<Span>,
    /// How many times the term occurs.
    pub count: Vec<u32>,
    /// How many of those occurrences are capitalized and not the first word of a sentence: names.
    pub capitalized: Vec<u32>,
    /// Whether the term is a number ("2011", "34"): a term for similarity, never a keyword.
    pub numeric: Vec<bool>,
}

impl Vocabulary {
    pub fn len(&self) -> usize {
        self.count.len()
    }

    pub fn is_empty(&self) -> bool {
        self.count.is_empty()
    }
}

/// The content words of all sentences, flattened: sentence `i`'s words are `terms[ranges[i]]` and their
/// spans `spans[ranges[i]]`.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub terms: Vec<TermId>,
    pub spans: Vec<Span>,
    pub ranges: Vec<Range<usize>>,
    /// Every word of each sentence, stopwords included: the "words in / words out" figures.
    pub word_counts: Vec<usize>,
    /// The content terms of the title, if one was given.
    pub title_terms: Vec<TermId>,
    /// The language whose stopwords and stemmer made the terms.
    pub language: Language,
    pub vocabulary: Vocabulary,
}

impl Tokens {
    /// The term ids of sentence `i`, in order, repeats included.
    pub fn sentence_terms(&self, i: usize) -> &[TermId] {
        &self.terms[self.ranges[i].clone()]
    }
}

/// What the cache keeps for a surface form, counted where the lookup already is. (Where the form first
/// occurs is its key: the slice of the text it was first seen as.)
struct FormCount {
    /// The form's term, or [`STOPWORD`].
    term: TermId,
    /// Whether the form starts with a capital letter.
    upper: bool,
    count: u32,
    /// Occurrences that are capitalized and do not open their sentence.
    capitalized: u32,
}

/// [`FormCount::term`] of a stopword (and of a single letter): no term.
const STOPWORD: TermId = TermId::MAX;

/// Tokenizes each sentence of `text`.
///
/// # Examples
/// ```
/// use abridge::{tokenize::tokenize, Language, Span};
/// let text = "The summits were held. A summit is held.";
/// let tokens = tokenize(text, &[Span::new(0, 22), Span::new(23, 40)], Language::ENGLISH);
/// assert_eq!(tokens.word_counts, [4, 4]);
/// // "summits" and "summit" are one term; "held" is one term; stopwords are gone.
/// assert_eq!(tokens.sentence_terms(0), tokens.sentence_terms(1));
/// ```
pub fn tokenize(text: &str, sentences: &[Span], language: Language) -> Tokens {
    tokenize_with_title(text, sentences, None, language)
}

/// Like [`tokenize`], and also gives the terms of `title` (which need not be part of `text`) in
/// [`Tokens::title_terms`], with the same term ids.
pub fn tokenize_with_title<'a>(text: &'a str, sentences: &[Span], title: Option<&'a str>, language: Language) -> Tokens {
    let stemmer = language.stemmer();
    let stop_characters = StopCharacters::of(language);
    let elided = language.lexicon().elided.as_slice();
    let particles = language.lexicon().particles.as_slice();
    // Most languages cut neither (English, German): their words skip the call, which is paid on every
    // word of a long text.
    let cuts_words = !elided.is_empty() || !particles.is_empty();
    // Surface form → its term and counts: one hash lookup per word, for the stemming cache and the
    // display-form counts alike.
    let mut cache: FxHashMap<&'a str, FormCount> = FxHashMap::default();
    let mut stem_ids: FxHashMap<String, TermId> = FxHashMap::default();
    let mut tokens = Tokens { language, ..Tokens::default() };
    // About one content word in six or seven bytes of English news (one in twelve of a novel) and one
    // character pair in five or six bytes of Chinese: reserving for one in five spares the largest
    // vectors their regrowth (and a copy of each, faulted into fresh pages) on long texts.
    let content_words_estimate = sentences.iter().map(|s| s.len()).sum::<usize>() / 5;
    tokens.terms.reserve(content_words_estimate);
    tokens.spans.reserve(content_words_estimate);
    tokens.ranges.reserve(sentences.len());
    tokens.word_counts.reserve(sentences.len());
    let vocabulary = &mut tokens.vocabulary;
    let mut normalized = String::new();

    for sentence in sentences {
        let start = tokens.terms.len();
        let mut words = 0;
        let source = sentence.slice(text);
        // A zero-width space is a word break to UAX #29, but web pages put them inside words as line
        // break hints. The word joiner U+2060 is as long in UTF-8 and ignored inside words (WB4), so
        // swapping it in keeps every offset and joins the word.
        let ascii = source.is_ascii(); // then it has no zero-width space either
        // (Looked for by its bytes, `find_str`: `contains` with a character of several bytes builds a
        // substring searcher for each sentence.)
        let joined: std::borrow::Cow<str> = if !ascii && find_str(source, "\u{200B}").is_some() {
            source.replace('\u{200B}', "\u{2060}").into()
        } else {
            source.into()
        };
        let words_of = if ascii {
            Words::Ascii(ascii_words(&joined))
        } else if joined.chars().any(is_unspaced) {
            let (pieces, counted) = unspaced_pieces(&joined, &stop_characters);
            words = counted;
            Words::Unspaced(pieces.into_iter())
        } else {
            Words::Unicode(joined.unicode_word_indices())
        };
        let counting = !matches!(words_of, Words::Unspaced(_));
        for (offset, len) in words_of {
            words += usize::from(counting);
            let (offset, len) = if cuts_words {
                let (offset, piece) = term_piece(offset, joined.get(offset..offset + len).unwrap_or_default(), elided, particles);
                (offset, piece.len())
            } else {
                (offset, len)
            };
            let span = Span::new(sentence.start + offset, sentence.start + offset + len);
            let word = span.slice(text);
            let form = match cache.entry(word) {
                Entry::Occupied(known) => known.into_mut(),
                Entry::Vacant(new) => {
                    normalize_word(word, &mut normalized);
                    let term = if is_content_word(&normalized, language) {
                        intern(&mut stem_ids, vocabulary, stemmer, language.lexicon(), &normalized, span)
                    } else {
                        STOPWORD
                    };
                    let upper = word.chars().next().is_some_and(char::is_uppercase);
                    new.insert(FormCount { term, upper, count: 0, capitalized: 0 })
                }
            };
            if form.term != STOPWORD {
                form.count += 1;
                form.capitalized += u32::from(offset > 0 && form.upper);
                tokens.terms.push(form.term);
                tokens.spans.push(span);
            }
        }
        tokens.ranges.push(start..tokens.terms.len());
        tokens.word_counts.push(words);
    }

    // The title's terms share the ids; a title word the article never uses becomes a term of count 0
    // (never a keyword: it does not occur).
    for word in title_words(title.unwrap_or(""), &stop_characters) {
        // A title's word is cut as the text's are, so that "L'armée" there is "armée" here, and "정부가" is "정부".
        normalize_word(term_piece(0, word, elided, particles).1, &mut normalized);
        if is_content_word(&normalized, language) {
            let id = intern(&mut stem_ids, vocabulary, stemmer, language.lexicon(), &normalized, Span::default());
            tokens.title_terms.push(id);
        }
    }

    // Each term's counts are its forms' counts; it is displayed as its most frequent surface form,
    // ties going to the one seen first (so the order the cache is read in does not matter).
    let mut best: Vec<(u32, usize)> = vec![(0, usize::MAX); vocabulary.len()];
    for (form, counted) in &cache {
        let Some(b) = best.get_mut(counted.term as usize) else { continue };
        let term = counted.term as usize;
        vocabulary.count[term] += counted.count;
        vocabulary.capitalized[term] += counted.capitalized;
        // The key is the form's first occurrence, sliced from the text: its offset is where it starts.
        let start = form.as_ptr() as usize - text.as_ptr() as usize;
        if counted.count > 0 && (counted.count > b.0 || (counted.count == b.0 && start < b.1)) {
            *b = (counted.count, start);
            vocabulary.display[term] = Span::new(start, start + form.len());
        }
    }
    tokens
}

/// The words of a sentence, from whichever segmenter fits it, as their offsets and lengths in bytes: the
/// word itself is sliced from the text once, for the cache's key.
enum Words<'a, A, U> {
    Ascii(A),
    Unicode(U),
    Unspaced(std::vec::IntoIter<(usize, &'a str)>),
}

impl<'a, A: Iterator<Item = (usize, usize)>, U: Iterator<Item = (usize, &'a str)>> Iterator for Words<'a, A, U> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Words::Ascii(words) => words.next(),
            Words::Unicode(words) => words.next().map(|(offset, word)| (offset, word.len())),
            Words::Unspaced(words) => words.next().map(|(offset, word)| (offset, word.len())),
        }
    }
}

/// The words of a title as its terms are made of them: in a text with characters of a script written
/// without spaces, the pieces of [`unspaced_pieces`] ("宇航员在太空中" gives "宇航", "航员", "员在" …,
/// cut at stop characters); elsewhere UAX #29 words. `clean` compares headline candidates with the
/// article through them too.
pub(crate) fn title_words<'a>(title: &'a str, stop_characters: &StopCharacters) -> Vec<&'a str> {
    if title.chars().any(is_unspaced) {
        unspaced_pieces(title, stop_characters).0.into_iter().map(|(_, piece)| piece).collect()
    } else {
        title.unicode_words().collect()
    }
}

/// The term pieces of a text with characters of scripts written without spaces, and how many words
/// it counts: each Han character counts as a word (as Chinese counts 字), each run of Thai, Lao, Khmer
/// or Myanmar as a word per four code points (their vowel and tone marks are code points of their own:
/// "เศรษฐกิจ", economy, is eight), each kana run and each word of the spaced text between them as one.
/// The same pieces natively and in the `.wasm`: no dictionary, no browser segmenter.
fn unspaced_pieces<'a>(text: &'a str, stop_characters: &StopCharacters) -> (Vec<(usize, &'a str)>, usize) {
    // A piece per character of Han (three bytes), at most: reserved, the vector is never regrown.
    let mut pieces = Vec::with_capacity(text.len() / 3 + 1);
    let mut words = 0;
    let mut chars = text.char_indices();
    let mut next_run = chars.next();
    // Each run of characters of one class, each character's class looked up once.
    while let Some((start, first)) = next_run {
        let class = unspaced_class(first);
        let mut end = start + first.len_utf8();
        next_run = None;
        for (at, c) in chars.by_ref() {
            if unspaced_class(c) != class {
                next_run = Some((at, c));
                break;
            }
            end = at + c.len_utf8();
        }
        let run = &text[start..end];
        match class {
            // Between Chinese characters this is mostly a punctuation mark, which holds no word.
            None if !run.chars().any(is_letter_or_digit) => {}
            None => {
                for (offset, word) in run.unicode_word_indices() {
                    pieces.push((start + offset, word));
                    words += 1;
                }
            }
            Some(Unspaced::Hiragana) => words += 1,
            Some(Unspaced::Katakana) => {
                pieces.push((start, run));
                words += 1;
            }
            Some(Unspaced::Han | Unspaced::Brahmic) => {
                // Cut at one-character stopwords, and pair the characters between them as they come:
                // overlapping pairs, and a character alone where it stands alone.
                let mut previous: Option<usize> = None; // where the piece's last character starts
                let mut alone = false; // the piece so far is that one character
                let mut characters = 0usize;
                for (offset, c) in run.char_indices() {
                    characters += 1;
                    let at = start + offset;
                    if stop_characters.contains(c) {
                        if let Some(p) = previous.filter(|_| alone) {
                            pieces.push((p, &text[p..at]));
                        }
                        previous = None;
                        continue;
                    }
                    alone = previous.is_none();
                    if let Some(p) = previous {
                        pieces.push((p, &text[p..at + c.len_utf8()]));
                    }
                    previous = Some(at);
                }
                if let Some(p) = previous.filter(|_| alone) {
                    pieces.push((p, &text[p..end]));
                }
                words += if class == Some(Unspaced::Han) { characters } else { characters.div_ceil(4) };
            }
        }
    }
    (pieces, words)
}

/// The language's stopwords of one character: where runs of Han characters are cut. A character of a
/// Chinese text is looked up in a 4,096-bit filter (its code point's low bits) and only on a hit in the
/// short sorted list: the filter alone tells almost every character apart (with 256 bits one in five
/// went on to the search).
pub(crate) struct StopCharacters {
    /// Held as `u32` code points, not `char`s: the `.wasm` then shares one instance of the sort with
    /// the other integer sorts.
    sorted: Vec<u32>,
    filter: [u64; 64],
}

impl StopCharacters {
    pub(crate) fn of(language: Language) -> StopCharacters {
        let mut sorted: Vec<u32> = language
            .lexicon()
            .stopwords
            .iter()
            .filter_map(|w| {
                let mut chars = w.chars();
                chars.next().filter(|_| chars.next().is_none()).map(u32::from)
            })
            .collect();
        sorted.sort_unstable();
        let mut filter = [0; 64];
        for &c in &sorted {
            filter[(c as usize >> 6) & 63] |= 1 << (c & 63);
        }
        StopCharacters { sorted, filter }
    }

    fn contains(&self, c: char) -> bool {
        let c = u32::from(c);
        self.filter[(c as usize >> 6) & 63] & (1 << (c & 63)) != 0 && self.sorted.binary_search(&c).is_ok()
    }
}

/// `unicode_word_indices` for ASCII text, inlined: the crate's own ASCII rules (a run of letters, digits
/// and underscores, joined across `'`, `.` and `:` between letters and across `.`, `,`, `;` and `'`
/// between digits), keeping the runs that hold a letter or digit, as their offsets and lengths. A property
/// test checks it against the crate.
fn ascii_words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let joins = |prev: u8, b: u8, next: u8| match b {
        b'.' | b',' | b';' | b'\'' if class(prev) & class(next) & DIGIT != 0 => true,
        b'\'' | b'.' | b':' => class(prev) & class(next) & LETTER != 0,
        _ => false,
    };
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let start = at + bytes.get(at..)?.iter().position(|&b| class(b) & CORE != 0)?;
        let mut end = start + 1;
        let mut seen = bytes.get(start).map_or(0, |&b| class(b));
        while let Some(&b) = bytes.get(end) {
            let c = class(b);
            if c & CORE != 0 {
                seen |= c;
            } else if c & JOINER == 0 // a space or other punctuation: the common end of a word
                || !matches!((bytes.get(end - 1), bytes.get(end + 1)), (Some(&p), Some(&n)) if joins(p, b, n))
            {
                break;
            }
            end += 1;
        }
        at = end;
        if seen & (LETTER | DIGIT) != 0 {
            return Some((start, end - start));
        }
    })
}

/// A word without the elided short form it is written with ("l'armée", "qu'il", Italian "dell'anno"),
/// when the language's `[elided]` list holds that form: the word a reader sees, "armée", at its own
/// offset. The short form is a function word; as part of the word it made "l'armée" and "armée" two
/// terms and offered "qu'il" and "d'un" as keywords.
fn without_elided<'a>(offset: usize, word: &'a str, elided: &[&str]) -> (usize, &'a str) {
    if elided.is_empty() {
        return (offset, word);
    }
    let Some((at, apostrophe)) = word.char_indices().find(|&(_, c)| matches!(c, '\'' | '’' | 'ʼ')) else {
        return (offset, word);
    };
    let after = at + apostrophe.len_utf8();
    if after < word.len() && elided.iter().any(|form| form.eq_ignore_ascii_case(&word[..at])) {
        (offset + after, &word[after..])
    } else {
        (offset, word)
    }
}

/// The part of a word (at `offset`) that makes its term, with its offset: without an elided article
/// before it ("l'armée") or a particle joined to its end ("정부가"). The text's words and the title's
/// both go through here, so that the two are cut alike.
fn term_piece<'a>(offset: usize, word: &'a str, elided: &[&str], particles: &[&str]) -> (usize, &'a str) {
    let (offset, word) = without_elided(offset, word, elided);
    (offset, without_ending(word, particles))
}

/// A word without the longest of `endings` it ends in, when [`STEM_MIN_BYTES`] are left. The endings are
/// a language's particles written joined to the end of the word (Korean "정부가", "정부는", "정부의",
/// Indonesian "pemerintahnya"; taken off the word itself), or where it has no Snowball stemmer its
/// commonest inflectional endings (Czech "ženy", "ženou"; taken off the term only). Each form of a noun
/// was a term of its own, so a Korean article's nouns seldom recurred as one and its keywords were its
/// commonest verb endings.
fn without_ending<'a>(word: &'a str, endings: &[&str]) -> &'a str {
    let longest = endings.iter().filter(|e| word.len() >= e.len() + STEM_MIN_BYTES && word.ends_with(*e)).map(|e| e.len()).max();
    longest.map_or(word, |len| &word[..word.len() - len])
}

/// What an ending leaves of its word at the least: a Hangul syllable or a Devanagari letter (three bytes
/// in UTF-8: "시는" is "시"), or three Latin letters (Indonesian "hanya", "only", is no "ha" and "-nya").
/// For the endings of Czech, Slovak, Polish and Ukrainian, two bytes measured no better on the treebanks
/// (Polish 0.018 F1 worse, the others within 0.005: docs/languages.md).
const STEM_MIN_BYTES: usize = 3;

/// Letters, digits and the underscore: what words are made of.
const CORE: u8 = LETTER | DIGIT | UNDERSCORE;

/// Single letters and stopwords carry no topic.
fn is_content_word(normalized: &str, language: Language) -> bool {
    has_two_chars(normalized) && !language.is_stopword(normalized)
}

/// The term id of a normalized word's stem, adding the term to the vocabulary when it is new. Without a
/// Snowball stemmer, the stem is the word with the letters of the language's `[fold]` list folded and
/// then the longest of its `[suffixes]` taken off.
fn intern(
    stem_ids: &mut FxHashMap<String, TermId>,
    vocabulary: &mut Vocabulary,
    stemmer: Option<Stem>,
    lexicon: &Lexicon,
    normalized: &str,
    first_seen: Span,
) -> TermId {
    // A language without a Snowball stemmer may list its endings instead: the longest goes, as a
    // particle does, but from the term only (the word is still shown as written). Greek's accent moves
    // as a word inflects ("άνθρωπος", "ανθρώπων") and its final sigma is another letter: folded first,
    // the forms share a stem.
    let (fold, suffixes) = (&lexicon.fold, &lexicon.suffixes);
    let stem = match stemmer {
        Some(stem) => stem(normalized),
        None if fold.is_empty() => std::borrow::Cow::Borrowed(without_ending(normalized, suffixes)),
        None => {
            let folded: String = normalized.chars().map(|c| fold.iter().find_map(|pair| pair.strip_prefix(c)).and_then(|to| to.chars().next()).unwrap_or(c)).collect();
            std::borrow::Cow::Owned(without_ending(&folded, suffixes).to_owned())
        }
    };
    if let Some(&id) = stem_ids.get(stem.as_ref()) {
        return id;
    }
    let id = vocabulary.len() as TermId;
    stem_ids.insert(stem.into_owned(), id);
    vocabulary.display.push(first_seen);
    vocabulary.count.push(0);
    vocabulary.capitalized.push(0);
    vocabulary.numeric.push(!normalized.chars().any(char::is_alphabetic));
    id
}

/// Lower-cases `word` into `out`, with typographic apostrophes made plain, zero-width characters
/// dropped and a possessive "'s" removed (the stemmer only knows the ASCII apostrophe).
fn normalize_word(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        normalize_chars(word, out);
    }
    if out.ends_with("'s") && out.len() > 2 {
        out.truncate(out.len() - 2);
    }
    while out.ends_with('\'') {
        out.pop();
    }
}

/// [`normalize_word`]'s character mapping for words that are not ASCII.
fn normalize_chars(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '’' | '‘' | 'ʼ' | '′' => out.push('\''),
            c if is_zero_width(c) => {}
            c if is_caseless(c) => out.push(c), // a Chinese word: no search of the case table
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Tokens of sentences given one by one (joined with spaces), for the tests of the later stages.
#[cfg(test)]
pub(crate) fn tokenize_sentences(sentences: &[&str]) -> Tokens {
    let text = sentences.join(" ");
    let mut spans = Vec::new();
    let mut at = 0;
    for s in sentences {
        spans.push(Span::new(at, at + s.len()));
        at += s.len() + 1;
    }
    tokenize(&text, &spans, Language::ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stem of each content word of `text`, as its term's display form stems.
    fn stems(text: &str) -> Vec<String> {
        let t = tokenize(text, &[Span::new(0, text.len())], Language::ENGLISH);
        let stemmer = Language::ENGLISH.stemmer().unwrap();
        let mut normalized = String::new();
        t.terms.iter().map(|&id| {
            normalize_word(t.vocabulary.display[id as usize].slice(text), &mut normalized);
            stemmer(&normalized).into_owned()
        }).collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn ascii_words_are_the_crates(text in "([a-zA-Z]{1,3}|[0-9]{1,2}|[.,;:'_\"\\- \t\r\n]|[\\x00-\\x7F]){0,30}") {
            let got: Vec<(usize, &str)> = ascii_words(&text).map(|(offset, len)| (offset, &text[offset..offset + len])).collect();
            let expected: Vec<(usize, &str)> = text.unicode_word_indices().collect();
            proptest::prop_assert_eq!(got, expected);
        }

        #[test]
        fn unspaced_pieces_are_the_plain_definitions(text in "([一二三的了是中国人]|[あいカタ]|[กขค]|[a-zA-Z0-9]{1,3}|[，。、 .]){0,24}") {
            // Chinese's stop characters include 的, 了 and 是.
            let chinese = Language::from_tag("zh").unwrap();
            let stops = StopCharacters::of(chinese);
            proptest::prop_assert_eq!(unspaced_pieces(&text, &stops), plain_unspaced_pieces(&text, &stops.sorted));
        }
    }

    #[test]
    fn the_stop_character_filter_never_hides_one() {
        for language in Language::all() {
            let stops = StopCharacters::of(language);
            let every = ('\u{0}'..='\u{FFFF}').filter(|c| !c.is_ascii());
            for c in every {
                assert_eq!(stops.contains(c), stops.sorted.binary_search(&u32::from(c)).is_ok(), "{language}: {c}");
            }
        }
    }

    /// [`unspaced_pieces`] as its documentation defines it, one step after another: runs of one
    /// class; the words of the spaced runs; each katakana run whole; Han and Brahmic runs cut at the
    /// stop characters, each piece's overlapping pairs, or its one character.
    fn plain_unspaced_pieces<'a>(text: &'a str, stops: &[u32]) -> (Vec<(usize, &'a str)>, usize) {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let (mut pieces, mut words) = (Vec::new(), 0);
        let mut i = 0;
        while i < chars.len() {
            let class = unspaced_class(chars[i].1);
            let mut j = i;
            while j < chars.len() && unspaced_class(chars[j].1) == class {
                j += 1;
            }
            let (start, end) = (chars[i].0, chars.get(j).map_or(text.len(), |c| c.0));
            match class {
                None => {
                    for (offset, word) in text[start..end].unicode_word_indices() {
                        pieces.push((start + offset, word));
                        words += 1;
                    }
                }
                Some(Unspaced::Hiragana) => words += 1,
                Some(Unspaced::Katakana) => {
                    pieces.push((start, &text[start..end]));
                    words += 1;
                }
                Some(_) => {
                    words += if class == Some(Unspaced::Han) { j - i } else { (j - i).div_ceil(4) };
                    for piece in chars[i..j].split(|&(_, c)| stops.contains(&u32::from(c))) {
                        let end_of = |k: usize| piece.get(k).map_or_else(|| piece[k - 1].0 + piece[k - 1].1.len_utf8(), |c| c.0);
                        match piece.len() {
                            0 => {}
                            1 => pieces.push((piece[0].0, &text[piece[0].0..end_of(1)])),
                            n => pieces.extend((0..n - 1).map(|k| (piece[k].0, &text[piece[k].0..end_of(k + 2)]))),
                        }
                    }
                }
            }
            i = j;
        }
        (pieces, words)
    }

    #[test]
    fn named_tokenization_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("stopwords dropped", "The cat sat on the mat", &["cat", "sat", "mat"]),
            ("case folded", "Summit SUMMIT summit", &["summit", "summit", "summit"]),
            ("curly possessive", "Russia’s trade", &["russia", "trade"]),
            ("plain possessive", "Russia's trade", &["russia", "trade"]),
            ("contraction is a stopword", "don’t go", &["go"]),
            ("zero-width space inside a word", "sum\u{200B}mit", &["summit"]),
            ("numbers kept", "34 million dollars", &["34", "million", "dollar"]),
            ("PTB brackets dropped", "-lrb- cnn -rrb- reported", &["cnn", "report"]),
            ("single letters dropped", "plan b is x", &["plan"]),
        ];
        for (name, text, expected) in cases {
            assert_eq!(stems(text), *expected, "{name}");
        }
    }

    fn pieces<'a>(text: &'a str, tag: &str) -> (Vec<&'a str>, usize) {
        let language = Language::from_tag(tag).unwrap();
        let (pieces, words) = unspaced_pieces(text, &StopCharacters::of(language));
        for &(offset, piece) in &pieces {
            assert_eq!(&text[offset..offset + piece.len()], piece, "offsets point at the piece");
        }
        (pieces.into_iter().map(|(_, p)| p).collect(), words)
    }

    #[test]
    fn unspaced_scripts_become_character_pairs() {
        // Chinese: overlapping pairs; a lone character stands alone (and is later dropped as a term).
        assert_eq!(pieces("北京大学", "zh"), (vec!["北京", "京大", "大学"], 4));
        assert_eq!(pieces("猫", "zh"), (vec!["猫"], 1));
        // Japanese: kanji runs in pairs, hiragana dropped (counted as one word a run), katakana whole.
        assert_eq!(pieces("東京都はコンピューターを買った", "ja"), (vec!["東京", "京都", "コンピューター", "買"], 8));
        // Latin words inside keep their spaced treatment.
        assert_eq!(pieces("苹果iPhone发布", "zh"), (vec!["苹果", "iPhone", "发布"], 5));
        // Thai has no spaces between words either.
        assert_eq!(pieces("ประเทศ", "th").0.len(), 5);
    }

    #[test]
    fn chinese_sentences_about_the_same_thing_share_terms() {
        let text = "北京大学今天举行会议。会议在北京大学举行。";
        let zh = Language::from_tag("zh").unwrap();
        let t = tokenize(text, &[Span::new(0, 30), Span::new(30, text.len())], zh);
        let first: std::collections::HashSet<_> = t.sentence_terms(0).iter().collect();
        let shared = t.sentence_terms(1).iter().filter(|term| first.contains(term)).count();
        assert!(shared >= 4, "北京, 京大, 大学, 会议, 举行 are in both: {shared}");
    }

    #[test]
    fn an_elided_article_or_pronoun_is_not_part_of_the_word() {
        let words = |text: &str, tag: &str| -> Vec<String> {
            let t = tokenize(text, &[Span::new(0, text.len())], Language::from_tag(tag).unwrap());
            t.spans.iter().map(|s| s.slice(text).to_string()).collect()
        };
        // French: "l'armée" is "armée", "qu'il" and "d'un" are stopwords, "aujourd'hui" stays whole.
        assert_eq!(words("L'armée dit qu'il part d’un camp aujourd'hui. L’armée recule.", "fr"), ["armée", "dit", "part", "camp", "aujourd'hui", "armée", "recule"]);
        // Italian: "dell'anno", "un'altra".
        assert_eq!(words("La fine dell'anno e un'altra storia", "it"), ["fine", "anno", "altra", "storia"]);
        // English has no such list: "o'clock" and "O'Brien" stay whole.
        assert_eq!(words("O'Brien left at ten o'clock", "en"), ["O'Brien", "left", "ten", "o'clock"]);
        let text = "L'armée avance. L'armée recule. Armée fatiguée.";
        let t = tokenize(text, &[Span::new(0, text.len())], Language::from_tag("fr").unwrap());
        let armee = t.terms[0];
        assert_eq!(t.vocabulary.count[armee as usize], 3, "one term for \"l'armée\" and \"Armée\"");
        // A title's "L'armée" is the text's term too.
        let titled = tokenize_with_title(text, &[Span::new(0, text.len())], Some("L’armée fatiguée"), Language::from_tag("fr").unwrap());
        assert_eq!(titled.title_terms[0], titled.terms[0]);
    }

    #[test]
    fn a_language_without_a_snowball_stemmer_takes_its_endings_off_the_term_not_the_word() {
        // A noun's cases, Czech "žena", Polish "kobieta", Ukrainian "країна" ("woman", "country"), and
        // Hindi "लड़का" / "लड़के" / "लड़कों" ("boy"), are one term each; each word is still shown whole.
        // Greek "άνθρωπος" / "ανθρώπων" ("man") too, though the accent moves and the sigma changes.
        for (tag, text, forms) in [
            ("el", "Ο άνθρωπος ήρθε. Οι άνθρωποι τραγούδησαν. Η φωνή των ανθρώπων.", ["άνθρωπος", "άνθρωποι", "ανθρώπων"]),
            ("cs", "Žena přišla. Ženy zpívaly. Se ženou mluvil.", ["Žena", "Ženy", "ženou"]),
            ("pl", "Kobieta przyszła. Kobiety śpiewały. Widział kobietę.", ["Kobieta", "Kobiety", "kobietę"]),
            ("uk", "Країна росте. Країни співпрацюють. Люблю країну.", ["Країна", "Країни", "країну"]),
            ("hi", "लड़का आया। लड़के खेले। लड़कों ने गाया।", ["लड़का", "लड़के", "लड़कों"]),
        ] {
            let t = tokenize(text, &[Span::new(0, text.len())], Language::from_tag(tag).unwrap());
            let words: Vec<&str> = t.spans.iter().map(|s| s.slice(text)).collect();
            let terms: Vec<TermId> = forms.iter().map(|f| t.terms[words.iter().position(|w| w == f).unwrap()]).collect();
            assert!(terms.iter().all(|&term| term == terms[0]), "{tag}: {words:?}");
            // Other words stay terms of their own.
            assert!(t.terms.iter().filter(|&&term| term != terms[0]).count() >= 2, "{tag}: {words:?}");
        }
    }

    #[test]
    fn a_korean_or_indonesian_particle_is_not_part_of_the_noun() {
        let text = "정부가 발표했다. 정부는 계획을 세웠다. 정부의 계획에서는 노선이 바뀐다. 이 노선.";
        let t = tokenize(text, &[Span::new(0, text.len())], Language::from_tag("ko").unwrap());
        let words: Vec<&str> = t.spans.iter().map(|s| s.slice(text)).collect();
        // The longest particle goes ("에서는", not "는"), a word is never taken whole ("이" alone is a
        // stopword), and a verb's ending that is no particle stays.
        assert_eq!(words, ["정부", "발표했다", "정부", "계획", "세웠다", "정부", "계획", "노선", "바뀐다", "노선"]);
        assert_eq!(t.terms[0], t.terms[2]);
        assert_eq!(t.terms[3], t.terms[6]);
        assert_eq!(t.terms[7], t.terms[9]);
        // A title's word loses its particle too, and is the text's term.
        let title = tokenize_with_title(text, &[Span::new(0, text.len())], Some("정부가 노선을"), Language::from_tag("ko").unwrap());
        assert_eq!(title.title_terms, [title.terms[0], title.terms[7]]);
        // Indonesian's possessive "-nya": "pemerintahnya" is "pemerintah", but "hanya" keeps its letters.
        let text = "Pemerintahnya menolak. Pemerintah hanya diam.";
        let t = tokenize(text, &[Span::new(0, text.len())], Language::from_tag("id").unwrap());
        let words: Vec<&str> = t.spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(words[0], "Pemerintah");
        assert_eq!(t.terms[0], t.terms[words.iter().rposition(|w| *w == "Pemerintah").unwrap()]);
        // Other languages have no such list: French "Paris" keeps its final letters.
        let text = "Le maire de Paris.";
        let t = tokenize(text, &[Span::new(0, text.len())], Language::from_tag("fr").unwrap());
        assert_eq!(t.spans.iter().map(|s| s.slice(text)).collect::<Vec<_>>(), ["maire", "Paris"]);
    }

    /// Snowball's Indonesian stemmer takes a prefix off as well as a suffix: a verb, its passive and the
    /// noun made from it are one term; each word is still shown as written.
    #[test]
    fn indonesian_prefixes_come_off_the_term() {
        let text = "Kota membangun jembatan. Jembatan itu dibangun cepat. Pembangunan jembatan selesai.";
        let t = tokenize(text, &[Span::new(0, text.len())], Language::from_tag("id").unwrap());
        let words: Vec<&str> = t.spans.iter().map(|s| s.slice(text)).collect();
        let term = |w: &str| t.terms[words.iter().position(|x| *x == w).unwrap_or_else(|| panic!("{w}: {words:?}"))];
        assert_eq!(term("membangun"), term("dibangun"));
        assert_eq!(term("membangun"), term("Pembangunan"));
        assert_ne!(term("membangun"), term("jembatan"));
    }

    #[test]
    fn inflections_share_a_term_and_display_the_commonest_form() {
        let text = "Putin met Kim. Putin spoke. The meetings went on; a meeting ended.";
        let t = tokenize(text, &[Span::new(0, text.len())], Language::ENGLISH);
        let display: Vec<&str> = (0..t.vocabulary.len()).map(|i| t.vocabulary.display[i].slice(text)).collect();
        assert!(display.contains(&"Putin"));
        let meet = t.terms[t.spans.iter().position(|s| s.slice(text) == "meetings").unwrap()];
        let meeting = t.terms[t.spans.iter().position(|s| s.slice(text) == "meeting").unwrap()];
        assert_eq!(meet, meeting);
        assert_eq!(t.vocabulary.count[meet as usize], 2);
    }

    #[test]
    fn capitalized_counts_skip_sentence_openings() {
        let text = "Talks began. The talks with Putin ended.";
        let t = tokenize(text, &[Span::new(0, 12), Span::new(13, text.len())], Language::ENGLISH);
        let id = |w: &str| t.terms[t.spans.iter().position(|s| s.slice(text) == w).unwrap()] as usize;
        assert_eq!(t.vocabulary.capitalized[id("Putin")], 1);
        assert_eq!(t.vocabulary.capitalized[id("Talks")], 0);
    }
}
