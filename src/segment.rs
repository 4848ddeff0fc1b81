//! Stage 2, segment: sentences inside each prose paragraph.
//!
//! Unicode's sentence boundaries (UAX #29, from `unicode-segmentation`) handle decimals ("2.5%",
//! "$3.2 billion"), lower-case continuations after a full stop ("e.g. this") and every script, but they
//! know nothing of English abbreviations: "Mr. Kim" would end a sentence at "Mr.". The repairs here merge
//! the fragments UAX #29 cuts too eagerly: titles and other abbreviations that never end a sentence,
//! initials ("John F. Kennedy"), dotted acronyms followed by a name ("the U.S. Senate"), and a question
//! or exclamation inside quotes followed by "asked …". Segmentation runs per paragraph, so no sentence
//! ever runs across a paragraph break; hard-wrap line breaks inside a paragraph count as spaces.

mod ascii;

use crate::span::{lowercase, Span};
use crate::lang::Language;
use std::borrow::Cow;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// The sentence spans of every paragraph, each trimmed, in order.
///
/// # Examples
/// ```
/// use abridge::{segment::sentences, Language, Span};
/// let text = "Mr. Kim met Dr. Putin. They talked about the U.S. economy, growing 2.5% a year.";
/// let paragraphs = [Span::new(0, text.len())];
/// let got: Vec<&str> = sentences(text, &paragraphs, Language::ENGLISH).map(|s| s.slice(text)).collect();
/// assert_eq!(got, ["Mr. Kim met Dr. Putin.", "They talked about the U.S. economy, growing 2.5% a year."]);
/// ```
pub fn sentences<'a>(text: &'a str, paragraphs: &'a [Span], language: Language) -> impl Iterator<Item = Span> + 'a {
    paragraphs.iter().flat_map(move |&paragraph| paragraph_sentences(text, paragraph, language))
}

/// The sentences of one paragraph.
pub fn paragraph_sentences(text: &str, paragraph: Span, language: Language) -> Vec<Span> {
    let source = paragraph.slice(text);
    // UAX #29 treats a line break as the end of a paragraph (rule SB4); inside a paragraph, line breaks
    // are hard wraps, so they count as spaces. The ASCII segmenter is told so; for the crate they are
    // replaced by spaces of the same length in UTF-8, which keeps every byte offset where it was.
    let pieces: Vec<Range<usize>>;
    let unwrapped: Cow<str>;
    if source.is_ascii() {
        pieces = ascii::sentence_pieces(source, true);
        unwrapped = Cow::Borrowed(source);
    } else {
        unwrapped = unwrap_lines(source);
        pieces = unwrapped.split_sentence_bound_indices().map(|(start, piece)| start..start + piece.len()).collect();
    }

    let mut out: Vec<Span> = Vec::new();
    for piece in pieces {
        let span = Span::new(piece.start, piece.end).trim(&unwrapped);
        if span.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(previous) if should_join(previous.slice(&unwrapped), span.slice(&unwrapped), language) => previous.end = span.end,
            _ => out.push(span),
        }
    }
    out.into_iter().map(|s| s.shift(paragraph.start)).collect()
}

/// `source` with every line break replaced by as many bytes of spaces.
fn unwrap_lines(source: &str) -> Cow<'_, str> {
    if !source.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    for c in source.chars() {
        match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.extend(std::iter::repeat(' ').take(c.len_utf8())),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether UAX #29 cut between `previous` and `next` where no sentence ends.
fn should_join(previous: &str, next: &str, language: Language) -> bool {
    let next_word: &str = next.split(|c: char| c.is_whitespace()).next().unwrap_or("");
    let next_starts_with = |f: fn(char) -> bool| next.trim_start_matches(is_opening).chars().next().is_some_and(f);

    // A question or exclamation in quotes, then the speech tag: '"Where now?" asked Mr Kim.'
    let tail = previous.trim_end_matches(is_closing);
    if tail.len() < previous.len() && tail.ends_with(['?', '!']) && next_starts_with(char::is_lowercase) {
        return true;
    }

    let Some(before_dot) = previous.strip_suffix('.') else { return false };
    let last_word = before_dot.rsplit(|c: char| c.is_whitespace() || is_opening(c)).next().unwrap_or("");
    if last_word.is_empty() || last_word.ends_with('.') {
        return false; // an ellipsis "..." ends the sentence when a capital follows
    }
    let lower = lowercase(last_word);
    let rules = &language.lexicon().sentences;
    if rules.get("abbreviations-before-numbers").contains(&lower.as_str()) {
        return next_starts_with(|c| c.is_ascii_digit());
    }
    if rules.get("abbreviations").contains(&lower.as_str()) {
        return true;
    }
    // An initial: "John F. Kennedy", "J. K. Rowling".
    let mut chars = last_word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    // A dotted acronym ("U.S.", "D.C.", "a.m."): it ends the sentence only when what follows opens one,
    // and sentences open with a capitalized function word far more often than with a name.
    if is_dotted_acronym(last_word) {
        let next_lower = lowercase(next_word.trim_start_matches(is_opening));
        return !language.is_stopword(&next_lower);
    }
    false
}

/// "U.S", "D.C", "a.m", "U.K" (the final dot already removed): single letters separated by dots.
fn is_dotted_acronym(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '{' | '‹')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '›')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<&str> {
        paragraph_sentences(text, Span::new(0, text.len()), Language::ENGLISH).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn named_segmentation_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("plain", "It rained. Then it stopped.", &["It rained.", "Then it stopped."]),
            ("Mr without dot", "Mr Kim arrived. He waved.", &["Mr Kim arrived.", "He waved."]),
            ("Mr.", "Mr. Kim arrived. He waved.", &["Mr. Kim arrived.", "He waved."]),
            ("Dr. and Prof.", "Dr. Smith met Prof. Jones today. They talked.", &["Dr. Smith met Prof. Jones today.", "They talked."]),
            ("month", "It opened on Jan. 5 and closed in Feb. 2020. Nobody came.", &["It opened on Jan. 5 and closed in Feb. 2020.", "Nobody came."]),
            ("e.g.", "Some fruits, e.g. apples, are red. Others are not.", &["Some fruits, e.g. apples, are red.", "Others are not."]),
            ("U.S. before a name", "The U.S. Senate voted. It passed.", &["The U.S. Senate voted.", "It passed."]),
            ("U.S. at the end", "He moved to the U.S. The move was hard.", &["He moved to the U.S.", "The move was hard."]),
            ("D.C.", "She flew to Washington, D.C. Officials met her.", &["She flew to Washington, D.C. Officials met her."]),
            ("initials", "John F. Kennedy was president. He was shot.", &["John F. Kennedy was president.", "He was shot."]),
            ("two initials", "J. K. Rowling wrote it. It sold.", &["J. K. Rowling wrote it.", "It sold."]),
            ("decimal percent", "Growth was 2.5% last year. It slowed.", &["Growth was 2.5% last year.", "It slowed."]),
            ("money", "It cost $3.2 billion. Critics balked.", &["It cost $3.2 billion.", "Critics balked."]),
            ("ellipsis then capital", "He paused... Then he spoke.", &["He paused...", "Then he spoke."]),
            ("ellipsis then lower case", "He paused... and then he spoke.", &["He paused... and then he spoke."]),
            ("question in quotes asked", "\"Where are we going?\" asked Mr. Kim. Nobody knew.", &["\"Where are we going?\" asked Mr. Kim.", "Nobody knew."]),
            ("exclamation in curly quotes said", "“Stop!” she shouted. He stopped.", &["“Stop!” she shouted.", "He stopped."]),
            ("question then new sentence", "Why? Because it rained.", &["Why?", "Because it rained."]),
            ("No. before a number", "He lives at No. 10 Downing Street. It is old.", &["He lives at No. 10 Downing Street.", "It is old."]),
            ("Inc. ends a sentence", "She works at Apple Inc. The pay is good.", &["She works at Apple Inc.", "The pay is good."]),
            ("hard wrap", "It is a truth universally\nacknowledged. A single man.", &["It is a truth universally\nacknowledged.", "A single man."]),
            ("no punctuation", "no punctuation at all here", &["no punctuation at all here"]),
            ("quote closes sentence", "He said: \"It is over.\" Then he left.", &["He said: \"It is over.\"", "Then he left."]),
            ("CJK", "我们今天去公园。天气很好。", &["我们今天去公园。", "天气很好。"]),
        ];
        for (name, text, expected) in cases {
            assert_eq!(split(text), *expected, "{name}");
        }
    }

    /// Random ASCII text made of the pieces UAX #29's sentence rules care about: letters of both
    /// cases alone and in words (SB7, SB8), digits (SB6), every terminator, closing quotes and brackets
    /// (SB9), continuations (SB8a), spaces, tabs and the other white space (SB10), line breaks (SB3,
    /// SB4), and characters of no class at all.
    fn tricky_ascii() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[a-zA-Z]",
            "[a-z]{2,5}",
            "[A-Z][a-z]{1,4}",
            "[0-9]{1,3}",
            "[.?!]",
            "[.?!]{2,3}",
            "[\"'()\\[\\]{}]",
            "[,;:-]",
            "[ \t]{1,3}",
            "[\n\r\x0B\x0C]",
            "[$%&*_/#@+=<>|~`^\\\\]",
            "[\x00-\x7F]",
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    fn crate_pieces(text: &str) -> Vec<Range<usize>> {
        text.split_sentence_bound_indices().map(|(start, piece)| start..start + piece.len()).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn ascii_sentence_pieces_are_the_crates(text in tricky_ascii()) {
            prop_assert_eq!(ascii::sentence_pieces(&text, false), crate_pieces(&text));
        }

        #[test]
        fn ascii_pieces_with_line_breaks_as_spaces_are_the_crates_on_unwrapped_text(text in tricky_ascii()) {
            let unwrapped = text.replace(['\n', '\r'], " ");
            prop_assert_eq!(ascii::sentence_pieces(&text, true), crate_pieces(&unwrapped));
        }
    }

    #[test]
    fn no_sentence_crosses_a_paragraph_break() {
        let text = "First paragraph ends without a stop\n\nSecond paragraph.";
        let paragraphs = [Span::new(0, 35), Span::new(37, text.len())];
        let got: Vec<&str> = sentences(text, &paragraphs, Language::ENGLISH).map(|s| s.slice(text)).collect();
        assert_eq!(got, ["First paragraph ends without a stop", "Second paragraph."]);
    }

    #[test]
    fn spans_are_relative_to_the_whole_text() {
        let text = "Skip this. Keep this one.";
        let got = paragraph_sentences(text, Span::new(11, text.len()), Language::ENGLISH);
        assert_eq!(got, [Span::new(11, text.len())]);
    }
}
