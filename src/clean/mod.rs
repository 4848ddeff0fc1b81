//! Stage 1, structure: paragraphs, the title, and what is not the article.
//!
//! A person who selects a whole web page and pastes it brings along the site's name, breadcrumbs, photo
//! captions with credits, "Share this" and "Advertisement" lines, "Read more: …" links and a "From
//! The Courier" footer, sometimes a caption twice. Summarizers that score all of it happily pick the captions
//! (short, central, full of the article's names). This stage splits the text into paragraphs (blank lines
//! separate them; hard-wrapped lines are joined), finds the title, and marks each paragraph that is site
//! furniture with the [`Boilerplate`] kind that explains why, so later stages leave it out and the page
//! can show it dimmed. The text itself is never rewritten: every paragraph is a [`Span`] into the input.

pub mod article;
mod furniture;
mod model;
mod paragraphs;

pub use paragraphs::{normalize, paragraphs};

use crate::lang::Language;
use crate::span::{count_byte, find_str, lowercase, Span};
use furniture::{
    classify, footer_site_name, is_about_heading, is_bare_date, is_placeholder, is_call_to_action, is_comment_header, is_contents_label, names_cookies, opens_with_abstract_label, abstract_head, DatePart, Furniture, CALL_TO_ACTION_MAX_WORDS,
    CONTENTS_LABEL_MAX_WORDS, FURNITURE_MAX_WORDS,
};
use paragraphs::{is_code_line, normalize_counting_words, paragraphs_and_page_furniture, word_count};
use rustc_hash::FxHashSet;
use serde::Serialize;

/// A paragraph without final punctuation and at most this many words is a heading, not prose.
const HEADING_MAX_WORDS: usize = 15;
/// The cells a line needs to be read as a table's row ([`is_table_row`]).
const TABLE_MIN_CELLS: usize = 3;
/// A table's cell of this many words that ends like a sentence is one.
const TABLE_SENTENCE_MIN_WORDS: usize = 6;
/// A standfirst is a sentence or two; shorter lines under a headline are bylines, dates and labels.
const STANDFIRST_MIN_WORDS: f64 = 8.0;
/// A standfirst is at most this many paragraphs.
const STANDFIRST_MAX_PARAGRAPHS: usize = 2;
/// A short line beside a byline whose characters are at least this share digits is its date ("Dec 18,
/// 2025" is a third digits); a headline with a number in it mostly has fewer ("Best Wetland Walks of
/// 2026", 15 %).
const DATE_MIN_DIGITS: f64 = 0.2;
/// A headline cut at a bar keeps at least this many words before it.
const TITLE_MIN_WORDS_BEFORE_BAR: usize = 3;
/// A dash, slash or guillemet cuts a headline only before a tail of at most this many words (a site's
/// name, a part number, a date).
const TITLE_MAX_WORDS_AFTER_DASH: usize = 3;
/// A line of at most this many words joined under the headline is cut off it.
const TITLE_TAIL_MAX_WORDS: usize = 3;
/// A title is a heading of at most this many words among the paragraphs before the first prose one.
const TITLE_MAX_WORDS: usize = 25;

/// Why a paragraph was left out of the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Boilerplate {
    /// A photo caption or credit: "… (Jane Doe/AP)", "Photo: …", "Getty Images".
    Caption,
    /// A paragraph that already appeared earlier, verbatim.
    Duplicate,
    /// Breadcrumbs and menus: "Home News World", "Sign in | Subscribe".
    Navigation,
    /// "Advertisement", "Sponsored content", "Story continues below advertisement".
    Advertisement,
    /// "Share this article", "Follow us on Twitter", newsletter sign-ups.
    Share,
    /// Links to other articles: "Read more: …", "Related stories".
    ReadMore,
    /// "From The Courier", copyright and legal lines; a PDF page's number and running header.
    Footer,
    /// "By Jane Doe", "Published 10:38 BST, 24 April 2019".
    Byline,
    /// The site's name above the headline.
    SiteName,
    /// The paragraph under the headline that sums the article up ("standfirst", "dek"): the title's
    /// companion, kept out of the summary because it is not the article's own text.
    Standfirst,
    /// Outside the article: the page around it (menus, teasers, promotions, forms, comments) that no
    /// vocabulary names, and a script's placeholder ("Loading…").
    Outside,
    /// Program code: a technical article's examples, a script the page printed. Not prose, so neither
    /// summarized nor taken for the end of the article it stands in.
    Code,
}

impl Boilerplate {
    /// Every kind, in the order the TypeScript type lists them.
    pub const ALL: [Boilerplate; 12] = [
        Boilerplate::Caption,
        Boilerplate::Duplicate,
        Boilerplate::Navigation,
        Boilerplate::Advertisement,
        Boilerplate::Share,
        Boilerplate::ReadMore,
        Boilerplate::Footer,
        Boilerplate::Byline,
        Boilerplate::SiteName,
        Boilerplate::Standfirst,
        Boilerplate::Outside,
        Boilerplate::Code,
    ];

    /// The TypeScript type of `leftOut[].kind`, generated from [`Boilerplate::ALL`] (a test checks
    /// `src/wasm.rs` against it).
    pub fn typescript_type() -> String {
        let names: Vec<String> = Boilerplate::ALL.iter().map(|k| format!("\"{}\"", k.as_str())).collect();
        format!("export type LeftOutKind = {};", names.join(" | "))
    }

    /// The name JavaScript sees (`leftOut[].kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            Boilerplate::Caption => "caption",
            Boilerplate::Duplicate => "duplicate",
            Boilerplate::Navigation => "navigation",
            Boilerplate::Advertisement => "advertisement",
            Boilerplate::Share => "share",
            Boilerplate::ReadMore => "read-more",
            Boilerplate::Footer => "footer",
            Boilerplate::Byline => "byline",
            Boilerplate::SiteName => "site-name",
            Boilerplate::Standfirst => "standfirst",
            Boilerplate::Outside => "outside",
            Boilerplate::Code => "code",
        }
    }
}

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// The article's title (at most one).
    Title,
    /// A short line without final punctuation inside the article: a subheading or kicker.
    Heading,
    /// Prose: the paragraphs that are segmented into sentences and scored.
    Body,
    /// A row of a table inside the article, its cells separated by tabs as a browser copies them: part
    /// of the article, but data rather than sentences ("Top speed 45 km/h 34 km/h 32 km/h"), so it is
    /// summarized only when the article has no prose and no headings.
    TableRow,
    /// Not part of the article.
    LeftOut(Boilerplate),
}

/// One paragraph of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// The paragraph, trimmed; it may contain the line breaks of hard-wrapped lines.
    pub span: Span,
    pub kind: BlockKind,
}

/// The paragraphs of a text, in order.
#[derive(Clone, Debug, Default)]
pub struct Structure {
    pub blocks: Vec<Block>,
    /// Whether a run of paragraphs read as an article. When none did (a home page, a list of search
    /// results: all furniture), what was pasted is summarized as it is.
    pub article_found: bool,
    /// Sentences that a PDF's page broke in two, past its number and running header: where the
    /// paragraph starts that ends on the sentence's first piece, and where the one starts that opens
    /// with the rest.
    pub broken_across_pages: Vec<(usize, usize)>,
}

impl Structure {
    /// The title found in the text, if any.
    pub fn title(&self) -> Option<Span> {
        self.blocks.iter().find(|b| b.kind == BlockKind::Title).map(|b| b.span)
    }

    /// The paragraphs left out as boilerplate, with the reason.
    pub fn left_out(&self) -> impl Iterator<Item = (Span, Boilerplate)> + '_ {
        self.blocks.iter().filter_map(|b| match b.kind {
            BlockKind::LeftOut(why) => Some((b.span, why)),
            _ => None,
        })
    }
}

/// Everything stage 1 measures of a text, before it decides: the paragraphs, their shapes and
/// features, the article models' verdicts. [`structure`] decides from it; `abridge --dump-blocks` prints
/// it for fitting the models (`scripts/eval/fit_article.py`).
#[doc(hidden)]
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub paragraphs: Vec<Span>,
    pub normalized: Vec<String>,
    pub word_counts: Vec<usize>,
    /// What the furniture vocabulary says each paragraph is (before the article is found).
    pub furniture: Vec<Option<Boilerplate>>,
    pub shapes: Vec<article::Shape>,
    pub features: Vec<[f64; article::BLOCK_FEATURES.len()]>,
    pub probabilities: Vec<f64>,
    pub run: Option<article::Run>,
    /// Whether each paragraph is a PDF page's number or running header (`paragraphs.rs`).
    pub page_furniture: Vec<bool>,
    language: Language,
}

impl Analysis {
    /// The paragraphs that may be the headline, each with what the title model reads of it; none
    /// without an article to stand over. Measured only where the headline is looked for: a caller who
    /// gave one does not pay for them.
    pub fn title_candidates(&self) -> Vec<article::Candidate> {
        let Some(run) = self.run else { return Vec::new() };
        let byline: Vec<bool> = self.furniture.iter().map(|k| *k == Some(Boilerplate::Byline)).collect();
        let run = article::Run { start: article::earliest_start(&self.shapes, &self.probabilities, run), ..run };
        article::title_candidates(&self.shapes, &self.normalized, &byline, &self.probabilities, run, self.language)
    }
}

/// The most short lines (a heading, a switch, "Always Enabled") between two of a consent dialog's
/// paragraphs on cookies.
const CONSENT_DIALOG_MAX_GAP: usize = 4;

/// The most paragraphs under an "About …" heading that ends the article (`analyse`): a biography's or a
/// company's description, not a section of the article.
const ABOUT_SECTION_MAX_PARAGRAPHS: usize = 3;

/// Measures `text` for [`structure`].
#[doc(hidden)]
pub fn analyse(text: &str, language: Language) -> Analysis {
    let vocabulary = Furniture::of(language);
    // Sites in other languages often keep their furniture in English ("Advertisement", "Share", "By
    // Jane Doe", "Continue reading"): what the text's own vocabulary does not recognise is looked up in
    // English's too.
    let english = (language != Language::ENGLISH).then(|| Furniture::of(Language::ENGLISH));
    // A lower-cased text looked up in the text's vocabulary, then in English's.
    let in_either = |lower: &str, is: fn(&str, &Furniture) -> bool| is(lower, vocabulary) || english.is_some_and(|english| is(lower, english));
    let (paragraphs, page_furniture) = paragraphs_and_page_furniture(text, language.lexicon().nouns_capitalized);
    // Each paragraph normalized once, with its word count (every check below needs one or the other).
    let (normalized, word_counts): (Vec<String>, Vec<usize>) =
        paragraphs.iter().map(|p| normalize_counting_words(p.slice(text))).unzip();
    let markdown_table = markdown_table_rows(text, &paragraphs);
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut furniture = Vec::with_capacity(paragraphs.len());
    let mut shapes = Vec::with_capacity(paragraphs.len());
    // Short lines a consent dialog may still run through before its next paragraph on cookies.
    let mut dialog_lines_left = 0;
    for ((((norm, &words), span), &in_markdown_table), &page_furniture) in
        normalized.iter().zip(&word_counts).zip(&paragraphs).zip(&markdown_table).zip(&page_furniture)
    {
        let first_time = seen.insert(norm.as_str());
        // A block of program code is one paragraph, which opens on a line of code (`paragraphs`); a
        // statement set apart under code is code too, whatever is in it (`return token;`).
        let after_code = furniture.last() == Some(&Some(Boilerplate::Code));
        // A table's row is no menu, whatever its cells hold: "| ts-loader | built in |" in Markdown, or
        // "apache_builds", "2.3 GB/s" and "0.098 GB/s" with tabs between them, whose "/" read as a menu's
        // separator. Only code is told from it, by its first line (a tab indents code too). Tabs are
        // looked for in the paragraph as pasted: normalizing collapses them.
        let pasted = span.slice(text);
        let tabs = in_markdown_table || pasted.contains('\t');
        let table_row = tabs && is_table_row(pasted);
        // A short line lower-cased once for the lookups of a placeholder, a table of contents' label, a
        // call to action and an "About …" heading, in the text's language or in English.
        let lower = (words <= CALL_TO_ACTION_MAX_WORDS.max(CONTENTS_LABEL_MAX_WORDS)).then(|| lowercase(norm));
        let either = |is: fn(&str, &Furniture) -> bool| lower.as_deref().is_some_and(|lower| in_either(lower, is));
        let mut kind = if in_markdown_table {
            None
        } else if page_furniture {
            Some(Boilerplate::Footer)
        } else if pasted.split(['\r', '\n']).next().is_some_and(is_code_line) || (after_code && norm.ends_with(';')) {
            Some(Boilerplate::Code)
        } else if table_row {
            None
        } else if either(is_placeholder) {
            Some(Boilerplate::Outside)
        } else {
            classify(norm, words, vocabulary).or_else(|| english.and_then(|english| classify(norm, words, english)))
        };
        // A consent dialog: the cookie notice and the settings under it. Sites render it after the
        // article or before it, and its paragraphs are long, end like sentences and are dense in
        // function words, so the block model takes them for prose and, beside a short article, for the
        // article. It opens with a notice the vocabulary knows as a footer, and its paragraphs name
        // cookies, with a few short lines between them (headings, buttons, which stay what they are);
        // a long paragraph that does not name them, or more short lines, are the page again (an
        // article about cookies under a notice keeps its paragraphs past the menu between them).
        if kind == Some(Boilerplate::Footer) || dialog_lines_left > 0 {
            if names_cookies(norm) {
                dialog_lines_left = CONSENT_DIALOG_MAX_GAP + 1;
                kind = Some(Boilerplate::Footer);
            } else {
                dialog_lines_left = if words > FURNITURE_MAX_WORDS { 0 } else { dialog_lines_left.saturating_sub(1) };
            }
        }
        furniture.push(kind);
        let inserted = matches!(kind, Some(Boilerplate::Caption | Boilerplate::ReadMore | Boilerplate::Advertisement | Boilerplate::Code));
        let contents = words <= CONTENTS_LABEL_MAX_WORDS && either(is_contents_label);
        let call_to_action = words <= CALL_TO_ACTION_MAX_WORDS && either(is_call_to_action);
        let abstract_label = in_either(&abstract_head(norm), opens_with_abstract_label);
        let about = either(is_about_heading);
        shapes.push(article::Shape {
            furniture: kind.is_some(),
            inserted,
            duplicate: !first_time,
            tabs,
            table_row,
            contents,
            call_to_action,
            abstract_label,
            about,
            ..article::shape(norm, words, language)
        });
    }
    // Readers' comments under the article: from the first comment's header on, nothing is the article.
    // The models read the page above them as the whole page, so that a long thread does not outweigh
    // the article; the thread is measured on its own, for the dump. A comment's header is dated on the
    // line under it ("Florence says:" / "January 7, 2016 at 10:31 am"), which tells it from an
    // article's "The report says:" over a quotation.
    let comments = (0..shapes.len()).find(|&i| {
        furniture[i] == Some(Boilerplate::Byline) && shapes.get(i + 1).is_some_and(article::Shape::is_date_line) && {
            in_either(&lowercase(&normalized[i]), is_comment_header)
        }
    });
    let cut = comments.unwrap_or(shapes.len());
    let mut features = article::block_features(&shapes[..cut]);
    // A PDF's page numbers and running headers are read as though they were not there: a paragraph's
    // neighbours, for the block model, are the paragraphs of the article around it, not the furniture
    // of the page it ends (which would make every page's last paragraph read as the page's edge).
    if page_furniture[..cut].contains(&true) {
        let modelled: Vec<usize> = (0..cut).filter(|&i| !page_furniture[i]).collect();
        let modelled_shapes: Vec<article::Shape> = modelled.iter().map(|&i| shapes[i]).collect();
        for (&i, x) in modelled.iter().zip(article::block_features(&modelled_shapes)) {
            features[i] = x;
        }
    }
    // A footer longer than a line (a notice, a consent dialog's paragraph) is never the article's,
    // whatever its shape. (A short one may be a credit inside it: "©5 Minuten".)
    let probabilities: Vec<f64> = features
        .iter()
        .zip(furniture.iter().zip(&word_counts).zip(&page_furniture))
        .map(|(x, ((kind, &words), &page_furniture))| match kind {
            Some(Boilerplate::Footer) if words > FURNITURE_MAX_WORDS => 0.0,
            // Program code is evidence neither for the article nor against it: the run of the article
            // goes on through its examples, which the page shows dimmed where they stand. Nor is a
            // PDF's page number or running header, between two pages of the article.
            Some(Boilerplate::Code) => model::ARTICLE_THRESHOLD,
            _ if page_furniture => model::ARTICLE_THRESHOLD,
            _ => article::article_probability(x),
        })
        .chain((cut..shapes.len()).map(|_| 0.0))
        .collect();
    if cut < shapes.len() {
        features.extend(article::block_features(&shapes[cut..]));
    }
    // A page with readers' comments has an article above them: when no run of it is likely enough, the
    // likeliest one is taken (Readability's retry with relaxed rules); the models were fitted on pages
    // whose articles are longer than a post's paragraph or two.
    let run = article::article_run(&shapes[..cut], &probabilities[..cut])
        .or_else(|| (cut < shapes.len()).then(|| article::article_run_above(&shapes[..cut], &probabilities[..cut], model::ARTICLE_EXTEND_THRESHOLD)).flatten());
    // The article's last section may present its author or its publisher ("About the Author", a press
    // release's "About Northwind Energy" over the company's description): prose to the block model, but
    // the same under every article of the site, and no part of this one's point. The run ends above it.
    let run = run.map(|run| {
        let last_sections = run.end.saturating_sub(ABOUT_SECTION_MAX_PARAGRAPHS + 1).max(run.start + 2)..run.end.saturating_sub(1);
        let about = last_sections.into_iter().find(|&i| shapes[i].about && !shapes[i].ends_sentence);
        // A PDF's page may break the article's first or last sentence, and its pieces read as outside,
        // each alone too short or unfinished: the run goes on past a page's number and header to the
        // paragraph on the other side while that or the run's own paragraph ends no sentence and the
        // text goes on in small letters after the page's end (or, at the run's end, the run's last
        // paragraph ends no sentence).
        let goes_on = |before: usize, after: usize| !shapes[before].ends_sentence && article::opens_in_lower_case(&normalized[after]);
        let mut start = run.start;
        while let Some(prev) = (0..start).rev().find(|&j| !page_furniture[j]).filter(|&j| j + 1 < start && goes_on(j, start)) {
            start = prev;
        }
        let mut end = about.unwrap_or(run.end);
        let past_page = |i: usize| (i..cut).find(|&j| !page_furniture[j]).filter(|&j| j > i);
        while let Some(next) =
            past_page(end).filter(|_| !shapes[end - 1].ends_sentence).or_else(|| past_page(end + 1).filter(|&j| !page_furniture[end] && goes_on(end, j)))
        {
            end = next + 1;
        }
        article::Run { start, end }
    });
    Analysis { paragraphs, normalized, word_counts, furniture, shapes, features, probabilities, run, page_furniture, language }
}

/// Splits `text` into paragraphs and classifies each.
///
/// # Examples
/// ```
/// use abridge::clean::{structure, BlockKind, Boilerplate};
/// use abridge::Language;
/// let text = "Home News World\n\nKim arrives in Russia\n\nKim arrived on Wednesday.\n\nFrom The Daily Example";
/// let kinds: Vec<BlockKind> = structure(text, Language::ENGLISH).blocks.iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [
///     BlockKind::LeftOut(Boilerplate::Navigation),
///     BlockKind::Title,
///     BlockKind::Body,
///     BlockKind::LeftOut(Boilerplate::Footer),
/// ]);
/// ```
pub fn structure(text: &str, language: Language) -> Structure {
    structure_titled(text, language, None)
}

/// [`structure`] for a text whose headline the caller gave: the text's own copy of it, if any, is its
/// title, and no other paragraph is taken for one (a lede that reads like a headline stays prose).
pub fn structure_titled(text: &str, language: Language, given_title: Option<&str>) -> Structure {
    let analysis = analyse(text, language);
    let vocabulary = Furniture::of(language);
    let Analysis { paragraphs, normalized, word_counts, furniture, shapes, run, page_furniture, .. } = &analysis;
    let title = match given_title {
        Some(given) => {
            let given = lowercase(&normalize(given));
            (0..paragraphs.len()).find(|&i| word_counts[i] <= TITLE_MAX_WORDS && is_given_headline(&lowercase(&normalized[i]), &given))
        }
        None => markdown_title(normalized, word_counts, shapes, *run).or_else(|| article::best_title(&analysis.title_candidates())),
    };
    let mut site_names: Vec<String> = Vec::new();
    let mut blocks: Vec<Block> = Vec::with_capacity(paragraphs.len());
    // Prose between the headline and the article is its standfirst: its first paragraph or two (prose
    // further down, above an article whose start the run missed, is not).
    let mut standfirsts_left = STANDFIRST_MAX_PARAGRAPHS;
    let standfirst = |i: usize| {
        title.is_some_and(|t| t < i) && run.is_some_and(|r| i < r.start) && shapes[i].ends_sentence && shapes[i].words >= STANDFIRST_MIN_WORDS
    };
    // The texts of the paragraphs kept so far: a repeat is left out as a duplicate of a kept copy, so a
    // paragraph whose first copy lies outside the article is kept where it recurs inside it.
    let mut kept: FxHashSet<&str> = FxHashSet::default();
    for (i, ((span, norm), &words)) in paragraphs.iter().zip(normalized).zip(word_counts).enumerate() {
        let inside = run.map_or(true, |r| (r.start..r.end).contains(&i));
        let kind = match furniture[i] {
            _ if title == Some(i) => BlockKind::Title,
            Some(why) => BlockKind::LeftOut(why),
            None if standfirsts_left > 0 && standfirst(i) => {
                standfirsts_left -= 1;
                BlockKind::LeftOut(Boilerplate::Standfirst)
            }
            // Checked after the specific kinds so that a caption pasted twice is reported as a caption
            // the first time and as a duplicate the second.
            None if shapes[i].duplicate && kept.contains(norm.as_str()) => BlockKind::LeftOut(Boilerplate::Duplicate),
            // The date set on its own line under or over the byline ("By Jane Doe" / "Tuesday 14 May,
            // 06:00") is the byline's, which the reader sees named as such. A headline with a number
            // beside its byline ("Best Camping Hammocks of 2026") has fewer digits; and where no article
            // was found, the headline is the longest line left standing (`mark_title`), which a date
            // rule must not take ("SW082 – 82 Gründe zum weiter hören").
            None if run.is_some()
                && shapes[i].is_date_line()
                && shapes[i].digits >= DATE_MIN_DIGITS
                && [i.wrapping_sub(1), i + 1].iter().any(|&j| furniture.get(j) == Some(&Some(Boilerplate::Byline))) =>
            {
                BlockKind::LeftOut(Boilerplate::Byline)
            }
            None if !inside => BlockKind::LeftOut(Boilerplate::Outside),
            None if shapes[i].table_row => BlockKind::TableRow,
            None if is_heading(norm, words) => BlockKind::Heading,
            None => BlockKind::Body,
        };
        if kind == BlockKind::LeftOut(Boilerplate::Footer) {
            if let Some(site) = footer_site_name(norm, vocabulary) {
                site_names.push(lowercase(site));
            }
        }
        if matches!(kind, BlockKind::Body | BlockKind::Heading | BlockKind::TableRow | BlockKind::Title) {
            kept.insert(norm);
        }
        blocks.push(Block { span: *span, kind });
    }

    // The site's name usually stands alone above the headline too; the footer told us what it is.
    for (block, norm) in blocks.iter_mut().zip(normalized) {
        if matches!(block.kind, BlockKind::Heading | BlockKind::LeftOut(Boilerplate::Outside))
            && site_names.iter().any(|s| *s == lowercase(norm))
        {
            block.kind = BlockKind::LeftOut(Boilerplate::SiteName);
        }
    }
    if given_title.is_none() && title.is_none() && run.is_none() {
        mark_title(&mut blocks, word_counts, normalized);
    }
    // (Before the splits below, while the blocks are the paragraphs.)
    let broken_across_pages = broken_across_pages(text, &blocks, page_furniture);
    split_title_at_bar(text, &mut blocks);
    split_title_from_its_edges(text, &mut blocks);
    split_glued_labels(text, &mut blocks, vocabulary);
    Structure { blocks, article_found: run.is_some(), broken_across_pages }
}

/// The paragraphs of the article that a page's end breaks a sentence between, past the page's number
/// and running header (the `blocks` that are `page_furniture`), as
/// [`Structure::broken_across_pages`] holds them: the paragraph before ends in no sentence's mark, and
/// is prose, or reads as a heading (a sentence's first line alone above the page's end: "The old
/// building had been closed in 2022 after inspectors found that its") over a paragraph that opens in
/// lower case, as no paragraph under a heading does.
fn broken_across_pages(text: &str, blocks: &[Block], page_furniture: &[bool]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut before: Option<&Block> = None;
    let mut past_page_lines = false;
    for (block, &page_line) in blocks.iter().zip(page_furniture) {
        if page_line {
            past_page_lines = true;
            continue;
        }
        let goes_on = |b: &Block| {
            !has_final_punctuation(b.span.slice(text)) && (b.kind == BlockKind::Body || article::opens_in_lower_case(block.span.slice(text)))
        };
        if let Some(before) = before.filter(|b| block.kind == BlockKind::Body && past_page_lines && goes_on(b)) {
            found.push((before.span.start, block.span.start));
        }
        before = matches!(block.kind, BlockKind::Body | BlockKind::Heading).then_some(block);
        past_page_lines = false;
    }
    found
}

/// A document in Markdown (a README, a report, a chat answer) names itself in its one top-level heading
/// ("# Quarterly report: customer support") over all its prose: that is the headline, whatever the lines
/// around it (an image, a byline in italics, a rule) make of it for the model. Lines opening with "# "
/// under prose, or more than one, are code's: comments, a root shell's prompt ("# ldd `which openssl`").
fn markdown_title(normalized: &[String], word_counts: &[usize], shapes: &[article::Shape], run: Option<article::Run>) -> Option<usize> {
    let top_level = |norm: &String| norm.as_bytes().starts_with(b"# ");
    let first = normalized.iter().position(top_level)?;
    let alone = !normalized[first + 1..].iter().any(top_level);
    let over_the_prose = run.is_some_and(|run| first <= run.start) && !shapes[..first].iter().any(|s| s.ends_sentence);
    (alone && over_the_prose && word_counts[first] <= TITLE_MAX_WORDS).then_some(first)
}

/// A label run into the prose under it ("ADVERTISEMENT The team tested …": [`furniture::glued_label`]) is
/// left out on its own, and the prose after it kept; an abstract's ("Abstract—Summarizing …":
/// [`furniture::abstract_label_run_in`]) is the abstract's heading. Looked up in the text's vocabulary,
/// then English's.
fn split_glued_labels(text: &str, blocks: &mut Vec<Block>, vocabulary: &Furniture) {
    let vocabularies = [vocabulary, Furniture::of(Language::ENGLISH)];
    let mut i = 0;
    while i < blocks.len() {
        let span = blocks[i].span;
        let paragraph = span.slice(text);
        if blocks[i].kind == BlockKind::Body {
            if let Some((end, rest, why)) = furniture::glued_label(paragraph, &vocabularies) {
                split_block(blocks, i, end, rest, BlockKind::LeftOut(why), BlockKind::Body);
                i += 1;
            } else if let Some((end, rest)) = furniture::abstract_label_run_in(paragraph, &vocabularies) {
                split_block(blocks, i, end, rest, BlockKind::Heading, BlockKind::Body);
                i += 1;
            }
        }
        i += 1;
    }
}

/// "How meditation rewires brains | Opinion": a headline runs up to a bar, and what follows it names the
/// section or the site. A dash, a slash or a guillemet cuts off a tail only when the tail is a few
/// words ("… Exhibitions 2025 – Artlyst", "… Applications - Part 1", "… test suite / Dec 2025"): a longer
/// one is the headline's own second half ("The Programming Language Death Spiral - How Small Languages
/// Die"), as Readability's title rule also assumes (measured in docs/quality.md). So is a tail of words
/// that opens in small letters ("… plant-based diet – tips and tricks", "Würde des Lebens – ein Projekt",
/// an e-mail's "Re: Q3 budget review — moving the offsite"): a name opens with a capital or a digit.
fn split_title_at_bar(text: &str, blocks: &mut Vec<Block>) {
    let Some(k) = blocks.iter().position(|b| b.kind == BlockKind::Title) else { return };
    let span = blocks[k].span;
    let title = span.slice(text);
    let cut = find_str(title, " | ").or_else(|| {
        // The last separator: a space, the mark, a space (char by char: `str::rfind` with a string would
        // link a searcher of its own into the `.wasm`).
        let at = title.char_indices().rev().find(|&(at, c)| c == ' ' && opens_with_title_separator(&title[at..]))?.0;
        let tail = title[at + 1..].trim_start_matches(|c: char| !c.is_whitespace()).trim();
        let words = word_count(tail);
        let goes_on = words > 1 && article::opens_in_lower_case(tail);
        (words <= TITLE_MAX_WORDS_AFTER_DASH && !goes_on).then_some(at)
    });
    let Some(cut) = cut else { return };
    let headline = title[..cut].trim_end();
    if word_count(headline) < TITLE_MIN_WORDS_BEFORE_BAR {
        return; // "News | How …": a label before the bar, not the headline
    }
    split_block(blocks, k, headline.len(), cut + 1, BlockKind::Title, BlockKind::LeftOut(Boilerplate::SiteName));
}

/// What a pasted headline carries on its edges that is not the headline: a Markdown heading's marks
/// ("# Building …", which the title span starts after); a date before it, as a blog
/// prints it in the heading ("Dec 18 2025 Preparing a transition in Debusine", "18 December 2025 …"), a
/// byline's; and a line of a few words under it that the paste joined to it (a tag
/// line, "… tips for zero waste living" / "starting zero waste"). The date is read in any language
/// without its month names: a word, a day's number (in either order) and a year of four digits.
fn split_title_from_its_edges(text: &str, blocks: &mut Vec<Block>) {
    let Some(k) = blocks.iter().position(|b| b.kind == BlockKind::Title) else { return };
    // A heading's markup ("# Title" in a Markdown file's text) is no part of the headline.
    let heading = blocks[k].span.slice(text);
    if let Some(text_start) = article::after_heading_marks(heading) {
        blocks[k].span.start += text_start;
    }
    let title = blocks[k].span.slice(text);
    // Where what follows `at` starts after white space (block spans are trimmed).
    let rest = |at: usize| title.len() - title[at..].trim_start().len();
    if let Some(cut) = title.find('\n').filter(|&cut| word_count(&title[cut + 1..]) <= TITLE_TAIL_MAX_WORDS) {
        split_block(blocks, k, title[..cut].trim_end().len(), rest(cut), BlockKind::Title, BlockKind::LeftOut(Boilerplate::Outside));
        return;
    }
    // The first three words (split at single spaces: their bytes and the spaces add up to the date's
    // end): a name and a day's number, in either order, then a year.
    let mut words = title.split(' ');
    let (Some(a), Some(b), Some(c)) = (words.next(), words.next(), words.next()) else { return };
    let (a_part, b_part) = (DatePart::of(a), DatePart::of(b));
    let dated = DatePart::of(c) == DatePart::Year
        && ((a_part == DatePart::Word && b_part == DatePart::Day) || (a_part == DatePart::Day && b_part == DatePart::Word));
    let date_end = a.len() + b.len() + c.len() + 2;
    if dated && date_end < title.len() && word_count(&title[date_end..]) >= TITLE_MIN_WORDS_BEFORE_BAR {
        split_block(blocks, k, date_end, rest(date_end), BlockKind::LeftOut(Boilerplate::Byline), BlockKind::Title);
    }
}

/// Block `k` cut in two: its first `end` bytes become a block of the kind `first`, and its bytes from
/// `rest` on one of the kind `second` after it.
#[inline(never)]
fn split_block(blocks: &mut Vec<Block>, k: usize, end: usize, rest: usize, first: BlockKind, second: BlockKind) {
    let span = blocks[k].span;
    blocks[k] = Block { span: Span::new(span.start, span.start + end), kind: first };
    blocks.insert(k + 1, Block { span: Span::new(span.start + rest, span.end), kind: second });
}

/// Whether a paragraph, in lower case, is the headline the caller gave: the same, or one of the two is
/// the other with the site's name after a bar or a dash ("<headline> | Site", the page's `<title>`).
fn is_given_headline(paragraph: &str, given: &str) -> bool {
    let (short, long) = if paragraph.len() <= given.len() { (paragraph, given) } else { (given, paragraph) };
    long.strip_prefix(short).is_some_and(|rest| rest.is_empty() || opens_with_title_separator(rest))
}

/// Whether `text` opens with a mark that parts a headline from the name after it, a space on each side
/// (" | Site", " – Artlyst", " / Dec 2025", " » Blog", " · Site").
fn opens_with_title_separator(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next() == Some(' ') && matches!(chars.next(), Some('|' | '–' | '—' | '-' | '/' | '»' | '·')) && chars.next() == Some(' ')
}

/// Without an article to go by, the title is the longest heading among the paragraphs before the
/// first prose paragraph; short headings above it are the site's name (or a section label), headings
/// below it stay headings, and a date over the headline is no heading to choose.
fn mark_title(blocks: &mut [Block], word_counts: &[usize], normalized: &[String]) {
    let lead_end = blocks.iter().position(|b| b.kind == BlockKind::Body).unwrap_or(blocks.len());
    let mut best: Option<(usize, usize)> = None; // (block index, words)
    for (i, block) in blocks[..lead_end].iter().enumerate() {
        let words = word_counts[i];
        if block.kind == BlockKind::Heading && words <= TITLE_MAX_WORDS && best.map_or(true, |(_, w)| words > w) && !is_bare_date(&normalized[i]) {
            best = Some((i, words));
        }
    }
    if let Some((title, _)) = best {
        blocks[title].kind = BlockKind::Title;
    }
}

/// Ends like a sentence: `.`, `!`, `?`, `…`, `:` or `;`, possibly followed by closing quotes or brackets.
pub(super) fn has_final_punctuation(s: &str) -> bool {
    matches!(final_mark(s), Some('.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？'))
}

/// Ends like a statement rather than an exclamation or a question ("… (Naturally!)" ends in `!`).
pub(super) fn ends_with_full_stop(s: &str) -> bool {
    matches!(final_mark(s), Some('.' | '…' | ':' | ';' | '。'))
}

/// The last character before any closing quotes, brackets, white space and a wiki's footnote marks
/// ("… the European Union.[2][3]" ends in a full stop: no headline).
pub(super) fn final_mark(s: &str) -> Option<char> {
    article::before_closing_marks(s).chars().next_back()
}

/// A line of three cells or more, none of them a sentence: a table of figures, names and yes-or-no
/// ("Top speed\t45 km/h\t34 km/h"). A row with a sentence in a cell ("Christmas Do-Over\t2006\tA father
/// is stuck in a time loop …", a list article's entry) and a label before its prose ("Risk\tIt follows
/// the market …") stay prose. A row of a Markdown table between its bars (`tabs` in its shape only under
/// a delimiter row: [`markdown_table_rows`]) is a table's row with any number of cells.
fn is_table_row(paragraph: &str) -> bool {
    // A cell as pasted: its words counted over any white space (a no-break space included), as a
    // normalized paragraph's are.
    let is_sentence = |cell: &str| has_final_punctuation(cell) && normalize_counting_words(cell).1 >= TABLE_SENTENCE_MIN_WORDS;
    (is_between_bars(paragraph) || paragraph.lines().any(|line| count_byte(line, b'\t') >= TABLE_MIN_CELLS - 1)) && !paragraph.split(['\t', '\n']).any(is_sentence)
}

/// Whether a line opens and closes with a bar, as a Markdown table's rows do ("| ts-loader | built in |").
fn is_between_bars(line: &str) -> bool {
    let line = line.trim();
    line.len() > 1 && line.starts_with('|') && line.ends_with('|')
}

/// Which paragraphs are the rows of a table in Markdown (GitHub's, which a README, an issue or a chat
/// answer is pasted in): a header row between bars, the delimiter row under it ("|---|:--:|") and the
/// rows between bars below that. Only the delimiter row tells a table from a menu between bars ("| Home |
/// News |").
fn markdown_table_rows(text: &str, paragraphs: &[Span]) -> Vec<bool> {
    let mut rows = vec![false; paragraphs.len()];
    let (mut previous_between_bars, mut in_table) = (false, false);
    for (i, paragraph) in paragraphs.iter().enumerate() {
        let line = paragraph.slice(text);
        let between_bars = is_between_bars(line);
        if between_bars && previous_between_bars && !in_table && count_byte(line, b'-') > 0 && line.trim().bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' ')) {
            rows[i - 1] = true;
            in_table = true;
        }
        in_table &= between_bars;
        rows[i] = in_table;
        previous_between_bars = between_bars;
    }
    rows
}

fn is_heading(norm: &str, words: usize) -> bool {
    !has_final_punctuation(norm) && words <= HEADING_MAX_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        structure(text, Language::ENGLISH).blocks.iter().map(|b| (normalize(b.span.slice(text)), b.kind)).collect()
    }

    /// The kinds of `text`'s blocks under the rules of the language tagged `tag`.
    fn kinds_in(text: &str, tag: &str) -> Vec<BlockKind> {
        structure(text, Language::from_tag(tag).unwrap()).blocks.iter().map(|b| b.kind).collect()
    }

    fn kind_of(paragraph: &str) -> BlockKind {
        // Put the paragraph between prose so it is judged on its own, not as a title.
        let text = format!("First sentence here.\n\n{paragraph}\n\nLast sentence here.");
        kinds(&text)[1].1
    }

    use BlockKind::{Body, Heading, LeftOut, TableRow, Title};
    use Boilerplate::*;

    #[test]
    fn named_paragraph_cases() {
        let cases: &[(&str, &str, BlockKind)] = &[
            ("AP caption", "Mr Kim inspected a guard (Korean Central News Agency/Korea News Service via AP)", LeftOut(Caption)),
            ("AP Photo credit", "Mr Kim has had two summits with US President Donald Trump (AP Photo/Evan Vucci, File)", LeftOut(Caption)),
            ("Photo: opening", "Photo: Jane Doe for The Example", LeftOut(Caption)),
            ("a stock photo's credit", "Photo by Jane Doe on Unsplash", LeftOut(Caption)),
            ("a photo credited through a site", "Image via Pexels", LeftOut(Caption)),
            ("a caption that points at its photo", "Above: hikers on the Havasu Falls Trail in May", LeftOut(Caption)),
            ("Getty Images", "Protesters gathered outside the court. Getty Images", LeftOut(Caption)),
            ("BBC image copyright", "Image copyright Reuters", LeftOut(Caption)),
            ("credit after the last full stop", "Readers queue on Mill Street before the doors opened. REUTERS/Jane Doe", LeftOut(Caption)),
            ("Photo: after the last full stop", "More than half the inmates are classed as Category B. Photo: Alvaro Serey", LeftOut(Caption)),
            ("prose naming an agency", "The talks were first reported by Reuters and AFP.", Body),
            ("prose with a parenthesis", "The deal was signed in 2011 (after long talks).", Body),
            ("prose ending in parenthesis without credit", "The committee will meet again (probably in May)", Heading),
            ("a table's row", "Floor space\t1,200 square metres\t2,400 square metres", TableRow),
            ("a table's row with a sentence", "Time Loop Day\t2006\tA father relives the same day until he gets it right.", Body),
            ("a label and its prose", "Risk\tIt follows the market the fund tracks.", Body),
            ("a sentence with no-break spaces in a cell", "Fees\t2025\tThe\u{a0}fund\u{a0}charges\u{a0}a\u{a0}small\u{a0}fee every year.", Body),
            ("a blog's comment form", "Leave a Reply", LeftOut(Share)),
            ("a comment's reply link", "Reply", LeftOut(Share)),
            ("a blog's sign-in prompt over its comment form", "Fill in your details below or click an icon to log in:", LeftOut(Share)),
            ("a comment form's subscription box", "Notify me of follow-up comments by email.", LeftOut(Share)),
            ("a blog's follow box", "Enter your email address to follow this blog and receive notifications of new posts by email.", LeftOut(Share)),
            ("a comment form's spam filter notice", "This site uses Akismet to reduce spam. Learn how your comment data is processed.", LeftOut(Footer)),
            ("a blog host's footer", "Create a free website or blog at WordPress.com.", LeftOut(Footer)),
            ("a blog post's filing line", "This entry was posted in Gardening and tagged hedges", LeftOut(Footer)),
            ("breadcrumbs", "Home News World", LeftOut(Navigation)),
            ("menu with separators", "Sign in | Register | Subscribe", LeftOut(Navigation)),
            ("breadcrumb arrows", "News › UK › Politics", LeftOut(Navigation)),
            ("headline is not a menu", "Kim Meets Putin In Vladivostok", Heading),
            ("advertisement", "Advertisement", LeftOut(Advertisement)),
            ("story continues", "Story continues below advertisement", LeftOut(Advertisement)),
            ("share this", "Share this article", LeftOut(Share)),
            ("share buttons", "Facebook Twitter WhatsApp Email", LeftOut(Share)),
            ("read more", "Read more: Trump says talks with Kim went well", LeftOut(ReadMore)),
            ("related", "Related stories", LeftOut(ReadMore)),
            ("a teaser and its link", "The council has approved two new cycle lanes. Work starts in May. Read more »", LeftOut(ReadMore)),
            ("a teaser ending in More…", "The council has approved two new cycle lanes. More…", LeftOut(ReadMore)),
            ("an excerpt cut off", "The council has approved two new cycle lanes on the ring road, which [\u{2026}]", LeftOut(ReadMore)),
            ("an elision after a sentence is the article's", "The council has approved two new cycle lanes on the ring road. [...]", Body),
            ("prose that ends wanting more", "Residents of the ring road say that they simply want more.", Body),
            ("prose that ends on a read-more word", "The lanes were approved. Residents asked for more", Heading),
            ("from footer", "From Belfast Telegraph", LeftOut(Footer)),
            ("copyright", "© 2019 Example Media Ltd", LeftOut(Footer)),
            ("byline", "By Jane Doe", LeftOut(Byline)),
            ("published line", "Published 10:38 BST, 24 April 2019", LeftOut(Byline)),
            ("reading time", "Reading time: 2 minutes", LeftOut(Byline)),
            ("prose starting with From", "From Monday, the island will be closed to traffic.", Body),
            ("prose starting with By", "By the end of the day, the train had crossed the border.", Body),
            ("subheading", "What happens next", Heading),
            ("long unpunctuated text is prose", "this text has no punctuation at all but it goes on and on for quite a few words more than any heading would ever have", Body),
        ];
        for (name, paragraph, expected) in cases {
            assert_eq!(kind_of(paragraph), *expected, "{name}: {paragraph:?}");
        }
    }

    #[test]
    fn a_teaser_ending_in_its_link_is_read_more_in_its_language() {
        let teaser = "Apple hat ein Bündel an Sicherheitskorrekturen veröffentlicht. Mehr…";
        let text = format!("Apple stopft Lücken in iOS\n\n{teaser}\n\nDas ist der erste Satz hier.");
        assert_eq!(kinds_in(&text, "de")[1], LeftOut(ReadMore));
        // "Mehr" is German's, not English's: an English page ending a paragraph on it keeps it.
        assert_ne!(kinds_in(&text, "en")[1], LeftOut(ReadMore));
    }

    /// WordPress's lines around a blog's comment form and in its footer, in German (on tens of
    /// Trafilatura's German pages; each of these was a summary sentence on one or two). The spam
    /// filter's notice is known by its name, in every language.
    #[test]
    fn a_blogs_comment_form_and_footer_lines_are_left_out_in_its_language() {
        let lines = [
            ("Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:", LeftOut(Share)),
            ("Benachrichtige mich über nachfolgende Kommentare via E-Mail.", LeftOut(Share)),
            ("Benachrichtigung bei weiteren Kommentaren per E-Mail senden.", LeftOut(Share)),
            ("Informiere mich über neue Beiträge per E-Mail.", LeftOut(Share)),
            ("Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge zu erhalten.", LeftOut(Share)),
            ("Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.", LeftOut(Footer)),
            ("Erstelle eine kostenlose Website oder Blog – auf WordPress.com.", LeftOut(Footer)),
        ];
        for (line, kind) in lines {
            let text = format!("Der erste Satz steht hier.\n\n{line}\n\nDer letzte Satz steht hier.");
            assert_eq!(kinds_in(&text, "de")[1], kind, "{line:?}");
        }
    }

    /// What content management systems print around a post, in the page's language: the skip links
    /// over the page (WordPress, Drupal, MediaWiki), a post's byline and a figure's label in German,
    /// WordPress.com's line over the comment form, a photograph's credit, and a Chinese site's link to
    /// the next article.
    #[test]
    fn skip_links_bylines_figure_labels_and_comment_form_lines_are_left_out_in_their_language() {
        let lines = [
            ("de", "Zum Inhalt springen", LeftOut(Footer)),
            ("de", "Direkt zum Inhalt", LeftOut(Footer)),
            ("de", "Zur Navigation springen", LeftOut(Footer)),
            ("fr", "Aller au contenu", LeftOut(Footer)),
            ("es", "Saltar al contenido", LeftOut(Footer)),
            ("it", "Vai al contenuto", LeftOut(Footer)),
            ("pt", "Pular para o conteúdo", LeftOut(Footer)),
            ("en", "Jump to navigation", LeftOut(Footer)),
            ("de", "Erstellt von Fabian am Dienstag 6. Mai 2014", LeftOut(Byline)),
            ("de", "Geschrieben von Anna Berg am 3. Januar 2020", LeftOut(Byline)),
            ("de", "Autor: Max Muster", LeftOut(Byline)),
            ("de", "Abb.: Collage aus Internetbildern", LeftOut(Caption)),
            ("de", "Du kommentierst mit Deinem Facebook-Konto. ( Abmelden / Ändern )", LeftOut(Share)),
            ("en", "You are commenting using your WordPress.com account. ( Log Out / Change )", LeftOut(Share)),
            ("de", "Zum Kommentarformular springen", LeftOut(Footer)),
            ("en", "PHOTOGRAPH BY ED MARSHALL, REDONDA RESTORATION PROGRAMME", LeftOut(Caption)),
            ("zh", "下一篇", LeftOut(ReadMore)),
        ];
        for (tag, line, kind) in lines {
            let text = format!("Der erste Satz steht hier.\n\n{line}\n\nDer letzte Satz steht hier.");
            assert_eq!(kinds_in(&text, tag)[1], kind, "{tag}: {line:?}");
        }
    }

    /// A blog prints the post's date on its own line over the headline, in words and digits; it is never
    /// the title, with an article found (the headline model's candidates) or without one (the longest
    /// heading).
    #[test]
    fn a_date_written_out_over_the_headline_is_not_the_title() {
        let english = "Blog\n\nTuesday, April 28, 2020\n\nA letter from the army\n\nMy last post was almost half a year \
            ago, and I had been thinking about closing the blog altogether. But what arrived in the post today would not \
            let me rest.\n\nMy daughter received a postcard from the army today. It is a string of impertinences, and I \
            was very annoyed by it.";
        let german = "Blog\n\nDIENSTAG, 28. APRIL 2020\n\nPost vom Bund\n\nMein letzter Post ist \
            schon fast ein halbes Jahr her, und ich habe bereits mit dem Gedanken gespielt, das Blog ganz einzustellen. \
            Aber was uns heute ins Haus geflattert ist, lässt mir keine Ruhe.\n\nDie Tochter hat heute Post von der \
            Bundeswehr bekommen. Die Postkarte ist eine Aneinanderreihung von Unverschämtheiten.";
        for (text, tag, headline) in [(english, "en", "A letter from the army"), (german, "de", "Post vom Bund")] {
            let got = structure(text, Language::from_tag(tag).unwrap()).title().map(|t| t.slice(text).to_owned());
            assert_eq!(got.as_deref(), Some(headline), "{tag}");
        }
        // (The German text has no article the model is sure of: its title is the longest heading, which the
        // date, a word longer than the headline, was.) A headline with a number and a year is a headline: a
        // date has a day's number and no more than two names beside it.
        for headline in ["Barcamp Graz 2015", "Best EVs of 2026", "Meet and Play 18 2018", "April 2020"] {
            assert!(!furniture::is_bare_date(headline), "{headline}");
        }
        for date in ["28 avril 2020", "Donnerstag, 31. Mai 2012", "Tuesday, April 28, 2020"] {
            assert!(furniture::is_bare_date(date), "{date}");
        }
    }

    /// A caption's credit labelled as its opening would be ("Foto:", "Photo:", "Credit:"), after a
    /// copyright sign, or bracketed as one ("(Picture by …)"), after the caption's words and with no full
    /// stop after the credit; prose with such a label ends like a sentence.
    #[test]
    fn a_credit_labelled_at_the_end_makes_a_caption() {
        let captions = [
            ("de", "Demut hinter Masken Foto: Adobe Stock"),
            ("de", "Cafe im Bohnenviertel. Foto: Stuttgart Marketing"),
            ("de", "Eine der Windkraftanlagen im Steinheimer Becken, Foto: EnBW"),
            ("en", "More than half the inmates are classed as Category B. Photo: Alvaro Serey"),
            ("en", "The Grind is a community hub for coffee and space to work. (Photo Credit: Haley Hoekstra)"),
            ("de", "Das Extrablatt warb für die Partei vor der Landtagswahl © Ivo Mayr"),
            ("en", "Chief Education Officer Dr Ramona Archer-Bradshaw. (Picture by Jameel Springer)"),
        ];
        for (tag, caption) in captions {
            let text = format!("The first sentence is here.\n\n{caption}\n\nThe last sentence is here.");
            assert_eq!(kinds_in(&text, tag)[1], LeftOut(Caption), "{caption:?}");
        }
        for (tag, prose) in [
            ("de", "Der Fotograf sagte uns dazu nur einen Satz: Foto ist Foto."),
            ("en", "The agency keeps one rule for every picture it sends out. Credit: the photographer, always."),
            // A site's notice has the year: a footer, not a caption.
            ("de", "Alle Rechte vorbehalten © 2024 Beispiel GmbH"),
            // An agency after a sentence is the sentence's source.
            ("en", "The minister resigned on Tuesday after a week of protests in the capital. (AFP)"),
        ] {
            let text = format!("The first sentence is here.\n\n{prose}\n\nThe last sentence is here.");
            assert_ne!(kinds_in(&text, tag)[1], LeftOut(Caption), "{prose:?}");
        }
    }

    /// German captions mark a stock photo "Symbolbild" (or "Symbolfoto"), before its credit or in
    /// brackets after its words; as a caption's last words, the bracket ends in a full stop as often.
    #[test]
    fn a_stock_photo_caption_is_a_caption_in_german() {
        let captions = [
            "Die Kinder waren alle noch sehr klein (Symbolbild).",
            "Es gibt Fusionsexperimente weltweit, um neue Energiequellen zu erschließen. (Symbolbild)",
            "Autohäuser in Thüringen dürfen wieder öffnen. (Symbolfoto) Bildrechte: IMAGO",
            "Symbolbild / Salzgitter Flachstahl AG",
        ];
        for caption in captions {
            let text = format!("Der erste Satz steht hier.\n\n{caption}\n\nDer letzte Satz steht hier.");
            assert_eq!(kinds_in(&text, "de")[1], LeftOut(Caption), "{caption:?}");
        }
        // The word itself, in the article's prose, is prose.
        for prose in ["Ein Symbolbild zeigt nie die Menschen, um die es im Bericht geht, sagt die Fotografin.", "Symbolbilder zeigen nie die Menschen, um die es im Bericht geht."] {
            let text = format!("Der erste Satz steht hier.\n\n{prose}\n\nDer letzte Satz steht hier.");
            assert_eq!(kinds_in(&text, "de")[1], Body, "{prose:?}");
        }
    }

    #[test]
    fn a_markdown_title_is_the_text_after_its_marks() {
        let text = "# Building a Home Assistant Smart Home\n\nI moved into a new house in March, and the first thing I did was to plan the smart home I had wanted for years.\n\n## The hardware\n\nI chose a small fanless computer to run Home Assistant. It draws less than ten watts.";
        let title = structure(text, Language::ENGLISH).title().map(|t| t.slice(text));
        assert_eq!(title, Some("Building a Home Assistant Smart Home"));
    }

    #[test]
    fn title_is_the_longest_heading_before_the_prose() {
        let text = "Belfast Telegraph\n\nHome News World\n\nNorth Korea’s Kim arrives in Russia before summit with Putin\n\nThe leader left at dawn.\n\nFrom Belfast Telegraph";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, [LeftOut(SiteName), LeftOut(Navigation), Title, Body, LeftOut(Footer)]);
    }

    #[test]
    fn a_title_the_caller_gives_is_the_only_one() {
        // An article pasted without its headline, whose lede is short and in Title Case: alone, it reads as
        // the headline; given the real one, it stays the article's first sentence.
        let text = "Blair Rejects Call For Inquiry.\n\nThe prime minister has rejected calls for a public inquiry into the sale of the plant.\n\nOpposition leaders said the decision was a mistake and would raise it again.";
        let title = |s: Structure| s.title().map(|t| t.slice(text).to_owned());
        assert_eq!(title(structure(text, Language::ENGLISH)).as_deref(), Some("Blair Rejects Call For Inquiry."));
        assert_eq!(title(structure_titled(text, Language::ENGLISH, Some("Inquiry call rejected"))), None);
        // The text's own copy of the given headline, in any case, is its title and not a sentence.
        assert_eq!(title(structure_titled(text, Language::ENGLISH, Some("BLAIR REJECTS CALL FOR INQUIRY."))).as_deref(), Some("Blair Rejects Call For Inquiry."));
        // So is it when one of the two has the site's name after a bar (a page's `<title>`), and only then.
        let page = "Kim arrives in Russia\n\nKim Jong Un arrived in Russia on Wednesday ahead of his summit.\n\nHe travelled by train.";
        let title = |given: &str| structure_titled(page, Language::ENGLISH, Some(given)).title().map(|t| t.slice(page).to_owned());
        assert_eq!(title("Kim arrives in Russia | World news").as_deref(), Some("Kim arrives in Russia"));
        // Every mark that parts a headline from a site's name does, as in a title the text itself holds.
        assert_eq!(title("Kim arrives in Russia » World news").as_deref(), Some("Kim arrives in Russia"));
        assert_eq!(title("Kim arrives in Russia / Daily Example").as_deref(), Some("Kim arrives in Russia"));
        assert_eq!(title("Kim arrives in Russia for talks"), None);
        assert_eq!(title("Kim"), None);
    }

    #[test]
    fn a_plain_article_keeps_its_lists_and_a_last_paragraph_cut_short() {
        let left_out = |text: &str| -> Vec<String> {
            kinds(text).into_iter().filter(|(_, kind)| matches!(kind, LeftOut(_))).map(|(text, _)| text).collect()
        };
        // A list of the article's points, then its prose again: nothing of it is the page around it.
        let listed = "The budget raises spending on schools and health, the finance minister said on Monday.\n\n\
            Defence spending also rises. The priority is to fight poverty and keep the government's allies on side. \
            But a new law makes the minister cut the deficit every year.\n\n\
            Heavy spending on poverty means next year's deficit target will be missed, he said. The year after \
            would have to be back on track, he warned.\n\n\
            He says he will go on reforming the tax system. As part of his reforms he has announced:\n\n\
            - Duty cuts on capital goods and raw materials\n- Expanded service tax net\n\
            - A higher income-tax threshold\n- Lower income tax for those earning least\n- Lower corporate tax rates\n\n\
            An annual survey released on Friday said the country needed to ease limits on foreign investment.";
        assert_eq!(left_out(listed), Vec::<String>::new());
        // A selection that stops mid-sentence: its last paragraph is the article's still.
        let cut = "Kim Jong Un arrived in Russia on Wednesday ahead of his summit with Vladimir Putin.\n\n\
            The secretive leader will be the first North Korean premier to travel to Russia since his late father visited in 2011.\n\n\
            Mr Kim has had two summits with Mr Trump, but the latest in Vietnam in February collapsed because North Korea \
            wanted more relief from sanctions than Washington was";
        assert_eq!(left_out(cut), Vec::<String>::new());
        // A menu's row of links stays out, last or not.
        let menu = format!("{cut} willing to give.\n\nHome News World Business Politics Sport Culture Science Travel Video Live Weather Newsletters Podcasts Puzzles Games Jobs Obituaries Topics");
        assert_eq!(left_out(&menu).len(), 1);
    }

    #[test]
    fn prose_that_lost_its_full_stop_above_a_table_stays_in_the_article() {
        // The article's last paragraph of prose, its final full stop lost with a link the copy dropped,
        // and then the seeds' table: the prose is the article's, the table's lines are not.
        let prose = "The top seed will face a qualifier in the first round of next week's championship in Melbourne, \
            the draw made on Friday showed.\n\n\
            The second seed opens against a veteran from Georgia and could meet the British number two in the second round. \
            The holder has never lost in the first week here and says the heat suits him. \
            \"It is a tricky draw,\" he said on Friday. \"You never know what can happen over five sets.\"\n\n\
            Last year's finalist has been troubled by a hip injury which ruled him out of the warm-up event, \
            but his coach said he had practised for two hours on Thursday without pain.\n\n\
            In the women's draw, the top seed could meet her sister in the quarter-finals and the French Open champion \
            in the semi-finals. Bronchitis ruled her out of last week's event in Sydney. The defending champion opens \
            against a qualifier but could meet a fellow Russian, the US Open winner, in the last eight";
        let seeds = ["1 Roger Federer (Switzerland)", "2 Andy Roddick (US)", "3 Lleyton Hewitt (Australia)", "4 Marat Safin (Russia)",
            "5 Carlos Moya (Spain)", "6 Guillermo Coria (Argentina)", "7 Tim Henman (Britain)", "8 Andre Agassi (US)"];
        let text = format!("{prose}\n\n{}", seeds.join("\n\n"));
        let left_out: Vec<String> = kinds(&text).into_iter().filter(|(_, kind)| matches!(kind, LeftOut(_))).map(|(text, _)| text).collect();
        assert_eq!(left_out, seeds);
    }

    #[test]
    fn no_title_when_the_text_starts_with_prose() {
        assert_eq!(structure("It rained. Then it stopped.\n\nA heading", Language::ENGLISH).title(), None);
        // An article pasted without its headline opens with its lede: a sentence, however many of its
        // first words are names ("MG Rover's Midlands plant"), is not a headline, and stays a sentence.
        let lede = "Some 2,000 jobs at MG Rover's Midlands plant may be cut if investment in the firm by a Chinese car maker goes ahead, the Financial Times has reported.";
        let rest = "Shanghai Automotive Industry Corp plans to shift production of the Rover 25 to China and export it to the UK, sources close to the negotiations told the paper. Rover bosses have said they are confident the deal will go through.";
        let text = format!("{lede}\n\n{rest}\n\n{rest}");
        assert_eq!(structure(&text, Language::ENGLISH).title(), None);
    }

    #[test]
    fn a_german_sentence_is_no_headline_however_many_nouns_it_capitalizes() {
        // German capitalizes every noun, so a short sentence (a caption, a standfirst) has as many capitals
        // as an English Title Case headline; German headlines are in sentence case and end in no full stop.
        let text = "Startseite\n\nEnergie\n\nGrößtes solarthermisches Kraftwerk der Welt entsteht in Dubai\n\n\
            Die Parabolrinnenanlage Nummer Eins Solar hat eine Leistung von 200 MW.\n\n\
            In Dubai entsteht das größte solarthermische Kraftwerk der Welt. Die Anlage soll im kommenden Jahr \
            ans Netz gehen und mehr als 300.000 Haushalte mit Strom versorgen, teilte der Betreiber am Montag mit.\n\n\
            Die Kosten des Projekts liegen nach Angaben des Betreibers bei mehreren Milliarden Euro, und die Bauarbeiten \
            sollen noch in diesem Monat beginnen.";
        let title = structure(text, Language::from_tag("de").unwrap()).title().map(|t| t.slice(text).to_owned());
        assert_eq!(title.as_deref(), Some("Größtes solarthermisches Kraftwerk der Welt entsteht in Dubai"));
    }

    #[test]
    fn a_headline_over_its_dek_is_the_title() {
        // A news page's headline, then its dek: longer, in the same voice, and without a full stop. The
        // headline may ask a question. Under them, the byline and the report.
        const DEK_AND_REPORT: &str = "\
            Presidentes do Supremo, Luiz Fux, e do Senado, Rodrigo Pacheco, tentam distensionar a República em meio a críticas ao Judiciário\n\
            LP\nLuana Patriolino\npostado em 05/01/2022 06:00\n\n\
            O presidente do Senado, Rodrigo Pacheco, e o presidente do Supremo Tribunal Federal, Luiz Fux, se reuniram nesta \
            terça-feira em busca de uma trégua institucional entre os Poderes. O encontro durou mais de duas horas e terminou sem declarações.\n\n\
            Segundo assessores, os dois concordaram em manter um canal de diálogo permanente e em evitar declarações públicas \
            que possam aumentar a tensão entre o Legislativo e o Judiciário nas próximas semanas.\n\n\
            A reunião ocorreu depois de uma semana de críticas de parlamentares a decisões recentes do tribunal, que foram \
            consideradas por alguns senadores uma interferência nas atribuições do Congresso.";
        for headline in [
            "Pacheco e Fux tentam uma trégua institucional entre os Poderes",
            "Pacheco e Fux vão conseguir uma trégua institucional entre os Poderes?",
        ] {
            let text = format!("Seções\nPolítica\nPoder\n{headline}\n{DEK_AND_REPORT}");
            let title = structure(&text, Language::from_tag("pt").unwrap()).title().map(|t| t.slice(&text).to_owned());
            assert_eq!(title.as_deref(), Some(headline));
        }
    }

    #[test]
    fn a_buying_guide_s_headline_stands_over_its_lede_not_over_its_longest_section() {
        // A guide opens with its headline and lede, then boxes of products (160 lines), then its longest
        // prose: the run the article is found in is that section, far below the headline.
        let products: String = (1..=40).map(|n| format!("Model {n}\nBest for: small bathrooms\nRating: 4.5\nCheck price\n\n")).collect();
        let section = "We bought every brush with our own money and used each one twice a day for three weeks, \
            timing the battery, counting the settings and asking a dental hygienist to check our teeth afterwards. \
            The results surprised us more than once, and the cheapest model held its own against the dearest.";
        let text = format!(
            "Home\nReviews\nHealth\n\nThe Best Electric Toothbrushes\n\nBy Jane Doe\nUpdated March 5, 2025\n\n\
            A good toothbrush is essential for oral health, and an electric one does the work for you. We tested \
            thirteen of the most popular models side by side for three months, from budget brushes to premium ones \
            with apps, to find the one that cleans best for the money, and the ones that are not worth it.\n\n\
            {products}How We Tested\n\n{section}\n\n{section}\n\n{section}\n\n{section}\n\nShare\nFacebook\nTwitter"
        );
        let title = structure(&text, Language::ENGLISH).title().map(|t| t.slice(&text).to_owned());
        assert_eq!(title.as_deref(), Some("The Best Electric Toothbrushes"));
    }

    #[test]
    fn a_call_to_action_is_never_the_headline() {
        let text = "Home\nPractice Areas\nContact\n\nLegal issues related to getting hurt at a gym\n\nCall Us Now\n\n\
            Getting hurt at a gym can raise questions about who is responsible for the injury and what the waiver you \
            signed really covers. The answer depends on what caused the accident and on the law of the state.\n\n\
            A gym owes its members a duty to keep the equipment in good repair and to warn them of hazards it knows \
            about, and a waiver does not excuse a gym that was grossly negligent.";
        let analysis = analyse(text, Language::ENGLISH);
        let candidates: Vec<&str> = analysis.title_candidates().iter().map(|c| analysis.normalized[c.paragraph].as_str()).collect();
        assert!(candidates.contains(&"Legal issues related to getting hurt at a gym") && !candidates.contains(&"Call Us Now"), "{candidates:?}");
        // In any language the page is in: English's calls to action are read on every page, as its furniture is.
        let german = text.replace("Home\nPractice Areas\nContact", "Startseite\nLeistungen\nKontakt");
        let analysis = analyse(&german, Language::from_tag("de").unwrap());
        assert!(analysis.title_candidates().iter().all(|c| analysis.normalized[c.paragraph] != "Call Us Now"));
    }

    #[test]
    fn a_section_label_over_the_headline_is_not_the_title() {
        // A breadcrumb's last step, then the headline right under it (which may ask a question).
        for headline in ["How To Get Toddlers To Sleep In Their Own Bed", "How Do You Get Toddlers To Sleep In Their Own Bed?"] {
            let text = format!(
                "Skip to main content\nOur Products\nAll Products\nClassics\nBaby Oil\nBaby Wash\nHair Care\nWhere to Buy\n\
                Our Purpose\nOur Ingredients | Overview\nOur Certifications\nBaby Tips\nFAQs\nOur Products\nBaby Tips\nFAQs\n\
                Where to Buy\nHome\nArticles\nCurrent Page\nToddler Sleep Training\n{headline}\n\n\
                Toddler sleep training takes patience: many parents find that sharing their bed with a toddler leads to \
                sleepless nights, and sleep training helps a toddler sleep in a bed of their own. Training works best with \
                a routine, and toddler sleep improves within weeks.\n\n\
                Start with a bedtime that stays the same every night. A bath, a story and a song \
                tell a toddler that sleep is coming, and the routine itself becomes the signal for sleep.\n\n\
                Expect a few nights of protest at first. Walk the toddler back to bed calmly each time, and \
                praise them in the morning for every night of sleep in their own bed."
            );
            let title = structure(&text, Language::ENGLISH).title().map(|t| t.slice(&text).to_owned());
            assert_eq!(title.as_deref(), Some(headline));
        }
    }

    #[test]
    fn a_breadcrumb_s_last_step_is_the_headline() {
        // A local news site: teasers over their dates, then the breadcrumb that ends in the headline, the
        // headline itself (a long line with a comma, in German's sentence case), the byline and the
        // report. The model, fitted on English pages, rates a Title Case teaser higher.
        let text = "Mainfranken heute: Schweinfurt – Rhön-Grabfeld, Hassberge, Niederwerrn, Oberwerrn, Gochsheim, Sennfeld, Politik, Lifestyle, Sport\n\
            Lokales\n\
            Pflanzen und Tanzen gegen Kinderlähmung: Der Rotary Club engagierte sich anlässlich des Weltpoliotages\n\
            1. November 2023\n\
            Austausch mit Experten: Der Landkreis und seine Gemeinden arbeiten gemeinsam an einer klimafreundlichen Zukunft\n\
            1. November 2023\n\
            Sport\n\
            Neun Sätze in Calw: Oberndorfer Faustballer starten gut in die Saison – aber erfolglos\n\
            30. Oktober 2023\n\
            Die Kicker im Allgäu und im Keller: Mit zwölf Feldspielern hat man in Kempten keine Chance gegen Augsfeld\n\
            28. Oktober 2023\n\
            Region\n\
            Schweinfurt\n\
            Rhön\n\
            Home / Fußball / Kreisklasse / Wenn man in der Heimat verliert, dann tut es in der Ferne vielleicht ein bisschen weniger weh\n\
            Wenn man in der Heimat verliert, dann tut es in der Ferne vielleicht ein bisschen weniger weh\n\
            \n\
            mh 15. Oktober 2023\n\
            \n\
            Lesen Sie auch\n\
            Grusel-Aus im Pokal: Aubstadt geht in Illertissen gleich mit 0:4 unter\n\
            \n\
            1. November 2023\n\
            \n\
            AUGSFELD – Zuhause verlieren ist nicht unbedingt schön. Und deshalb freute sich der Trainer der Kicker nur insgeheim über den Erfolg des FC Augsfeld, weniger aber darüber, dass das Team aus seinem Wohnort ausgerechnet seine eigene Mannschaft besiegte.\n\
            \n\
            Die Kicker spielten bislang eine recht ordentliche Saison und brachten der SG Abersfeld bisher deren einzige Niederlage bei. Doch zuletzt lief es nicht mehr so gut, und gegen den FC Augsfeld verlor die Mannschaft mit null zu zwei Toren im Keller der Tabelle.\n\
            \n\
            Der Trainer war an diesem Wochenende nicht dabei, weil er schon lange einen kurzen Wanderurlaub im Allgäu geplant hatte. So musste er wenigstens nicht mit ansehen, wie seine Mannschaft zu Hause verlor.";
        let title = structure(text, Language::from_tag("de").unwrap()).title().map(|t| t.slice(text).to_owned());
        assert_eq!(title.as_deref(), Some("Wenn man in der Heimat verliert, dann tut es in der Ferne vielleicht ein bisschen weniger weh"));
        // A breadcrumb's last step cut short with an ellipsis, on a line of its own over the headline.
        let text = "Courses\n\
            Business\n\
            Individuals Pricing\n\
            Resources\n\
            AI for HR\n\
            Get a demo For Business For Individuals\n\
            Courses\n\
            Certificate Programs\n\
            Browse all content\n\
            Home\n\
            General HR\n\
            11 HR Trends for 2026:...\n\
            11 HR Trends for 2026: Shaping What’s Next\n\
            \n\
            The HR function stands at a new intersection where familiar paths split and unexpected ones emerge. The pace of change in technology and in the workforce asks HR teams to rethink how they plan, hire and develop people.\n\
            \n\
            Written by Marna Berg and Erik Vos\n\
            \n\
            In this article we look at the trends that will shape HR in 2026, from skills-based hiring to the use of AI in everyday people decisions, and at what HR teams can do about each of them.\n\
            \n\
            The first trend is the move from jobs to skills. More organizations now describe work as a set of skills rather than a fixed job, and they hire, pay and promote on that basis.";
        let title = structure(text, Language::ENGLISH).title().map(|t| t.slice(text).to_owned());
        assert_eq!(title.as_deref(), Some("11 HR Trends for 2026: Shaping What’s Next"));
    }

    #[test]
    fn a_date_before_the_headline_and_a_tag_line_joined_under_it_are_not_the_title() {
        let prose = "The project moves its workers to a new queue this week, and the old one stops taking jobs on \
            Friday. Anyone running a worker should update it before then.\n\nThe new queue keeps the same interface, \
            so most setups need nothing more than the update; the notes list the few settings that changed.";
        for (heading, title) in [
            ("Dec 18 2025 Preparing a transition in Debusine", "Preparing a transition in Debusine"),
            ("18 December 2025 Preparing a transition in Debusine", "Preparing a transition in Debusine"),
            // A year inside the headline is the headline's.
            ("Best EVs of 2026 for a long commute", "Best EVs of 2026 for a long commute"),
        ] {
            let text = format!("Blog\nAbout\n\n{heading}\n\n{prose}");
            let got = structure(&text, Language::ENGLISH).title().map(|t| t.slice(&text).to_owned());
            assert_eq!(got.as_deref(), Some(title), "{heading:?}");
        }
        // A line a browser joined to the headline in a text not wrapped at one width: the headline alone.
        let text = format!("Blog\nAbout\n\nStarting an eco-friendly lifestyle: tips for zero waste living\nstarting zero waste\n\n{prose}");
        let got = structure(&text, Language::ENGLISH).title().map(|t| t.slice(&text).to_owned());
        assert_eq!(got.as_deref(), Some("Starting an eco-friendly lifestyle: tips for zero waste living"));
    }

    #[test]
    fn a_caption_pasted_twice_is_a_caption_then_a_duplicate() {
        let caption = "Kim Jong Un left North Korea on Wednesday before leaving for Russia (Korean Central News Agency/Korea News Service via AP)";
        let text = format!("Intro sentence.\n\n{caption}\n{caption}\n\nMore prose.");
        let got: Vec<BlockKind> = kinds(&text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, [Body, LeftOut(Caption), LeftOut(Caption), Body]);
    }

    #[test]
    fn bylines_in_scripts_without_case_are_bylines() {
        // The name after "By" opens with a capital in English; in these scripts no letter is a capital.
        let cases = [
            ("th", "เมืองเปิดรถรางสายใหม่", "โดย สมศรี ใจดี", "เมืองเปิดเส้นทางรถรางสายใหม่ ผู้โดยสารหลายพันคนใช้บริการในวันแรก และเจ้าหน้าที่กล่าวว่าจะเพิ่มขบวนรถในเดือนหน้า"),
            ("ar", "المدينة تفتتح خط ترام جديدا", "بقلم أحمد علي", "افتتحت المدينة خطا جديدا للترام يوم الاثنين. وقال المسؤولون إن آلاف الركاب استخدموا الخط في يومه الأول."),
            ("hi", "शहर में नई ट्राम लाइन", "लेखक: राम शर्मा", "शहर ने सोमवार को नई ट्राम लाइन खोली। अधिकारियों ने कहा कि पहले दिन हजारों यात्रियों ने इसका उपयोग किया।"),
            ("zh", "新有轨电车线路开通", "记者：张三", "该市周一开通了一条新的有轨电车线路。官员表示，第一天有数千名乘客使用了这条线路。"),
            ("zh", "新有轨电车线路开通", "作者： 李四", "该市周一开通了一条新的有轨电车线路。官员表示，第一天有数千名乘客使用了这条线路。"),
        ];
        for (tag, headline, byline, prose) in cases {
            let kinds = kinds_in(&format!("{headline}\n\n{byline}\n\n{prose}"), tag);
            assert_eq!(kinds[1], LeftOut(Byline), "{tag}: {byline}");
        }
        // In English a lower-case word after "by" is prose, not a name.
        assert_ne!(kind_of("by the end of the day"), LeftOut(Byline));
    }

    #[test]
    fn menus_in_scripts_without_case_are_menus() {
        // A menu's items open with capitals in English; these scripts have none, and their menu words
        // were never matched.
        let cases = [
            ("zh", "首页 新闻 体育 财经 娱乐", "新有轨电车线路开通", "该市周一开通了一条新的有轨电车线路。官员表示，第一天有数千名乘客使用了这条线路。"),
            ("ar", "الرئيسية أخبار رياضة اقتصاد", "المدينة تفتتح خط ترام جديدا", "افتتحت المدينة خطا جديدا للترام يوم الاثنين. وقال المسؤولون إن آلاف الركاب استخدموا الخط في يومه الأول."),
            // A Thai word is several code points: the items are short, as words go.
            ("th", "หน้าแรก | ข่าว | การเมือง | เศรษฐกิจ | กีฬา", "เมืองเปิดเส้นทางรถรางสายใหม่มุ่งหน้าไปทางเหนือ", "รถรางสายใหม่เชื่อมสถานีกลางกับย่านทางตอนเหนือของเมืองตั้งแต่วันจันทร์ที่ผ่านมา หลังจากการก่อสร้างนานสามปี ตอนนี้รถรางวิ่งทุกสิบนาทีในวันทำการ บริษัทขนส่งคาดว่าจะมีผู้โดยสารประมาณสี่หมื่นคนต่อวันบนเส้นทางนี้"),
            ("hi", "होम समाचार खेल मनोरंजन", "शहर में नई ट्राम लाइन", "शहर ने सोमवार को नई ट्राम लाइन खोली। अधिकारियों ने कहा कि पहले दिन हजारों यात्रियों ने इसका उपयोग किया।"),
        ];
        for (tag, menu, headline, prose) in cases {
            let kinds = kinds_in(&format!("{menu}\n\n{headline}\n\n{prose}"), tag);
            assert_eq!(kinds[..2], [LeftOut(Navigation), Title], "{tag}: {menu}");
        }
    }

    #[test]
    fn chinese_prose_with_interpuncts_in_names_is_not_a_menu() {
        // "·" and "•" separate menu items, and a run of Chinese between spaces is one word: a long
        // paragraph naming 马克•史华兹 and 约翰·德·尼珂拉 (ending in its source, not a full stop) once
        // read as a menu of one-word items.
        let prose = "高盛集团12日宣布马克•史华兹将重返高盛担任集团的副董事长兼亚太区董事长。史华兹将会派驻北京。\
                     凯迪拉克品牌总裁兼集团副总裁约翰·德·尼珂拉日前接受采访表示，通用的插电混动技术有望在全系产品上得到应用。@第一财经日报";
        let kinds = kinds_in(&format!("高盛人事变动\n\n{prose}\n\n此举显示了中国以及亚太区对高盛整体业务的重要性。"), "zh");
        assert_eq!(kinds[1], Body, "{kinds:?}");
        // A short line of menu items still is one.
        let menu = "首页 · 新闻 · 体育 · 财经";
        assert_eq!(kinds_in(&format!("{prose}\n\n{menu}\n\n{prose}"), "zh")[1], LeftOut(Navigation));
    }

    /// A Markdown table (a README's, a chat answer's) is part of the article, and the article goes on
    /// under it; its rows had read as a menu between bars, and the article ended above them.
    #[test]
    fn a_markdown_tables_rows_are_the_articles_and_the_article_goes_on_under_them() {
        let prose = [
            "Last spring our build took four minutes on a clean checkout, and a one-line change took eleven seconds to show up in the browser.",
            "Most of the old loaders had a direct replacement. The SVG loader became a plugin, and TypeScript needed no loader at all.",
            "The hardest part was our use of a module loader the new tool does not support, which required touching 140 files across the code base.",
            "We should have migrated the test runner at the same time. Running the old one against the new build kept half the old configuration alive for three months.",
        ];
        let table = ["| Webpack | Vite |", "|---|:---:|", "| ts-loader | built in |", "| @svgr/webpack | vite-plugin-svgr |", "| DefinePlugin | define option |"];
        let text = format!("Home | Blog | About\n\nMigrating our build to Vite\n\n{}\n\n{}\n{}\n\n{}\n\n{}", prose[0], prose[1], table.join("\n"), prose[2], prose[3]);
        let blocks = structure(&text, Language::ENGLISH).blocks;
        let kind = |paragraph: &str| blocks.iter().find(|b| b.span.slice(&text) == paragraph).map(|b| b.kind);
        for row in table {
            assert_eq!(kind(row), Some(TableRow), "{row}");
        }
        for paragraph in &prose[2..] {
            assert_eq!(kind(paragraph), Some(Body), "{paragraph}");
        }
        assert_eq!(kind("Home | Blog | About"), Some(LeftOut(Boilerplate::Navigation)));
        // Without the delimiter row, a line between bars is no table's row: a menu stays a menu.
        assert_eq!(markdown_table_rows("| Home | News |\n| World | Sport |", &paragraphs("| Home | News |\n| World | Sport |", false)), [false, false]);
    }

    /// A report in Markdown: its one top-level heading is its title, over an image, a byline in italics
    /// and a rule (the model had taken the byline); a root shell's "# command" under prose is no title.
    #[test]
    fn a_markdown_documents_top_level_heading_is_its_title() {
        let prose = "Ticket volume fell by 12% this quarter, the first decline in two years. Most of the drop came from billing questions, which the new invoice page now answers.\n\nMedian first-response time improved from 4.1 hours to 2.6 hours after we moved two agents from the evening shift to the morning peak.\n\nWe will pilot automatic refunds under $50 and add a second weekend agent, and we expect satisfaction for refunds to reach 80% by the end of the year.";
        let report = format!("# Quarterly report: customer support\n\n![Support team photo](https://example.com/team.jpg)\n\n*Prepared by the support operations team, October 2025*\n\n---\n\n## Summary\n\n{prose}");
        let title = |text: &str| structure(text, Language::ENGLISH).title().map(|t| t.slice(text).to_string());
        assert_eq!(title(&report).as_deref(), Some("Quarterly report: customer support"));
        let shell = format!("Rsync over stunnel\n\n{prose}\n\n# ldd `which openssl`\n\nIf the libraries are not found, make sure the directory is listed in the configuration and run ldconfig again.");
        assert_eq!(title(&shell).as_deref(), Some("Rsync over stunnel"));
    }

    /// A table as a browser copies it (tabs between the cells) under the article's last section: its
    /// rows of figures are no menu ("2.3 GB/s" had read as a menu's "/"), and the paragraph under it,
    /// the post's conclusion, is the article's (the run had ended above the table).
    #[test]
    fn a_tables_rows_are_no_menu_and_the_article_goes_on_under_them() {
        let text = [
            "Home\nBlog\nAbout",
            "Parsing JSON at gigabytes per second",
            "JSON is the ubiquitous data format on the Internet, and there is a lot of it that needs to be parsed and validated every day.",
            "A reader asked how our parser compares in speed against one of the nicest libraries, which was designed for ease of use rather than raw speed.",
            "Let us run some benchmarks on a Skylake processor with the same compiler for both.",
            "file\tours\ttheirs\napache_builds\t2.3 GB/s\t0.098 GB/s\ngithub_events\t2.5 GB/s\t0.093 GB/s\ntwitter\t2.2 GB/s\t0.094 GB/s",
            "Thus, roughly speaking, our parser validates a document and builds its tree at about 2 GB/s, twenty times faster than the easier library.",
            "Posted in Software\nLeave a comment",
        ]
        .join("\n\n");
        let blocks = structure(&text, Language::ENGLISH).blocks;
        let kind = |paragraph: &str| blocks.iter().find(|b| b.span.slice(&text) == paragraph).map(|b| b.kind);
        for row in ["apache_builds\t2.3 GB/s\t0.098 GB/s", "twitter\t2.2 GB/s\t0.094 GB/s"] {
            assert_eq!(kind(row), Some(TableRow), "{row}");
        }
        assert_eq!(kind(text.split("\n\n").nth(6).unwrap()), Some(Body));
    }

    #[test]
    fn a_dateline_before_a_byline_or_source_is_a_byline() {
        let prose = "该市周一开通了一条新的有轨电车线路。官员表示，第一天有数千名乘客使用了这条线路。";
        for dateline in ["2017-03-10 09:58:03来源：新华网作者：张三", "2017-03-10 09:58\u{3000}来源：新华网", "2017/03/10 记者：张三"] {
            let kinds = kinds_in(&format!("新有轨电车线路开通\n\n{dateline}\n\n{prose}"), "zh");
            assert_eq!(kinds[1], LeftOut(Byline), "{dateline}");
        }
        // A number opening a sentence is no dateline.
        assert_eq!(kind_of("2024 was a year of records for the city"), Heading);
    }

    #[test]
    fn a_blog_s_date_line_with_every_category_of_the_post_is_a_byline_however_long() {
        let prose = "Bitterns have bred at Marrow Fen for the first time in forty years, the trust that manages the site \
            said on Monday. Wardens recorded three booming males this spring, and a female was seen carrying food.";
        for (line, language) in [
            ("Posted on November 25, 2024 in Birds, Conservation, Fens and Marshes, Northfield, Reedbeds, Rivers, Volunteering, \
              Wetland Restoration, Wildlife, Events and Walks, News from the Reserves", "en"),
            ("Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Vögel, Naturschutz, Feuchtgebiete | Tags: Rohrdommel, \
              Schilf, Moor, Frühling, Wanderung, Ehrenamt, Renaturierung, Flussauen", "de"),
        ] {
            let kinds = kinds_in(&format!("Bitterns return to Marrow Fen\n\n{line}\n\n{prose}\n\n{prose}"), language);
            assert_eq!(kinds[1], LeftOut(Byline), "{line}");
        }
        // A sentence that opens with such a word is prose, however it is dated.
        let sentence = "Posted on the gate of the reserve since 2014, a notice asks walkers to keep their dogs on a lead between March and July, when the bitterns nest in the reeds.";
        assert_ne!(kinds_in(&format!("Bitterns return to Marrow Fen\n\n{sentence}\n\n{prose}"), "en")[1], LeftOut(Byline));
    }

    #[test]
    fn a_date_on_its_own_line_beside_the_byline_is_the_byline_s() {
        let prose = "Bitterns have bred at Marrow Fen for the first time in forty years, the trust that manages the site \
            said on Monday. Wardens recorded three booming males this spring, and a female was seen carrying food.\n\n\
            The fen, a shallow basin south of the town, was drained for wheat in the 1960s. The trust began blocking \
            the drainage ditches in 2014 and letting the winter floods spread back across the lowest fields.\n\n\
            Researchers have sampled the river below the fen since the project began. They found that nitrate \
            levels in the water leaving the site have fallen by about a third as the reeds returned.";
        for head in ["By Priya Castell, Environment Correspondent\n\nTuesday 14 May, 06:00", "14 May 2024\n\nBy Priya Castell"] {
            let kinds = kinds(&format!("Bitterns return to Marrow Fen\n\n{head}\n\n{prose}"));
            assert_eq!(kinds[1..3].iter().map(|(_, k)| *k).collect::<Vec<_>>(), [LeftOut(Byline), LeftOut(Byline)], "{head:?}");
        }
        // A short line with a number apart from any byline is no date, nor is a teaser's headline with a
        // number beside the teaser's byline under the article.
        let apart = kinds(&format!("Bitterns return to Marrow Fen\n\nBy Priya Castell\n\n{prose}\n\nTop 10 wetlands\n\nMore from the trust"));
        assert_ne!(apart[apart.len() - 2].1, LeftOut(Byline), "{apart:?}");
        for teaser in ["Best Wetland Walks of 2026", "The 10 wetlands to walk in this spring"] {
            let related = kinds(&format!("Bitterns return to Marrow Fen\n\nBy Priya Castell\n\n{prose}\n\nRelated\n\n{teaser}\n\nBy Sam Hale"));
            assert_ne!(related[related.len() - 2].1, LeftOut(Byline), "{related:?}");
        }
        // Where no article is found, the longest line left standing is the title, and a headline with
        // numbers over its byline stays one.
        let text = "Home\n\nOur top 10 of 2019\n\nPosted on July 21, 2019 by Jane Hale\n\nThanks for listening this year.";
        assert_eq!(structure(text, Language::ENGLISH).title().map(|t| t.slice(text)), Some("Our top 10 of 2019"));
    }

    #[test]
    fn a_menu_of_two_character_words_is_not_a_word_set_vertically() {
        // "W" / "A" / "RN" joins into one paragraph; two Chinese characters a line are a menu's words.
        let text = "电影\n旅游\n亲子\n美食\n\n新有轨电车线路开通\n\n该市周一开通了一条新的有轨电车线路。官员表示，第一天有数千名乘客使用了这条线路。";
        let s = structure(text, Language::from_tag("zh").unwrap());
        assert!(s.blocks.len() >= 6, "{:?}", s.blocks.iter().map(|b| b.span.slice(text)).collect::<Vec<_>>());
        assert_eq!(s.title().map(|t| t.slice(text)), Some("新有轨电车线路开通"));
    }

    #[test]
    fn english_furniture_on_a_page_in_another_language_is_furniture() {
        let prose = "El Gobierno aprobó el martes una nueva ley de vivienda. La norma limita los precios del alquiler en las zonas más tensionadas del país.";
        let kinds = kinds_in(&format!("La nueva ley de vivienda\n\nBy Charles M. Blow\n\n{prose}\n\nAdvertisement\n\n{prose} Entra en vigor en enero."), "es");
        assert_eq!(kinds[1], LeftOut(Byline), "{kinds:?}");
        assert_eq!(kinds[3], LeftOut(Advertisement), "{kinds:?}");
    }

    #[test]
    fn readers_comments_under_a_post_are_not_the_article() {
        let post = "Home\n\nAbout\n\nContact\n\nWhy we planted a hedge\n\n\
                    We planted a hedge of hawthorn and hazel along the lane last winter. The birds came back within weeks, and the wind no longer strips the vegetable beds.";
        let thread = "3 thoughts on “Why we planted a hedge”\n\nFlorence says:\n\nJanuary 7, 2016 at 10:31 am\n\n\
                      We did the same with blackthorn ten years ago and it is now a wall of blossom every spring, full of nests and noisy with sparrows from March to June.\n\n\
                      Reply\n\nAndre Alexis says:\n\nJanuary 15, 2016 at 4:17 am\n\n\
                      How long did it take to fill in? Our own hedge still has gaps after three years, and the deer eat whatever we plant in them before it can grow.\n\nReply";
        let text = format!("{post}\n\n{thread}");
        let s = structure(&text, Language::ENGLISH);
        let kind_of = |needle: &str| s.blocks.iter().find(|b| b.span.slice(&text).starts_with(needle)).map(|b| b.kind);
        assert_eq!(kind_of("We planted a hedge"), Some(Body));
        assert_eq!(kind_of("Florence says:"), Some(LeftOut(Byline)));
        assert!(matches!(kind_of("We did the same"), Some(LeftOut(_))), "{:?}", kind_of("We did the same"));
        assert!(matches!(kind_of("How long did it take"), Some(LeftOut(_))));
        // The same in German, under a page in German, with WordPress's German labels.
        let german = text.replace("Florence says:", "Florence sagt:").replace("Andre Alexis says:", "Andre Alexis sagt:").replace("Reply", "Antworten")
            + "\n\nSchreibe einen Kommentar\n\nTeilen mit:";
        let s = structure(&german, Language::from_tag("de").unwrap());
        let kind_in_german = |line: &str| s.blocks.iter().find(|b| b.span.slice(&german) == line).map(|b| b.kind);
        assert_eq!(kind_in_german("Florence sagt:"), Some(LeftOut(Byline)));
        for furniture in ["Antworten", "Schreibe einen Kommentar", "Teilen mit:"] {
            assert_eq!(kind_in_german(furniture), Some(LeftOut(Share)), "{furniture}");
        }
        // Each language's verb for it: a comment header in every language that has one on file.
        for (tag, verb) in [("fi", "sanoo"), ("ro", "spune"), ("el", "λέει"), ("uk", "каже"), ("sk", "napísal"), ("vi", "viết"), ("ar", "يقول")] {
            let header = format!("Florence {verb}:");
            let local = text.replace("Florence says:", &header);
            let s = structure(&local, Language::from_tag(tag).unwrap());
            let kind = s.blocks.iter().find(|b| b.span.slice(&local) == header).map(|b| b.kind);
            assert_eq!(kind, Some(LeftOut(Byline)), "{tag}: {header}");
        }
        // "The report says:" over a quotation is the article's own: no date line under it.
        let quoted = format!("{post}\n\nThe report says:\n\n{}", "Hedges shelter more species per metre than any other habitat on a farm, and they hold the soil in place. ".repeat(2));
        let s = structure(&quoted, Language::ENGLISH);
        let quotation: Vec<BlockKind> = s.blocks.iter().filter(|b| b.span.slice(&quoted).starts_with("Hedges shelter")).map(|b| b.kind).collect();
        assert_eq!(quotation, [Body]);
    }

    #[test]
    fn a_paragraph_repeated_verbatim_is_a_duplicate() {
        let text = "He said it was over.\n\nWe will rebuild, she said.\n\nWe will rebuild, she said.";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, [Body, Body, LeftOut(Duplicate)]);
    }

    #[test]
    fn hard_wrapped_lines_join_and_long_lines_do_not() {
        let wrapped = "It is a truth universally acknowledged, that a single man in possession\nof a good fortune, must be in want of a wife.\n\nNext paragraph.";
        assert_eq!(kinds(wrapped).len(), 2);
        let long = "A".repeat(120) + ".";
        let web = format!("{long}\n{long}\n{long}");
        assert_eq!(kinds(&web).len(), 3);
    }

    #[test]
    fn crlf_and_lone_cr_line_endings() {
        assert_eq!(kinds("One.\r\n\r\nTwo.\r\rThree.").len(), 3);
    }

    #[test]
    fn a_text_pasted_many_times_over_keeps_one_copy_inside_the_article() {
        // Each copy's last sentence runs into the next copy's headline, so the first paragraph, with its
        // unfinished end, reads less like the article than the copies after it.
        let article = "Harbour trust approves a third tide turbine\n\nThe harbour trust voted on Monday to add a third turbine. \
            The two turbines already in the water supplied a third of the town's electricity over the winter. \
            Engineers said the new turbine would be larger, with blades of nine metres, and would sit further out. \
            A survey of the seabed will start in May, and the cable will again be routed around the reef.";
        let text = article.repeat(10);
        let got: Vec<BlockKind> = kinds(&text).into_iter().map(|(_, k)| k).collect();
        let bodies = got.iter().filter(|k| **k == Body).count();
        assert!(bodies >= 1, "{got:?}");
        assert!(got.iter().filter(|k| **k == LeftOut(Duplicate)).count() >= 8, "{got:?}");
    }

    #[test]
    fn a_headline_ends_at_a_bar_and_the_rest_names_the_section() {
        let text = "Home News Opinion\n\nHow meditation rewires brains and improves health | Opinion\n\nMeditation changes the brain, a study found. It grows grey matter in areas of attention. The effect lasts for years, researchers said.\n\nThe study followed two hundred people for eight years. Those who meditated daily kept more of their memory.";
        let got = kinds(text);
        assert_eq!(got[1], ("How meditation rewires brains and improves health".to_string(), Title));
        assert_eq!(got[2], ("| Opinion".to_string(), LeftOut(Boilerplate::SiteName)));
    }

    #[test]
    fn a_dash_cuts_a_short_tail_off_a_headline_and_keeps_a_long_one() {
        let prose = "\n\nMeditation changes the brain, a study found. It grows grey matter in areas of attention. The effect lasts for years, researchers said.\n\nThe study followed two hundred people for eight years. Those who meditated daily kept more of their memory.";
        let got = kinds(&format!("Home News Opinion\n\nHow meditation rewires brains and improves health – The Daily Mind{prose}"));
        assert_eq!(got[1], ("How meditation rewires brains and improves health".to_string(), Title));
        assert_eq!(got[2], ("– The Daily Mind".to_string(), LeftOut(Boilerplate::SiteName)));
        let whole = "How meditation rewires brains - and what it means for the rest of your health";
        let got = kinds(&format!("Home News Opinion\n\n{whole}{prose}"));
        assert_eq!(got[1], (whole.to_string(), Title));
    }

    #[test]
    fn an_about_section_under_the_article_is_outside_it() {
        let article = "Newsroom\n\nNorthwind Energy Signs Agreement to Build Offshore Wind Farm\n\nNorthwind Energy today announced it has signed a lease agreement with the State of Maine to build a floating offshore wind farm in the Gulf of Maine. The project will be the first of its kind in the country.\n\nConstruction is scheduled to begin in 2028, with first power expected in 2031. The turbines will sit on floating platforms anchored to the seabed in deep water.\n\n\"Floating wind lets us reach the strongest winds far from shore,\" said the company's chief executive. \"The technology is ready for the grid.\"\n\nThe company estimates the project will create 600 construction jobs and 80 permanent jobs at the port, which will be upgraded to assemble the platforms.";
        let about = "Northwind Energy is a developer of offshore wind projects in North America, with many projects in development across the coast. For more information, visit the company's website.";
        for (heading, language) in [("About Northwind Energy", "en"), ("About the Author", "en"), ("About the Writer:", "en"), ("Über Northwind Energy", "de"), ("À propos d’Northwind Energy", "fr")] {
            let text = format!("{article}\n\n{heading}\n\n{about}");
            let got = kinds_in(&text, language);
            assert_eq!(got[got.len() - 2..], [LeftOut(Outside), LeftOut(Outside)], "{heading}: {got:?}");
            assert_eq!(got[got.len() - 3], Body, "{heading}: {got:?}");
        }
        // A section on a thing, with more of the article under it, and a recipe's time are no such heading.
        let more: Vec<String> = (1..=4).map(|k| format!("Platform number {k} is built of concrete and steel and weighs several thousand tonnes.")).collect();
        for text in [format!("{article}\n\nAbout the platforms\n\n{}", more.join("\n\n")), format!("{article}\n\nAbout 3 hours\n\n{}", more[..2].join("\n\n"))] {
            let got = kinds_in(&text, "en");
            assert_eq!(got[6..8], [Heading, Body], "{got:?}");
        }
    }

    #[test]
    fn a_wiki_paragraph_ending_on_footnote_marks_is_no_headline() {
        // Its last sentence ends before the marks: prose, not a title (the name above it is).
        let text = "维基百科，自由的百科全书\n柏林\n柏林是德国首都，也是德国最大的城市，位于该国东北部，施普雷河穿城而过。[1]柏林人口约370万，是欧盟人口第三多的城市。[2][3]\n\
                    柏林最早的记载见于13世纪。1871年德意志帝国成立后，柏林成为帝国首都。[4]第二次世界大战后，柏林被分为东西两部分。[5]\n\
                    1990年两德统一后，柏林重新成为统一德国的首都。今天的柏林以文化、科学和政治著称。[6]";
        assert_eq!(kinds_in(text, "zh")[1..3], [Title, Body]);
        assert_eq!(final_mark("… the European Union.[2][3]"), Some('.'));
        assert_eq!(final_mark("see [1]"), Some('e'));
        // The same closing marks as the paragraph's shape reads past: a Japanese quotation's 「…。」 ends
        // its sentence, as do a French guillemet's and a brace's.
        for (text, mark) in [("彼は「もう行く。」", '。'), ("Il a dit : ‹ Non. ›", '.'), ("{Done.}", '.')] {
            assert_eq!(final_mark(text), Some(mark), "{text}");
            assert!(article::shape(text, text.split_whitespace().count(), Language::ENGLISH).ends_sentence, "{text}");
        }
    }

    #[test]
    fn a_scripts_placeholder_is_no_part_of_the_article() {
        for line in ["Loading...", "Loading paragraph...", "Loading image…"] {
            assert_eq!(kind_of(line), LeftOut(Outside), "{line}");
        }
        let german = "Der Rat hat am Montag beschlossen, die Brücke bis zum Sommer zu sanieren.\n\nWird geladen …\n\nDie Arbeiten sollen im März beginnen und drei Monate dauern.";
        assert_eq!(kinds_in(german, "de")[1], LeftOut(Outside));
        assert_eq!(kind_of("Loading the dishwasher"), Heading);
    }

    #[test]
    fn a_short_tail_in_small_letters_goes_on_with_the_headline() {
        let prose = "\n\nMeditation changes the brain, a study found. It grows grey matter in areas of attention. The effect lasts for years, researchers said.\n\nThe study followed two hundred people for eight years. Those who meditated daily kept more of their memory.";
        // A name opens with a capital or a digit; a subtitle may not, in English or in German (whose nouns
        // are capitalized), and a no-break space between its words (WordPress's) leaves them two words.
        for whole in ["Meditation for beginners – tips and tricks", "Würde des Lebens – ein\u{a0}Projekt", "Re: Q3 budget review — moving the offsite", "Kim Jong Un: Der Diktator ist zurück - Donald Trump ist\u{a0}glücklich"] {
            let got = kinds(&format!("Home News Opinion\n\n{whole}{prose}"));
            assert_eq!(got[1], (whole.replace('\u{a0}', " "), Title));
        }
        for (headline, name) in [("Meditation for beginners", "– Yoga Journal"), ("Meditation for beginners", "– reddit"), ("Meditation for beginners", "- Part\u{a0}1")] {
            let got = kinds(&format!("Home News Opinion\n\n{headline} {name}{prose}"));
            assert_eq!(got[1], (headline.to_string(), Title));
            assert_eq!(got[2], (name.replace('\u{a0}', " "), LeftOut(Boilerplate::SiteName)));
        }
    }

    #[test]
    fn nbsp_and_zero_width_spaces_do_not_make_paragraphs_differ() {
        let text = "Same\u{00A0}words here.\n\nSame words\u{200B} here.";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, [Body, LeftOut(Duplicate)]);
    }

    #[test]
    fn the_typescript_kinds_in_the_wasm_binding_are_generated_from_the_enum() {
        let expected = Boilerplate::typescript_type();
        assert!(include_str!("../wasm.rs").contains(&expected), "src/wasm.rs's LeftOutKind should read:\n{expected}");
    }

    #[test]
    fn whitespace_only_text_has_no_paragraphs() {
        assert!(structure(" \n\u{00A0}\n\t", Language::ENGLISH).blocks.is_empty());
        assert!(structure("", Language::ENGLISH).blocks.is_empty());
    }
}
