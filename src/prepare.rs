//! The pipeline, assembled once: from the caller's text to the sentences, terms and vectors that
//! scoring reads.
//!
//! [`prepare`] chooses the language (the caller's, or detected), finds the structure of the text
//! ([`clean`](crate::clean)), the sentences of its prose ([`segment`](crate::segment)) and their terms
//! ([`tokenize`](crate::tokenize)), and builds the sentence vectors ([`score`](crate::score)).
//! [`summarize`](crate::summarize) ranks and selects from a [`Prepared`] text; the command line's
//! feature dump, the benchmarks and the stage timings read the same [`Prepared`] rather than wiring the
//! stages themselves, so there is one order of stages and one rule for which paragraphs are prose.
//! [`split`] runs the same first two stages over every paragraph, boilerplate included, for the command
//! line's `--split` (which is how sentence splitting is tested and evaluated).

use crate::clean::{self, BlockKind, Structure};
use crate::error::{Error, ErrorKind};
use crate::lang::{self, Language};
use crate::score::{Position, SentenceVectors};
use crate::segment;
use crate::span::{self, Span};
use crate::tokenize::{self, Tokens};
use crate::{LeftOut, Options};
use std::borrow::Cow;

/// A text ready to be scored: everything the stages before scoring found.
#[derive(Clone, Debug)]
pub struct Prepared<'a> {
    /// The text the spans refer to: the caller's, or the given sentences joined with `"\n"`.
    pub text: Cow<'a, str>,
    /// The language used: the caller's choice, or the one detected.
    pub language: Language,
    /// Paragraphs, title and boilerplate (empty for sentences given already split).
    pub structure: Structure,
    /// The paragraphs whose sentences are scored.
    pub paragraphs: Vec<Span>,
    /// The sentences to score, in document order.
    pub sentences: Vec<Span>,
    /// Where each sentence stands.
    pub positions: Vec<Position>,
    /// The title the scoring favours: the caller's, or the one found in the text.
    pub title: Option<Cow<'a, str>>,
    pub tokens: Tokens,
    pub vectors: SentenceVectors,
    /// The boilerplate left out of the sentences (none when the text had nothing else to summarize).
    pub left_out: Vec<LeftOut>,
}

/// Prepares a text — a pasted web page, plain text, or hard-wrapped prose — for scoring.
///
/// # Errors
/// [`ErrorKind::InvalidOption`] for options out of range, [`ErrorKind::EmptyText`] for empty or blank
/// text, [`ErrorKind::NoWords`] for text without a single word.
///
/// # Examples
/// ```
/// let prepared = abridge::prepare("Rain is expected. Schools will close.", &abridge::Options::default()).unwrap();
/// assert_eq!(prepared.sentences.len(), 2);
/// assert_eq!(prepared.language, abridge::Language::ENGLISH);
/// ```
pub fn prepare<'a>(text: &'a str, options: &Options) -> Result<Prepared<'a>, Error> {
    options.validate()?;
    if text.chars().all(span::is_space) {
        return Err(Error::new(ErrorKind::EmptyText));
    }
    let language = options.language.unwrap_or_else(|| lang::detect(text));
    let structure = clean::structure_titled(text, language, options.title.as_deref());
    let (prose, left_out) = prose_blocks(&structure);
    let paragraphs: Vec<Span> = prose.iter().map(|b| b.span).collect();
    let introduction = introduction_paragraphs(text, &structure);
    // The two pieces of a sentence that a page's end broke (text out of a PDF) are no sentences to
    // offer, unless nothing else is: neither says what the whole does, and the whole has the page's
    // furniture inside it.
    let broken = &structure.broken_across_pages;
    let piece = |block: Span, i: usize, last: usize| {
        (i == 0 && broken.iter().any(|&(_, after)| after == block.start)) || (i == last && broken.iter().any(|&(before, _)| before == block.start))
    };
    let mut sentences = Vec::new();
    let mut positions = Vec::new();
    for skip_pieces in [true, false] {
        sentences.clear();
        positions.clear();
        for (paragraph, &block) in paragraphs.iter().enumerate() {
            let in_paragraph = segment::paragraph_sentences(text, block, language);
            let last = in_paragraph.len().saturating_sub(1);
            for (i, sentence) in in_paragraph.into_iter().enumerate() {
                if skip_pieces && piece(block, i, last) {
                    continue;
                }
                positions.push(Position {
                    index: sentences.len(),
                    paragraph,
                    paragraph_start: i == 0,
                    introduction: paragraph < introduction,
                    lead_in: i == last && ends_on_a_colon(sentence.slice(text)),
                });
                sentences.push(sentence);
            }
        }
        // (What is left may be a lone quotation mark after the last piece: no word to summarize.)
        if broken.is_empty() || sentences.iter().any(|s| s.slice(text).chars().any(span::is_letter_or_digit)) {
            break;
        }
    }
    let title = match &options.title {
        Some(title) => Some(Cow::Owned(title.clone())),
        None => found_title(&structure, &paragraphs).map(|t| Cow::Borrowed(t.slice(text))),
    };
    let tokens = tokenize::tokenize_with_title(text, &sentences, title.as_deref(), language);
    finish(Cow::Borrowed(text), language, structure, paragraphs, sentences, positions, title, tokens, left_out)
}

/// Prepares sentences already split (as evaluation sets ship them): scored as one paragraph in the
/// order given, with spans into the sentences joined with `"\n"`.
///
/// # Examples
/// ```
/// let prepared = abridge::prepare_sentences(&["One storm.", "Two storms."], &abridge::Options::default()).unwrap();
/// assert_eq!(prepared.text, "One storm.\nTwo storms.");
/// ```
pub fn prepare_sentences<S: AsRef<str>>(given: &[S], options: &Options) -> Result<Prepared<'static>, Error> {
    options.validate()?;
    let mut text = String::new();
    let mut sentences = Vec::with_capacity(given.len());
    for (i, sentence) in given.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(sentence.as_ref());
        sentences.push(Span::new(start, text.len()));
    }
    if text.chars().all(span::is_space) {
        return Err(Error::new(ErrorKind::EmptyText));
    }
    let language = options.language.unwrap_or_else(|| lang::detect(&text));
    let positions = (0..sentences.len())
        .map(|index| Position {
            index,
            paragraph: 0,
            paragraph_start: index == 0,
            introduction: false,
            // Sentences given one by one have no paragraphs to end: any that ends on a colon leads in.
            lead_in: ends_on_a_colon(sentences[index].slice(&text)),
        })
        .collect();
    let title = options.title.clone().map(Cow::Owned);
    let tokens = tokenize::tokenize_with_title(&text, &sentences, title.as_deref(), language);
    let paragraphs = vec![Span::new(0, text.len())];
    finish(Cow::Owned(text), language, Structure::default(), paragraphs, sentences, positions, title, tokens, Vec::new())
}

/// The sentences of a text, as [`split`] finds them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split {
    /// The language whose rules were used: the caller's, or the one detected.
    pub language: Language,
    /// Every sentence of every paragraph, in order, each trimmed: nothing is left out as boilerplate.
    pub sentences: Vec<Span>,
}

/// Splits a text into sentences with `language`'s rules (detected when `None`): the paragraphs that
/// [`clean`] finds, each segmented by [`segment`], without leaving anything out. The paragraphs are the
/// text's own, before `clean` reads them as an article: a headline's "| Site" tail is cut off the title,
/// not off the sentence.
///
/// # Examples
/// ```
/// use abridge::{split, Language};
/// let text = "Am 15. Dezember kam z. B. Herr Dr. Weber. Er blieb.\n\nMenu";
/// let found = split(text, Some(Language::from_tag("de").unwrap()));
/// let sentences: Vec<&str> = found.sentences.iter().map(|s| s.slice(text)).collect();
/// assert_eq!(sentences, ["Am 15. Dezember kam z. B. Herr Dr. Weber.", "Er blieb.", "Menu"]);
/// ```
pub fn split(text: &str, language: Option<Language>) -> Split {
    let language = language.unwrap_or_else(|| lang::detect(text));
    let paragraphs = clean::paragraphs(text, language.lexicon().nouns_capitalized);
    Split { language, sentences: segment::sentences(text, &paragraphs, language).collect() }
}

#[allow(clippy::too_many_arguments)] // the fields of `Prepared`, gathered by the two ways in
fn finish<'a>(
    text: Cow<'a, str>,
    language: Language,
    structure: Structure,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    positions: Vec<Position>,
    title: Option<Cow<'a, str>>,
    tokens: Tokens,
    left_out: Vec<LeftOut>,
) -> Result<Prepared<'a>, Error> {
    if tokens.word_counts.iter().all(|&w| w == 0) {
        return Err(Error::new(ErrorKind::NoWords));
    }
    let vectors = SentenceVectors::new(&tokens);
    Ok(Prepared { text, language, structure, paragraphs, sentences, positions, title, tokens, vectors, left_out })
}

/// Whether a sentence or a line ends on a colon (of any width), as a lead-in to a list or a quotation
/// does. (Out of line: each inlined copy of the two-character pattern is bytes in the `.wasm`.)
/// Unlike the block shape's `ends_colon`, closing marks are not looked past: in a sentence ":)" and
/// ": )" are smileys (eight of the 711 pasted pages end a sentence so), and `:"` closes a quotation.
#[inline(never)]
fn ends_on_a_colon(sentence: &str) -> bool {
    sentence.ends_with([':', '：'])
}

/// The paragraphs to summarize, and the boilerplate left out. Normally the prose. When there is none
/// (a text of headings, or without any punctuation), the headings under the title are all there is, or
/// else a table's rows; a text of one line is its own summary (and then has no title); when even that
/// is missing (the text is all "boilerplate", say a lone caption), everything is used: a summary of
/// what was given beats an error. Boilerplate is reported as left out only when it was.
fn prose_blocks(structure: &Structure) -> (Vec<clean::Block>, Vec<LeftOut>) {
    let left_out = || structure.left_out().map(|(span, kind)| LeftOut { span, kind }).collect();
    for kind in [BlockKind::Body, BlockKind::Heading, BlockKind::TableRow, BlockKind::Title] {
        let blocks: Vec<clean::Block> = structure.blocks.iter().copied().filter(|b| b.kind == kind).collect();
        if !blocks.is_empty() {
            return (blocks, left_out());
        }
    }
    (structure.blocks.clone(), Vec::new())
}

/// How many of the prose paragraphs come before the first section heading under them: the text's
/// introduction (Wikipedia's lead section, a report's summary), or 0 when no section heading follows
/// its first paragraph. A section heading is a heading that is not a list item, a lead-in ending in a
/// colon or a line cut off mid-sentence (a lower-case start, in it or in the paragraph under it: text
/// that lost a link's words), and prose follows it, past any boilerplate (a photo's caption).
fn introduction_paragraphs(text: &str, structure: &Structure) -> usize {
    let opens = |block: &clean::Block| {
        let line = block.span.slice(text);
        !clean::article::starts_with_list_marker(line) && !clean::article::opens_in_lower_case(line) && !ends_on_a_colon(line)
    };
    let mut paragraphs = 0;
    let mut heading = None;
    for block in structure.blocks.iter().filter(|b| !matches!(b.kind, BlockKind::LeftOut(_))) {
        if let Some(heading) = heading.take() {
            if block.kind == BlockKind::Body && opens(heading) && opens(block) {
                return paragraphs;
            }
        }
        match block.kind {
            BlockKind::Body => paragraphs += 1,
            BlockKind::Heading if paragraphs > 0 => heading = Some(block),
            _ => {}
        }
    }
    0
}

/// The title the text's structure found, unless it is what is summarized (a text of one line): a
/// title is never also a sentence of its summary.
pub(crate) fn found_title(structure: &Structure, paragraphs: &[Span]) -> Option<Span> {
    structure.title().filter(|title| !paragraphs.contains(title))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An encyclopedia article: two sentences of introduction, then sections under headings.
    const ARTICLE: &str = include_str!("../tests/fixtures/sectioned-article.txt");

    fn introduction_sentences(text: &str) -> Vec<&str> {
        let prepared = prepare(text, &Options::default()).unwrap();
        prepared.sentences.iter().zip(&prepared.positions).filter(|(_, p)| p.introduction).map(|(s, _)| s.slice(text)).collect()
    }

    #[test]
    fn a_sentence_that_ends_its_paragraph_on_a_colon_is_a_lead_in() {
        let text = "The council will fund the libraries, the mayor said: more books. It met on Monday. Here is what it decided:\n\n\
                    Longer opening hours and two new branches.\n\nCritics said the budget came too late.";
        let prepared = prepare(text, &Options::default()).unwrap();
        let lead_ins: Vec<&str> =
            prepared.sentences.iter().zip(&prepared.positions).filter(|(_, p)| p.lead_in).map(|(s, _)| s.slice(text)).collect();
        assert_eq!(lead_ins, ["Here is what it decided:"]);
    }

    #[test]
    fn a_one_sentence_summary_is_not_a_lead_in_when_a_sentence_says_as_much() {
        let text = "The council will fund the city libraries with a new budget, the mayor said:\n\n\
                    Longer opening hours, more books and two new branches.\n\n\
                    The council approved the new budget for the city libraries on Monday.\n\n\
                    Critics said the libraries budget came too late.";
        let summary = crate::summarize(text, &Options::sentences(1)).unwrap();
        assert_eq!(summary.sentences[0].span.slice(text), "The council approved the new budget for the city libraries on Monday.");
    }

    #[test]
    fn the_paragraphs_before_the_first_section_heading_are_the_introduction() {
        assert_eq!(
            introduction_sentences(ARTICLE),
            ["Marrow Fen is a nature reserve of reedbeds and open water south of Northfield.", "It is run by a charity and is open to visitors all year."]
        );
        // Wikipedia's markup for a heading, as some copies of its text keep it.
        assert_eq!(introduction_sentences(&ARTICLE.replace("\nHistory\n", "\n== History\n")).len(), 2);
        // A photo's caption between a heading and its section: the introduction ends at that heading
        // (here the second paragraph's end, with the first heading taken out).
        let captioned = ARTICLE.replace("\nHistory\n", "\n").replace("\nWildlife\n\n", "\nWildlife\n\nPhoto: Ruth Ellison/Marrow Fen Trust\n\n");
        assert_eq!(introduction_sentences(&captioned).len(), 7);
        // No heading, no introduction: the whole text is the article.
        assert!(introduction_sentences(&ARTICLE.replace("\nHistory\n", "\n").replace("\nWildlife\n", "\n").replace("\nVisiting\n", "\n")).is_empty());
    }

    #[test]
    fn a_list_a_lead_in_or_a_line_cut_short_is_no_section_heading() {
        let intro = "The council approved the budget on Monday. It raises spending on libraries and parks.\n\n";
        let body = "\n\nThe council will vote on the details in March. Libraries will open longer on Sundays.";
        for heading in [
            "- An extension of the opening hours", // a list item
            "The plans include:",                  // a lead-in to what follows
            "and the mayor",                       // a sentence's middle, around a lost link
            "(and the mayor",                      // the same, opening inside a bracket
        ] {
            assert!(introduction_sentences(&format!("{intro}{heading}{body}")).is_empty(), "{heading}");
        }
        // A lead-in ends on a full-width colon in Chinese and Japanese.
        let zh = "市议会周一批准了预算。预算增加了图书馆和公园的开支。\n\n预算的主要内容包括：\n\n市议会将于三月就细节进行表决。图书馆周日将延长开放时间。";
        assert!(introduction_sentences(zh).is_empty());
        assert_eq!(introduction_sentences(&zh.replace("预算的主要内容包括：", "预算的主要内容")).len(), 2);
        // The paragraph under the heading must open a section too, not finish a cut sentence.
        let cut = format!("{intro}Double Olympic champion\n\nmarked her first appearance on home soil. She won easily.");
        assert!(introduction_sentences(&cut).is_empty());
        assert_eq!(introduction_sentences(&format!("{intro}What happens next{body}")).len(), 2);
    }

    #[test]
    fn a_summary_with_room_for_the_introduction_and_as_much_again_starts_with_it() {
        let chosen = |options: &Options| -> Vec<String> {
            crate::summarize(ARTICLE, options).unwrap().sentences.iter().map(|s| s.span.slice(ARTICLE).to_string()).collect()
        };
        let introduction = introduction_sentences(ARTICLE);
        let six = chosen(&Options::sentences(6));
        assert_eq!(six[..2], introduction, "{six:?}");
        // Without the introduction's weight the second sentence is not chosen: the rule does the work.
        let mut without = Options::sentences(6);
        without.weights.introduction = 0.0;
        assert!(!chosen(&without).contains(&introduction[1].to_string()));
        // Three sentences have no room for the introduction and half as much again: the best three.
        let mut three_without = Options::sentences(3);
        three_without.weights.introduction = 0.0;
        assert_eq!(chosen(&Options::sentences(3)), chosen(&three_without));
    }
}
