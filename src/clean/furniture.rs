//! Site furniture recognised by its vocabulary: captions and credits, "Read more", share rows,
//! advertisement slots, copyright lines, bylines and menus, each in the words of the text's language
//! (`src/lang/<tag>/furniture.txt`).

use super::{final_mark, has_final_punctuation, word_count, Boilerplate};
use crate::lang::{self, Language};
use crate::span::{find_str, is_letter, is_letter_or_digit, lowercase};
use std::sync::OnceLock;

/// Navigation lines ("Home News World", "Sign in | Subscribe") are short.
const NAVIGATION_MAX_WORDS: usize = 12;
/// "Share this", "Follow us on …", "Published 10:38 BST": short lines of site furniture.
pub(super) const FURNITURE_MAX_WORDS: usize = 15;
/// "Read more: <a headline>" lines carry a headline, so they may be longer.
const READ_MORE_MAX_WORDS: usize = 30;
/// A "From Belfast Telegraph" footer names the site in a few words.
const FOOTER_MAX_WORDS: usize = 6;
/// "Table of contents", "Auf dieser Seite", "Jump to section": a label is a few words.
pub(super) const CONTENTS_LABEL_MAX_WORDS: usize = 4;
/// The longest label of an abstract and the colon or dash after it, in bytes ("zusammenfassung:";
/// "аннотация:" takes two bytes a letter).
const ABSTRACT_HEAD_BYTES: usize = 24;
/// "Click here for dates, pricing, & availability!": a call to action is a short line.
pub(super) const CALL_TO_ACTION_MAX_WORDS: usize = 8;
/// A commenter's name or handle ("Michael Blahm", "copywriting4u").
const COMMENTER_MAX_WORDS: usize = 4;
/// Photo captions run to a sentence or two; a longer paragraph is prose even when it names a photo
/// agency, and no kind of furniture is longer, so longer paragraphs are not classified at all.
const CAPTION_MAX_WORDS: usize = 60;
/// How much of a paragraph's end is read for a teaser's link: the longest ending ("διαβάστε ολόκληρο
/// το άρθρο", 49 bytes) and the sentence end before it.
const TEASER_TAIL_BYTES: usize = 64;
/// The longest label [`glued_label`] looks for at a paragraph's start ("Story continues below
/// advertisement", and a dated byline's "Published 10:38 BST, 24 April 2019").
const GLUED_LABEL_MAX_BYTES: usize = 48;
/// The text after a glued label is a sentence: a capitalized word and a few more.
const GLUED_TEXT_MIN_WORDS: usize = 4;
/// A credit after a caption's last full stop: an agency, or a photographer and an agency
/// ("REUTERS/Gleb Garanich", "Foto: dpa").
const CREDIT_MAX_WORDS: usize = 4;

/// The kind of site furniture a normalized paragraph of `words` words is, if it is any.
pub(super) fn classify(norm: &str, words: usize, furniture: &Furniture) -> Option<Boilerplate> {
    // A note of a reference list, however long: a wiki's link back to where it is cited opens it in
    // every language ("^ a b Smith, J. (2008) …", German and French "↑ …").
    if norm.starts_with(['^', '↑']) {
        return Some(Boilerplate::Footer);
    }
    if words > CAPTION_MAX_WORDS {
        return None; // prose: every kind of furniture is shorter
    }
    // Past READ_MORE_MAX_WORDS only a caption or a date line is possible: a blog prints "Posted on
    // <date> in <every category of the post>", tens of words without a sentence's end.
    let short = words <= READ_MORE_MAX_WORDS;
    let lower = lowercase(norm);
    if short && is_advertisement(&lower, furniture) {
        Some(Boilerplate::Advertisement)
    } else if is_caption(norm, furniture) {
        Some(Boilerplate::Caption)
    } else if (short && starts_with_any(&lower, furniture.read_more)) || is_teaser(norm, furniture) {
        Some(Boilerplate::ReadMore)
    } else if (words <= FURNITURE_MAX_WORDS && is_share(&lower, furniture)) || (short && furniture.share_phrases.occur_in(norm)) {
        Some(Boilerplate::Share)
    } else if (words <= FURNITURE_MAX_WORDS && is_footer(norm, &lower, furniture)) || (short && furniture.footer_phrases.occur_in(norm)) {
        Some(Boilerplate::Footer)
    } else if is_byline(norm, &lower, words, furniture) {
        Some(Boilerplate::Byline)
    } else if words <= NAVIGATION_MAX_WORDS && is_navigation(norm, furniture) {
        Some(Boilerplate::Navigation)
    } else {
        None
    }
}

/// Whether a paragraph names cookies, as a consent dialog's paragraphs do ("We use cookies …",
/// "Necessary cookies are absolutely essential …", "Diese Cookies sind unbedingt erforderlich …"):
/// "cookie" is the word in most languages' dialogs.
pub(super) fn names_cookies(norm: &str) -> bool {
    norm.as_bytes().windows(6).any(|w| w.eq_ignore_ascii_case(b"cookie"))
}

/// A label the paste ran into the paragraph under it, and its kind: "ADVERTISEMENT The team tested …",
/// "AdvertisementThe study found …", "HIGHLIGHTS LLMs mimic …", "Updated: 9 December 2024The puzzles
/// …". Copying a page's text joins an inline label to the text after it with a space or with nothing. A
/// label is what [`classify`] takes for furniture, in capitals before a space, or glued to a capital:
/// after a lower-case letter only an advertisement's or a link's label (not "Theo Vn" of "Theo
/// VnExpress", a byline's opening), after a digit only a dated line. The text after it opens with a
/// capital and goes on for a few words. (A label before a colon is not looked for: "Advertising: Target
/// your ads …" and "Privacy policy: We read …" are an article's list.) Each of `vocabularies` is tried
/// in turn. Returns where the longest such label ends and where the text after it starts.
pub(super) fn glued_label(paragraph: &str, vocabularies: &[&Furniture]) -> Option<(usize, usize, Boilerplate)> {
    // By bytes: each end looked at is an ASCII space or capital, so a character boundary.
    let bytes = paragraph.as_bytes();
    // `capitals`: the paragraph so far is capital letters, spaces and letters outside ASCII (whose case
    // the bytes do not tell: "РЕКЛАМА Текст …").
    let (mut capitals, mut found) = (true, None);
    for end in 1..bytes.len().min(GLUED_LABEL_MAX_BYTES) {
        let (previous, b) = (bytes[end - 1], bytes[end]);
        capitals &= previous.is_ascii_uppercase() || previous == b' ' || !previous.is_ascii();
        let glued = previous.is_ascii_lowercase() && b.is_ascii_uppercase();
        let dated = previous.is_ascii_digit() && b.is_ascii_uppercase();
        // Four bytes at least: "US President …" opens a sentence, "AdBlue" is a brand.
        if end < 4 || !((b == b' ' && capitals) || glued || dated) {
            continue;
        }
        let (label, rest) = (&paragraph[..end], &paragraph[end + usize::from(b == b' ')..]);
        if rest.starts_with(char::is_uppercase) && word_count(rest) >= GLUED_TEXT_MIN_WORDS {
            let words = word_count(label);
            let kind = vocabularies.iter().find_map(|furniture| classify(label, words, furniture)).filter(|&kind| {
                if glued {
                    matches!(kind, Boilerplate::Advertisement | Boilerplate::ReadMore)
                } else {
                    !dated || kind == Boilerplate::Byline
                }
            });
            found = kind.map(|kind| (end, paragraph.len() - rest.len(), kind)).or(found);
        }
    }
    found
}

/// Whether any of `needles` occurs in `haystack`. Kept out of line: every inlined substring search is a
/// copy of the two-way searcher, and each byte of the `.wasm` is downloaded by every reader.
#[inline(never)]
pub(super) fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| find_str(haystack, n).is_some())
}

/// Lower-case phrases to find in many paragraphs, ignoring case, in one pass.
///
/// Each ASCII phrase is found through its rarest byte (its anchor: punctuation before letters, and
/// letters by their rarity in English text): `by_anchor[b]` has bit `k` set when phrase `k`'s anchor is
/// byte `b`, so a position is one table lookup and only the few holding an anchor ("y", "k", "(", "/" …)
/// are compared. Searching for each phrase in turn built a two-way searcher per phrase and paragraph,
/// which in the `.wasm` was a sixth of the whole summary's time on a novel (every short line of dialogue
/// is checked). Phrases in other scripts (and any past the 64th) are searched in a lower-case copy of
/// the paragraph, made only when there are such phrases.
pub(super) struct Phrases {
    ascii: Vec<&'static str>,
    /// Where in ASCII phrase `k` its anchor is.
    anchor_at: [u8; 64],
    /// Indexed by any byte, upper- and lower-case letters alike: no case folding per byte.
    by_anchor: [u64; 256],
    other: Vec<&'static str>,
}

/// Lower-case letters from the commonest in English to the rarest.
const LETTERS_BY_FREQUENCY: &[u8; 26] = b"etaoinsrhldcumfpgwybvkxjqz";

/// How rare a byte of a phrase is taken to be: a space is everywhere, letters by their frequency, and
/// anything else (punctuation, digits) rarer than any letter.
fn rarity(b: u8) -> usize {
    if b == b' ' {
        return 0;
    }
    LETTERS_BY_FREQUENCY.iter().position(|&l| l == b).map_or(1 + LETTERS_BY_FREQUENCY.len(), |i| 1 + i)
}

impl Phrases {
    fn new(phrases: &[&'static str]) -> Phrases {
        let mut set = Phrases { ascii: Vec::new(), anchor_at: [0; 64], by_anchor: [0; 256], other: Vec::new() };
        for &phrase in phrases {
            let bytes = phrase.as_bytes();
            let k = set.ascii.len();
            if bytes.is_empty() || !phrase.is_ascii() || bytes.len() > 255 || k == 64 {
                set.other.push(phrase);
                continue;
            }
            let best = (0..bytes.len()).max_by_key(|&i| (rarity(bytes[i]), usize::MAX - i)).unwrap_or(0);
            set.anchor_at[k] = best as u8;
            let b = bytes[best];
            set.by_anchor[usize::from(b.to_ascii_lowercase())] |= 1 << k;
            set.by_anchor[usize::from(b.to_ascii_uppercase())] |= 1 << k;
            set.ascii.push(phrase);
        }
        set
    }

    fn occur_in(&self, haystack: &str) -> bool {
        let bytes = haystack.as_bytes();
        for (at, &b) in bytes.iter().enumerate() {
            let mut candidates = self.by_anchor[usize::from(b)];
            while candidates != 0 {
                let k = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                let phrase = self.ascii.get(k).map_or(&[][..], |p| p.as_bytes());
                let Some(start) = at.checked_sub(usize::from(self.anchor_at[k & 63])) else { continue };
                if bytes.get(start..start + phrase.len()).is_some_and(|found| found.eq_ignore_ascii_case(phrase)) {
                    return true;
                }
            }
        }
        !self.other.is_empty() && contains_any(&lowercase(haystack), &self.other)
    }
}

/// A language's furniture vocabulary (`furniture.txt`), ready for matching: built once per language.
pub(super) struct Furniture {
    caption_openings: &'static [&'static str],
    caption_phrases: Phrases,
    credit_words: &'static [&'static str],
    advertisement: &'static [&'static str],
    read_more: &'static [&'static str],
    read_more_endings: &'static [&'static str],
    contents_labels: &'static [&'static str],
    abstract_labels: &'static [&'static str],
    about_labels: &'static [&'static str],
    placeholders: &'static [&'static str],
    calls_to_action: &'static [&'static str],
    share_openings: &'static [&'static str],
    share_phrases: Phrases,
    share_words: &'static [&'static str],
    footer_openings: &'static [&'static str],
    footer_phrases: Phrases,
    byline_openings: &'static [&'static str],
    byline_prefixes: &'static [&'static str],
    site_prefixes: &'static [&'static str],
    comment_verbs: &'static [&'static str],
    navigation_words: &'static [&'static str],
    navigation_connectors: &'static [&'static str],
}

impl Furniture {
    pub(super) fn of(language: Language) -> &'static Furniture {
        static BUILT: [OnceLock<Furniture>; lang::COUNT] = [const { OnceLock::new() }; lang::COUNT];
        BUILT[language.index() % lang::COUNT].get_or_init(|| {
            let data = &language.lexicon().furniture;
            Furniture {
                caption_openings: data.get("caption-openings"),
                caption_phrases: Phrases::new(data.get("caption-phrases")),
                credit_words: data.get("credit-words"),
                advertisement: data.get("advertisement"),
                read_more: data.get("read-more"),
                read_more_endings: data.get("read-more-endings"),
                contents_labels: data.get("contents-labels"),
                abstract_labels: data.get("abstract-labels"),
                about_labels: data.get("about-labels"),
                placeholders: data.get("placeholders"),
                calls_to_action: data.get("calls-to-action"),
                share_openings: data.get("share-openings"),
                share_phrases: Phrases::new(data.get("share-phrases")),
                share_words: data.get("share-words"),
                footer_openings: data.get("footer-openings"),
                footer_phrases: Phrases::new(data.get("footer-phrases")),
                byline_openings: data.get("byline-openings"),
                byline_prefixes: data.get("byline-prefixes"),
                site_prefixes: data.get("site-prefixes"),
                comment_verbs: data.get("comment-verbs"),
                navigation_words: data.get("navigation-words"),
                navigation_connectors: data.get("navigation-connectors"),
            }
        })
    }
}

fn starts_with_any(lower: &str, openings: &[&str]) -> bool {
    openings.iter().any(|o| lower.starts_with(o))
}

fn is_advertisement(lower: &str, furniture: &Furniture) -> bool {
    furniture.advertisement.contains(&bare_line(lower))
}

/// A short line without the punctuation and spaces after its words ("Advertisement:", "In this post:").
fn bare_line(lower: &str) -> &str {
    lower.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ' ')
}

/// A script's placeholder for what it had not loaded when the page was copied ("Loading…", "Loading
/// paragraph...", "Wird geladen …"): an opening from the vocabulary, and an ellipsis at the end.
pub(super) fn is_placeholder(lower: &str, furniture: &Furniture) -> bool {
    (lower.ends_with("...") || lower.ends_with('…')) && starts_with_any(lower, furniture.placeholders)
}

fn is_caption(norm: &str, furniture: &Furniture) -> bool {
    let opens_like_a_caption = furniture
        .caption_openings
        .iter()
        .any(|o| norm.as_bytes().get(..o.len()).is_some_and(|start| start.eq_ignore_ascii_case(o.as_bytes())));
    if opens_like_a_caption || furniture.caption_phrases.occur_in(norm) {
        return true;
    }
    // Prose ends like a sentence; a credit at a caption's end does not (the closing brackets aside).
    let ends_like_prose = has_final_punctuation(norm);
    // A credit labelled as a caption's opening would be, but at the end, after the caption's words and
    // before no final punctuation: "Cafe im Bohnenviertel. Foto: Stuttgart Marketing", "… are classed as
    // Category B. Photo: Alvaro Serey", "Demut hinter Masken Foto: Adobe Stock". Prose ends with a full
    // stop, and a label opening a paragraph is the check above.
    if let Some(colon) = norm.as_bytes().windows(2).rposition(|pair| pair == b": ") {
        let (before, credit) = (&norm[..colon], &norm[colon + 2..]);
        if !ends_like_prose && word_count(credit) <= CREDIT_MAX_WORDS {
            let before = lowercase(before);
            let labelled = |label: &&str| {
                let caption = label.strip_suffix(':').and_then(|label| before.strip_suffix(label));
                caption.is_some_and(|caption| word_count(caption) >= 2 && caption.ends_with(|c: char| !c.is_alphanumeric()))
            };
            if furniture.caption_openings.iter().any(labelled) {
                return true;
            }
        }
    }
    // So does a copyright sign with a name after it and no year ("… vor der Landtagswahl © Ivo Mayr"): a
    // site's own notice has the year ("© 2024 Example GmbH").
    if let Some(sign) = norm.rfind('©') {
        let credit = &norm[sign + '©'.len_utf8()..];
        if !ends_like_prose && word_count(credit) <= CREDIT_MAX_WORDS && !credit.bytes().any(|b| b.is_ascii_digit()) && word_count(&norm[..sign]) >= 2 {
            return true;
        }
    }
    // A credit at the very end, after the caption's own words: in parentheses after no final
    // punctuation ("… on Tuesday (Naoya Osato/Kyodo News via AP)"), or a few words with none after the
    // caption's last full stop ("… el 11 de febrero pasado. EFE", "… in Kyiv. REUTERS/Gleb Garanich").
    // Prose ends with a full stop, so neither ends a paragraph of it. After a full stop, a parenthesis is
    // a credit only when it says so, a credit word and the byline's word ("… Archer-Bradshaw. (Picture
    // by Jameel Springer)"): "(AFP)" after a sentence names the sentence's source.
    let in_parentheses = norm.strip_suffix(')').and_then(|s| s.rfind('(').map(|i| (&s[..i], &s[i + 1..])));
    let (credit, after_a_sentence) = match in_parentheses {
        Some((before, inner)) => (inner, has_final_punctuation(before)),
        // Bytes, not `str::rfind`: a string pattern would link a reverse two-way searcher.
        None => match norm.as_bytes().windows(2).rposition(|pair| pair == b". ") {
            Some(i) if !ends_like_prose => (&norm[i + 2..], false),
            _ => return false,
        },
    };
    let credit = lowercase(credit);
    let tokens: Vec<&str> = credit.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    if after_a_sentence {
        return tokens.len() >= 2 && furniture.credit_words.contains(&tokens[0]) && furniture.byline_prefixes.contains(&tokens[1]);
    }
    if in_parentheses.is_none() && tokens.len() > CREDIT_MAX_WORDS {
        return false;
    }
    // Short words must be whole tokens ("ap" is not "map"); longer ones, and phrases ending in a space
    // ("via "), are searched as they are.
    furniture.credit_words.iter().any(|w| if w.len() <= 3 { tokens.contains(w) } else { contains_any(&credit, &[w]) })
}

/// A teaser of another story: a paragraph that its link to the whole story ends, as lists of other
/// stories have them ("… auch für OS X 10.8 und Apple TV. Mehr…", "… and why it matters. Read more »"),
/// or an excerpt cut off in mid-sentence ("… to inspire […]", WordPress's). An article's own paragraphs end
/// on their sentence, and an elision it quotes follows a sentence end ("… a Stanford study. [...]").
/// Kept out of line: inlined into `classify`, it cost the `.wasm` 64 bytes more (gzip).
#[inline(never)]
fn is_teaser(norm: &str, furniture: &Furniture) -> bool {
    let text = norm.trim_end();
    for elision in ["[…]", "[...]"] {
        if let Some(cut) = text.strip_suffix(elision) {
            return cut.trim_end().chars().next_back().is_some_and(|c| is_letter_or_digit(c) || c == ',');
        }
    }
    // The last few characters in lower case are enough to hold the longest ending and what precedes it.
    let text = trim_link_marks(text, true);
    let mut from = text.len().saturating_sub(TEASER_TAIL_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let tail = lowercase(&text[from..]);
    furniture.read_more_endings.iter().any(|ending| {
        let Some(before) = tail.strip_suffix(*ending) else { return false };
        let before = trim_link_marks(before, false);
        matches!(final_mark(before), Some('.' | '!' | '?' | '…' | '。' | '！' | '？'))
    })
}

/// The label over a table of contents ("Table of Contents", "In this article:"), given in lower case;
/// a label is at most [`CONTENTS_LABEL_MAX_WORDS`] words.
pub(super) fn is_contents_label(lower: &str, furniture: &Furniture) -> bool {
    furniture.contents_labels.contains(&bare_line(lower))
}

/// A heading that presents the article's author or its publisher ("About the Author", a press release's
/// "About Northwind Energy", "Über den Autor"): a label, a space and a word ("About 3 hours" is a recipe's
/// time; "Overzicht" is no Dutch "Over …").
pub(super) fn is_about_heading(lower: &str, furniture: &Furniture) -> bool {
    furniture.about_labels.iter().any(|label| lower.starts_with(label) && matches!(lower.as_bytes()[label.len()..], [b' ', next, ..] if !next.is_ascii_digit()))
}

/// The opening of a normalized paragraph in which [`opens_with_abstract_label`] looks for the label: its
/// first [`ABSTRACT_HEAD_BYTES`] bytes (back to a character's start), in lower case. Inlined into
/// `analyse`, its one caller besides the tests: out of line it costs the `.wasm` 21 bytes (gzip).
#[inline(always)]
pub(super) fn abstract_head(norm: &str) -> String {
    lowercase(head_of(norm))
}

/// A paragraph's first [`ABSTRACT_HEAD_BYTES`] bytes, back to a character's start.
fn head_of(paragraph: &str) -> &str {
    let mut end = paragraph.len().min(ABSTRACT_HEAD_BYTES);
    while !paragraph.is_char_boundary(end) {
        end -= 1;
    }
    &paragraph[..end]
}

/// Where a label may end: at a colon, a dash or a full stop. `—`, `–` and `：` start with the bytes E2
/// and EF; a cut before any character that starts with either is a character boundary.
fn ends_label(b: u8) -> bool {
    matches!(b, b':' | b'-' | b'.' | 0xE2 | 0xEF)
}

/// Whether a paragraph opens with the label of a paper's abstract, given its [`abstract_head`]: the
/// label alone ("Abstract", "Résumé :") or before the abstract's text after a colon, a dash or a full
/// stop ("Abstract—Summarizing …", "Abstract:Merging …"). Before a word it is no label ("Abstract
/// Management", an event site's menu item).
pub(super) fn opens_with_abstract_label(head: &str, furniture: &Furniture) -> bool {
    let end = head.bytes().position(ends_label).unwrap_or(head.len());
    furniture.abstract_labels.contains(&head[..end].trim_end())
}

/// A paragraph that runs an abstract's label into its text ("Abstract—Summarizing …", "摘要：本文…"), cut
/// in two: where the label ends, its colon or dash with it, and where the text starts. The label is the
/// abstract's heading, not the first words of its first sentence (which a summary would otherwise open
/// with). Each of `vocabularies` is tried in turn; `None` for the label alone and for any other paragraph.
pub(super) fn abstract_label_run_in(paragraph: &str, vocabularies: &[&Furniture]) -> Option<(usize, usize)> {
    let at = head_of(paragraph).bytes().position(ends_label)?;
    let head = abstract_head(paragraph);
    if !vocabularies.iter().any(|furniture| opens_with_abstract_label(&head, furniture)) {
        return None;
    }
    // Past the colons, dashes and full stops: ASCII, or "–", "—" and "：" in UTF-8.
    let mut end = at;
    loop {
        match &paragraph.as_bytes()[end..] {
            [b':' | b'-' | b'.', ..] => end += 1,
            [0xE2, 0x80, 0x93 | 0x94, ..] | [0xEF, 0xBC, 0x9A, ..] => end += 3,
            _ => break,
        }
    }
    let start = paragraph.len() - paragraph[end..].trim_start().len();
    // Past a mark that ends no label ("Abstract…"), and with text after it (the paragraph is trimmed).
    (end > at && start < paragraph.len()).then_some((end, start))
}

/// A short line that asks the reader to act ("Call Us Now", "Message Us With Your Questions!", "Click
/// here for dates"), given in lower case: a promotion's button or a form's, never the headline.
pub(super) fn is_call_to_action(lower: &str, furniture: &Furniture) -> bool {
    starts_with_any(lower, furniture.calls_to_action)
}

/// `text` without the marks that may stand around a link's words at its end ("[Read more…]", "| mehr",
/// "more »", "→"), full stops and ellipses included only with `stops`.
fn trim_link_marks(text: &str, stops: bool) -> &str {
    let mut end = text.len();
    for (at, c) in text.char_indices().rev() {
        let mark = matches!(c, ' ' | '»' | '›' | '→' | '>' | '[' | ']' | '【' | '】' | '(' | ')' | '（' | '）' | '|' | '-' | '–' | '—')
            || (stops && matches!(c, '.' | '…'));
        if !mark {
            break;
        }
        end = at;
    }
    &text[..end]
}

fn is_share(lower: &str, furniture: &Furniture) -> bool {
    if starts_with_any(lower, furniture.share_openings) {
        return true;
    }
    // Word by word, stopping at the first that is not a share word: a paragraph of prose (a whole
    // paragraph of Chinese is one short "paragraph" here) is told at its first word.
    let mut words = lower.split(|c: char| !(is_letter_or_digit(c) || c == '-')).filter(|w| !w.is_empty()).peekable();
    words.peek().is_some() && words.all(|w| furniture.share_words.contains(&w) || w.chars().all(|c| c.is_ascii_digit()))
}

fn is_footer(norm: &str, lower: &str, furniture: &Furniture) -> bool {
    starts_with_any(lower, furniture.footer_openings) || contains_any(lower, &["all rights reserved"]) || footer_site_name(norm, furniture).is_some()
}

/// "From Belfast Telegraph" → "Belfast Telegraph": a short line without final punctuation whose words
/// after "From" are all capitalized.
pub(super) fn footer_site_name<'a>(norm: &'a str, furniture: &Furniture) -> Option<&'a str> {
    let (first, site) = norm.split_once(' ')?;
    if !furniture.site_prefixes.contains(&lowercase(first).as_str()) {
        return None;
    }
    let words: Vec<&str> = site.split(' ').collect();
    let capitalized = words.iter().all(|w| opens_like_a_name(w) || w.chars().next().is_some_and(char::is_numeric));
    (capitalized && words.len() < FOOTER_MAX_WORDS && !has_final_punctuation(norm)).then_some(site)
}

/// Opens with a capital, or with a letter of a script without case: where English asks for a capital
/// (a name after "By", a menu's items, a site's name), Arabic, Thai, Devanagari and CJK have none to give.
fn opens_like_a_name(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase() || (is_letter(c) && !c.is_lowercase()))
}

/// Whether a paragraph of `words` words is a byline, a dateline or a comment's header. Bylines are as
/// short as other furniture, except a date line that opens with one of the language's byline openings:
/// a blog prints "Posted on <date> in <every category of the post>".
fn is_byline(norm: &str, lower: &str, words: usize, furniture: &Furniture) -> bool {
    let opening = starts_with_any(lower, furniture.byline_openings);
    if words > FURNITURE_MAX_WORDS && !opening {
        return false;
    }
    if is_comment_header(lower, furniture) {
        return true;
    }
    if has_final_punctuation(norm) {
        return false;
    }
    // A dateline: the date and time a site prints before the article's source or author ("2017-03-10
    // 09:58 来源：新华网", "2017/03/10 记者：张三").
    // The date is ASCII (and U+3000), which lower case leaves as it is: the same bytes in `lower`.
    let dated_prefix = |at: usize| colon_prefix(lower.get(at..).unwrap_or(""), furniture.site_prefixes.iter().chain(furniture.byline_prefixes)).is_some();
    if after_leading_date(norm).is_some_and(dated_prefix) {
        return true;
    }
    if let Some((first, name)) = norm.split_once(' ') {
        // "By Jane Doe", "By Jane Doe and John Roe, Political Correspondent"
        if furniture.byline_prefixes.contains(&lowercase(first).as_str()) {
            return opens_like_a_name(name);
        }
    }
    // A prefix ending in a colon needs no space after it: "作者：张三", "लेखक:राम".
    if let Some(prefix) = colon_prefix(lower, furniture.byline_prefixes.iter()) {
        return norm.char_indices().nth(prefix.chars().count()).is_some_and(|(at, _)| opens_like_a_name(&norm[at..]));
    }
    opening
        && lower.split(' ').nth(1).is_some_and(|w| w.chars().next().is_some_and(|c| c.is_numeric() || c == ':' || c.is_alphabetic()))
        && norm.chars().any(|c| c.is_ascii_digit())
}

/// The prefix among `prefixes` that ends in a colon ("作者：", "来源：") and opens `lower`.
fn colon_prefix<'p>(lower: &str, mut prefixes: impl Iterator<Item = &'p &'p str>) -> Option<&'p str> {
    prefixes.find(|p| p.ends_with([':', '：']) && lower.starts_with(**p)).copied()
}

/// "Michael Blahm sagt:", "Florence says:": the line over a reader's comment (the name, at most
/// [`COMMENTER_MAX_WORDS`] words, and the language's verb for it).
pub(super) fn is_comment_header(lower: &str, furniture: &Furniture) -> bool {
    let Some(line) = lower.strip_suffix(':') else { return false };
    let Some((name, verb)) = line.trim_end().rsplit_once(' ') else { return false };
    furniture.comment_verbs.contains(&verb) && !name.trim().is_empty() && word_count(name) <= COMMENTER_MAX_WORDS
}

/// What a word of a date is, read without the names of months and days, so in every language that
/// writes its dates in words and digits: a year of four digits, a day's number, a word (no digit), or
/// something else. A comma or a full stop after it ("Dienstag,", "28.") is not read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum DatePart {
    Year,
    Day,
    Word,
    Other,
}

impl DatePart {
    pub(super) fn of(word: &str) -> DatePart {
        let word = word.trim_end_matches([',', '.']);
        match word.bytes().filter(u8::is_ascii_digit).count() {
            0 if !word.is_empty() => DatePart::Word,
            4 if word.len() == 4 => DatePart::Year,
            n @ (1 | 2) if word.len() == n => DatePart::Day,
            _ => DatePart::Other,
        }
    }
}

/// A line that is a date and nothing else, with one or two names beside the day and the year: "Dienstag,
/// 28. April 2020", "Tuesday, April 28, 2020", "28 avril 2020". A blog prints it over the post's
/// headline; it is never the headline itself.
pub(super) fn is_bare_date(norm: &str) -> bool {
    let (mut years, mut days, mut names) = (0, 0, 0);
    for word in norm.split(' ').filter(|w| !w.is_empty()) {
        match DatePart::of(word) {
            DatePart::Year => years += 1,
            DatePart::Day => days += 1,
            DatePart::Word => names += 1,
            DatePart::Other => return false,
        }
    }
    years == 1 && days == 1 && (1..=2).contains(&names)
}

/// Where the text after a leading date and time starts ("2017-03-10 09:58:03", "08.04.2015 12:46"), if
/// the paragraph opens with one: digits (four or more) and the marks between them.
fn after_leading_date(norm: &str) -> Option<usize> {
    // Byte by byte: a trim with a closure over chars cost the `.wasm` 90 bytes more (gzip).
    let bytes = norm.as_bytes();
    let (mut at, mut digits) = (0, 0);
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii_digit() {
            digits += 1;
        } else if bytes[at..].starts_with("\u{3000}".as_bytes()) {
            at += "\u{3000}".len() - 1; // the ideographic space's other two bytes
        } else if !matches!(b, b'-' | b'/' | b'.' | b':' | b' ') {
            break;
        }
        at += 1;
    }
    (digits >= 4).then_some(at)
}

/// What separates a menu's items and a breadcrumb's steps.
pub(super) const NAVIGATION_SEPARATORS: &[char] = &['|', '›', '»', '>', '/', '·', '•', '»', '→', '\u{203A}'];

fn is_navigation(norm: &str, furniture: &Furniture) -> bool {
    if has_final_punctuation(norm) {
        return false;
    }
    let items: Vec<&str> = norm.split(NAVIGATION_SEPARATORS).map(str::trim).filter(|s| !s.is_empty()).collect();
    if items.len() >= 3 && items.iter().all(|item| word_count(item) <= 3) {
        return true; // "Home › News › World", "Sign in | Register | Subscribe"
    }
    let words: Vec<&str> = norm.split(|c: char| c == ' ' || NAVIGATION_SEPARATORS.contains(&c)).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return false;
    }
    let mut menu_words = 0;
    for word in &words {
        let lower = lowercase(word);
        if furniture.navigation_connectors.contains(&lower.as_str()) {
            continue;
        }
        if !opens_like_a_name(word) {
            return false;
        }
        if furniture.navigation_words.contains(&lower.as_str()) {
            menu_words += 1;
        }
    }
    // Most of the line is menu vocabulary: "Home News World" yes, "Kim Meets Putin" no.
    menu_words * 2 > words.len() || (menu_words >= 2 && menu_words * 2 == words.len())
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_abstracts_label_stands_alone_or_before_a_colon_or_a_dash() {
        let opens = |paragraph: &str, tag: &str| opens_with_abstract_label(&abstract_head(paragraph), Furniture::of(Language::from_tag(tag).unwrap()));
        for (label, tag) in [
            ("Abstract", "en"),
            ("ABSTRACT", "en"),
            ("Abstract—Summarizing long documents", "en"),
            ("Abstract:Merging large language models", "en"),
            ("Abstract. We present", "en"),
            ("Zusammenfassung", "de"),
            ("Résumé : Nous proposons", "fr"),
            ("Аннотация", "ru"),
            ("摘要：本文提出", "zh"),
            ("Tóm tắt: Bài báo", "vi"),
        ] {
            assert!(opens(label, tag), "{label}");
        }
        for other in ["Abstract Management", "Abstracts", "Abstract art is", "Summary", "Zusammenfassung", "摘要本文"] {
            assert!(!opens(other, "en"), "{other}");
        }
    }

    #[test]
    fn an_abstracts_label_run_into_its_text_is_cut_from_it() {
        fn run_in<'a>(paragraph: &'a str, tag: &str) -> Option<(&'a str, &'a str)> {
            let vocabularies = [Furniture::of(Language::from_tag(tag).unwrap()), Furniture::of(Language::ENGLISH)];
            abstract_label_run_in(paragraph, &vocabularies).map(|(end, start)| (&paragraph[..end], &paragraph[start..]))
        }
        for (paragraph, tag, label, text) in [
            ("Abstract—Summarizing long documents", "en", "Abstract—", "Summarizing long documents"),
            ("ABSTRACT: We present", "en", "ABSTRACT:", "We present"),
            ("Abstract. We present", "en", "Abstract.", "We present"),
            ("Abstract - We present", "en", "Abstract -", "We present"),
            ("Résumé : Nous proposons", "fr", "Résumé :", "Nous proposons"),
            ("摘要：本文提出", "zh", "摘要：", "本文提出"),
            ("Abstract: Wir schlagen vor", "de", "Abstract:", "Wir schlagen vor"),
        ] {
            assert_eq!(run_in(paragraph, tag), Some((label, text)), "{paragraph}");
        }
        for other in ["Abstract", "Abstract:", "Abstract Management", "Abstract art is bold.", "Abstract… we see", "Summary: We present", "The abstract: a form"] {
            assert_eq!(run_in(other, "en"), None, "{other}");
        }
    }

    #[test]
    fn phrases_are_found_wherever_they_occur_and_only_whole() {
        let set = Phrases::new(&["getty images", "zq", "(photo:", "pa wire", "#", "фото:"]);
        for found in ["getty images", "x (photo: y", "by pa wire", "é zq", "pa wirepa", "#", "a #", "GETTY Images", "(Photo: AP", "ФОТО: ТАСС"] {
            assert!(set.occur_in(found), "{found}");
        }
        for missing in ["", "z q", "getty image", "(photo", "pa wir", "p a wire", "éèê", "фото"] {
            assert!(!set.occur_in(missing), "{missing}");
        }
        // Agrees with the plain search on every caption phrase of every language.
        for language in Language::all() {
            let phrases = language.lexicon().furniture.get("caption-phrases");
            let set = &Furniture::of(language).caption_phrases;
            for phrase in phrases {
                let text = format!("a {phrase} b");
                assert!(set.occur_in(&text) && contains_any(&text, phrases), "{language}: {phrase}");
                let cut: String = phrase.chars().skip(1).collect();
                assert!(!set.occur_in(&cut) || contains_any(&cut, phrases), "{language}: {cut}");
            }
        }
    }
}
