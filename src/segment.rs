//! Stage 2, segment: sentences inside each paragraph, in every language.
//!
//! Unicode's sentence boundaries (UAX #29, as `unicode-segmentation` finds them, walked in `uax29`)
//! know every script's terminators (。！？ ։ ። ။ । ۔ ؟ …), decimals ("2.5%") and lower-case
//! continuations ("e.g. this"), but nothing of a language's abbreviations, ordinals, quotations or
//! lists. On top of them:
//! - Unicode's cuts that are not sentence ends are undone: after abbreviations (each language's
//!   `sentences.txt`, read by `rules`), initials ("John F. Kennedy"), dotted acronyms before a name
//!   ("the U.S. Senate"), ordinals in the languages that write them with a full stop ("am 15.
//!   Dezember"), a list item's marker ("1."), a question or exclamation followed by a lower-case word
//!   ("Yahoo! in", "\"Where?\" she asked"), an omission ". . ." inside a sentence, and any cut inside
//!   brackets or inside a quotation opened mid-sentence or ended before a lower-case speech tag
//!   (`quotes`; any other quotation that opens a sentence is the speaker's own sentences and is split
//!   like any text). An opening quotation mark set straight after a sentence end ("参与。“听说") is moved
//!   to the sentence it opens, and a closing one set after a space ("parti. » Ensuite") to the sentence
//!   it closes.
//! - Sentence ends that Unicode misses are added: a full stop after a plain word or a stopword before a
//!   lower-case word ("looking for you. call them"), a quotation opened with two commas (",,Ik ben"),
//!   a full stop with no space after it ("world.Today"), footnote marks after a sentence ("martyr.\[1\]
//!   The", "done.”\[12\] See", "consultation.11 The"), a number opening the next sentence ("kwamen. 81
//!   procent"), an ellipsis "…" before a capital, an interrupted quotation ("sir--" The"), list items
//!   (`lists`: "1. Eat 2. Sleep", "• a line"), and the script rules of languages whose keyboards lack their
//!   terminators (an Armenian sentence ends with ":", a Greek question with ";") or that have none (Thai
//!   ends a sentence with a space).
//!
//! Script rules are language-neutral and apply whatever the language; abbreviations and ordinals are the
//! language's. Segmentation runs per paragraph, so no sentence ever runs across a paragraph break;
//! hard-wrap line breaks inside a paragraph count as spaces, except before a line that starts a list item.

mod lists;
mod quotes;
mod rules;
mod uax29;

use crate::lang::Language;
use crate::span::{ascii_lower_case, count_byte, has_two_chars, is_chinese_or_japanese, is_unspaced, is_zero_width, lowercase, trailing_run, Span};
use rules::{Abbreviation, Rules};
use std::borrow::Cow;
use std::ops::Range;

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

/// Where a candidate sentence end came from.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Source {
    /// A rule of this module: kept unless inside a quotation.
    Rule,
    /// UAX #29, or a rule that only proposes: kept unless a repair undoes it.
    Candidate,
}

/// Sorts the cuts by position, a rule's before a candidate's at the same position (as the derived order of
/// `(usize, Source)` would). Sorted as `usize` keys, position times two plus the source, so that the
/// `.wasm` links one instance of the unstable sort, the one `usize` and `u32` share elsewhere, rather than
/// a larger one of its own for the pair. Doubling cannot overflow: a byte position of a `&str` is under
/// `isize::MAX`.
fn sort_cuts(cuts: &mut [(usize, Source)], keys: &mut Vec<usize>) {
    keys.clear();
    keys.extend(cuts.iter().map(|&(at, source)| at << 1 | source as usize));
    keys.sort_unstable();
    for (cut, &key) in cuts.iter_mut().zip(keys.iter()) {
        *cut = (key >> 1, if key & 1 == 0 { Source::Rule } else { Source::Candidate });
    }
}

/// The sentences of one paragraph.
pub fn paragraph_sentences(text: &str, paragraph: Span, language: Language) -> Vec<Span> {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => segment_paragraph(text, paragraph, language, &mut scratch),
        Err(_) => segment_paragraph(text, paragraph, language, &mut Scratch::default()),
    })
}

/// Buffers reused from one paragraph to the next: a long text has thousands of paragraphs, and
/// allocating each one's anew was a fifth of the stage's time.
#[derive(Default)]
struct Scratch {
    pieces: Vec<Range<usize>>,
    terminators: Vec<usize>,
    cuts: Vec<(usize, Source)>,
    cut_keys: Vec<usize>,
    marks: quotes::Marks,
    masks: quotes::Covered,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

fn segment_paragraph(text: &str, paragraph: Span, language: Language, scratch: &mut Scratch) -> Vec<Span> {
    let Scratch { pieces, terminators, cuts, cut_keys, marks, masks } = scratch;
    pieces.clear();
    terminators.clear();
    cuts.clear();
    masks.clear();
    let original = paragraph.slice(text);
    // UAX #29 treats a line break as the end of a paragraph (rule SB4); inside a paragraph, line breaks
    // are hard wraps, so they count as spaces. The ASCII walk is told so (and notes every ".", "!" and
    // "?" on its way); any other text has them replaced by spaces of the same length in UTF-8, which
    // keeps every byte offset where it was.
    let unwrapped: Cow<str>;
    let ascii = original.is_ascii();
    if ascii {
        uax29::ascii_sentence_pieces(original, true, pieces, terminators);
        unwrapped = Cow::Borrowed(original);
    } else {
        unwrapped = unwrap_lines(original);
        uax29::sentence_pieces(&unwrapped, pieces);
    }
    let paragraph_text = Paragraph { text: &unwrapped, language, rules: Rules::of(language) };
    let p = &paragraph_text;

    quotes::scan(original, marks, (!ascii).then_some(&mut *terminators));
    cuts.extend(pieces.iter().skip(1).map(|piece| (before_opening_marks(&unwrapped, past_closing_mark(&unwrapped, piece.start)), Source::Candidate)));
    rule_cuts(p, original, marks, terminators, cuts);
    if !ascii {
        thai_space_cuts(p.text, cuts);
    }
    // Every cut moved past the white space after it, so that the same end found twice is one.
    for cut in cuts.iter_mut() {
        cut.0 += p.text[cut.0..].len() - p.text[cut.0..].trim_start().len();
    }
    sort_cuts(cuts, cut_keys);
    cuts.dedup_by_key(|cut| cut.0);

    if !cuts.is_empty() {
        p.masks(&marks.quoted, masks);
        masks.sort();
    }
    let mut out: Vec<Span> = Vec::new();
    let mut start = 0;
    for &(cut, source) in cuts.iter() {
        if cut <= start || cut >= p.text.len() || masks.covers(cut) {
            continue;
        }
        if source == Source::Candidate && continues(p, start, cut) {
            continue;
        }
        let span = Span::new(start, cut).trim(p.text);
        if !span.is_empty() {
            out.push(span);
        }
        start = cut;
    }
    let last = Span::new(start, p.text.len()).trim(p.text);
    if !last.is_empty() {
        out.push(last);
    }
    for span in &mut out {
        *span = span.shift(paragraph.start);
    }
    out
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

/// A paragraph being segmented: its text with line breaks as spaces, and its language's rules.
struct Paragraph<'a> {
    text: &'a str,
    language: Language,
    rules: &'static Rules,
}

impl Paragraph<'_> {
    /// Whether `word` (the start of what follows a full stop) is one that starts sentences: a
    /// capitalized stopword of the language ("The", "Der", "I'm").
    fn starts_sentence(&self, word: &str) -> bool {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let mut buffer = [0u8; 32];
        let lower = lower_case(word, &mut buffer);
        self.language.is_stopword(&lower)
            || lower.split(['\'', '’']).next().is_some_and(|head| head != lower && self.language.is_stopword(head))
    }

    /// The spans inside which no sentence ends: brackets, book titles, the quotations opened in the
    /// middle of a sentence, which are part of it (`she said, "Go. Now." and left`, `called out, "The
    /// Queen! The Queen!"`, `he shouted; "Stop! Police!"`), and those that open a sentence which a
    /// lower-case speech tag finishes (`"Stop! Stop!" she cried.`, `„Ja. Gut,“ sagte er.`), with the
    /// source in brackets of one quoted before it (`"We won. It is over." (Reuters).`). Any other
    /// quotation that opens a sentence (after a sentence end or a colon) is split like any text, even
    /// before a speech tag (`"We won. It's over," he said.`): those are the speaker's own sentences,
    /// which a summary may quote one by one and which news references and treebanks split too
    /// (docs/quality.md, "Sentence splitting").
    fn masks(&self, quoted: &[quotes::Quoted], masks: &mut quotes::Covered) {
        let text = self.text;
        let opens_mid_sentence = |q: &quotes::Quoted| {
            let before = text[..q.start].trim_end().trim_end_matches(is_closing);
            !before.is_empty() && !before.ends_with(['.', '!', '?', '…', ':', '。', '！', '？'])
        };
        // A quotation that opens its sentence and whose last sentence end is followed by a lower-case
        // word is a clause of the sentence that its speech tag finishes: `"Stop! Stop!" she cried.`
        // So is one that closes on a comma before its speech tag, when its marks are low-nine ones or
        // guillemets, which open unambiguously (`„Prieskumy … váhu. V podstate …,“ reagoval`,
        // `»Vi vandt. Det er slut,« sagde han`). With straight or English quotation marks, or the comma
        // after the closing mark (`«…», — сказал`), the speaker's sentences are split, as news
        // references and treebanks split them (docs/quality.md, "Sentence splitting").
        let clause_of_its_sentence = |q: &quotes::Quoted| {
            let last = text[..q.end].trim_end_matches(is_closing).chars().next_back();
            let next_first = text[q.end..].trim_start().chars().next();
            (matches!(last, Some('!' | '?' | '.' | '…')) || q.low_nine_or_guillemet && last == Some(','))
                && next_first.is_some_and(char::is_lowercase)
        };
        // A quotation before its source in brackets and the sentence's final mark (`"Ei fu. Siccome …"
        // (Manzoni).`, `"We won. It is over." (Reuters).`) is quoted whole, source included: the end
        // of that span, after the closing bracket. A source is a few words; more is a sentence in
        // brackets after the quotation (`"Wer hat Ihnen 99 gesagt?" (Bei den Damen … nur …).`). A
        // sentence in brackets keeps its source the same way (`(Ça aide. Beaucoup.) (AFP).`), which
        // would otherwise be a sentence of its own, "(AFP)."
        let cited_until = |q: &quotes::Quoted| {
            let after = &text.as_bytes()[q.end..];
            let source = after.trim_ascii_start().strip_prefix(b"(")?;
            // Looked for within a few words' length, so that a paragraph of quotations each followed by
            // an unclosed "(" costs a pass, not a scan to its end for each.
            let close = source.iter().take(SOURCE_MAX_BYTES).position(|&b| b == b')')?;
            let source_of_a_few_words = source[..close].iter().filter(|&&b| b == b' ').count() < 5;
            let end = q.end + (after.len() - source.len()) + close + 1;
            (source_of_a_few_words && matches!(text.as_bytes().get(end), Some(b'.' | b'!' | b'?'))).then_some(end)
        };
        for q in quoted {
            let end = cited_until(q).unwrap_or(q.end);
            if q.brackets || end > q.end || opens_mid_sentence(q) || clause_of_its_sentence(q) {
                masks.push(q.start, end);
            }
        }
    }

    /// Whether a sentence may start at `at`: at the start of the paragraph, after a line break, or after
    /// a sentence's final (or a colon's) punctuation.
    fn sentence_may_start(&self, original: &str, at: usize) -> bool {
        let head = self.text[..at].trim_end();
        if head.is_empty() || original[head.len()..at].contains(['\n', '\r']) {
            return true;
        }
        let head = head.trim_end_matches(is_closing);
        head.ends_with(['.', '!', '?', ':', ';', '…', '。', '！', '？']) || head.chars().next_back().is_some_and(is_terminator)
    }
}

/// Whether the sentence that began at `start` goes on past `cut`, where UAX #29 would end it.
fn continues(p: &Paragraph, start: usize, cut: usize) -> bool {
    let previous = p.text[start..cut].trim_end();
    let next = &p.text[cut..];
    // A list item's marker is not a sentence: "1.", "a)", "• 2.".
    if lists::is_marker_only(previous) {
        return true;
    }
    let body = previous.trim_end_matches(|c: char| is_closing(c) || is_format(c));
    let unformatted = previous.trim_end_matches(is_format);
    let closed = body.len() < unformatted.len();
    let Some(mark) = body.chars().next_back() else { return false };
    // Two commas open a quotation in Dutch and German print (",,Ik ben tevreden.''").
    let next_start = next.strip_prefix(",,").unwrap_or(next).trim_start_matches(|c: char| is_opening(c) || is_format(c));
    let next_first = next_start.chars().next();

    // A lower-case word goes on with the sentence: "Yahoo! in the", "\"Stop!\" she said", "Why? because";
    // so does what no sentence starts with: "consuela. / [...]", "etc., and".
    // A full stop after a plain word (`ends_plain_word`) ends the sentence even before a lower-case
    // word: text typed without capitals ("anyone is interested. jill allen finishes"), or a sentence
    // that starts in lower case ("δούλευε κανένας. το κόστος").
    let plain_end = mark == '.' && !closed && previous.len() < cut - start && ends_plain_word(p, &body[..body.len() - 1]);
    // A question followed by another question ends, lower case or not ("where did you grow up? india?",
    // "ауыл шаруашылығы – кім? не?"); a speech tag after a question ends on a full stop ("Why? he
    // asked.", "Nereye? diye sordu.") and goes on with the sentence.
    let another_question = || mark == '?' && !closed && next.bytes().find(|b| b"?.!\n".contains(b)) == Some(b'?');
    if next_first.is_some_and(|c| c.is_lowercase() && !plain_end && !another_question() || matches!(c, '/' | ',' | ';' | ':' | '%' | ')' | ']' | '}')) {
        return true;
    }
    // A list item's number run into its text: "1.Helado, 2.Carne", "原则：1.为人们解决…；2.从人开始"; and
    // with no number, a dot that opens a word is the word's: "established .NET practices".
    if previous.len() == cut - start && mark == '.' && next_first.is_some_and(char::is_alphabetic) {
        let number = trailing_run(&body[..body.len() - 1], |c| c.is_ascii_digit());
        let before_number = &body[..body.len() - 1 - number.len()];
        let item_may_start = |c: char| c.is_whitespace() || matches!(c, ':' | ';' | ',' | '：' | '；' | '，' | '、');
        if number.len() <= 2 && before_number.chars().next_back().map_or(true, item_may_start) {
            return true;
        }
    }
    // Japanese: a quotation closed after its sentence end, then a particle: 「行こう。」と言った.
    if closed && previous.ends_with(['」', '』']) && next_first.is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c)) {
        return true;
    }
    // An exclamation or question mark inside a word: "!Kung", "Y!J"; not between two characters of a
    // script without spaces, where the ASCII mark ends the sentence as the full-width one would
    // ("我应该学哪个?如何选择").
    let between_unspaced = || body[..body.len() - 1].chars().next_back().is_some_and(is_unspaced) && next_first.is_some_and(is_unspaced);
    if previous.len() == cut - start && matches!(mark, '!' | '?') && next_first.is_some_and(char::is_alphanumeric) && !between_unspaced() {
        return true;
    }
    // An omission in brackets is not a sentence end: "[...]" (Smith 55).
    if ["[...]", "[…]", "(...)", "(…)"].iter().any(|omission| previous.trim_end_matches(is_closing_quote).ends_with(omission)) {
        return true;
    }
    let closing = &unformatted[body.len()..];
    if mark == '.' && (!closed || closing.bytes().all(|b| matches!(b, b')' | b']'))) {
        return full_stop_continues(p, &body[..body.len() - 1], next_start, closed);
    }
    false
}

/// Whether the full stop after `before` is not a sentence end, given what follows (`next`) and whether a
/// closing bracket stands between them (`bracketed`).
fn full_stop_continues(p: &Paragraph, before: &str, next: &str, bracketed: bool) -> bool {
    let next_word = next.split(char::is_whitespace).next().unwrap_or("");
    // A number, a parenthesis ("Tel. (030) 12") or a Roman numeral ("Bd. III", "Vol. II", "Nr. XLIV").
    // (Measured in place: cutting the numeral out for `is_roman_numeral` costs the `.wasm` more.)
    let numeral = next.bytes().take_while(|&b| is_roman_numeral_letter(b)).count();
    let number_follows = next.starts_with(|c: char| c.is_ascii_digit() || c == '(')
        || (numeral > 1 && !next.as_bytes().get(numeral).is_some_and(u8::is_ascii_alphanumeric));
    // An ellipsis. Three spaced dots mark an omission inside the sentence ("the thing is . . . I didn't"),
    // a fourth ends it ("with a period . . . . Next"); run together, they end it before a capital.
    // In Armenian a full stop is the "mijaket" (a colon or semicolon) or part of an ellipsis; the
    // sentence ends with "։" or ":".
    if before.trim_end_matches(['.', ' ', '…']).chars().next_back().is_some_and(is_armenian) {
        return true;
    }
    if before.trim_end_matches(' ').ends_with(['.', '…']) {
        let words = before.trim_end_matches(['.', ' ']);
        let run = &before[words.len()..];
        let spaced_omission = run.contains(' ') && count_byte(run, b'.') == 2 && (words.is_empty() || run.starts_with(' '));
        return spaced_omission;
    }
    let before = before.trim_end_matches(is_format);
    // The word before the full stop starts after white space or an opening mark; a straight "'" after a
    // letter or digit is an apostrophe inside the word ("Kim's.", "isn't.", "foto's."), not a quotation
    // opening on its last letter, which would pass for an abbreviation's ("z. B.").
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(i, c)| c.is_whitespace() || (is_opening(c) && !(c == '\'' && before[..i].ends_with(char::is_alphanumeric))))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let word: Cow<str> = if word.contains(is_format) { Cow::Owned(word.replace(is_format, "")) } else { Cow::Borrowed(word) };
    if word.is_empty() {
        return false;
    }
    let mut buffer = [0u8; 32];
    let lower = lower_case(&word, &mut buffer);
    // "l'Ing.", "dell'Avv.": an abbreviation after an elided article.
    let after_apostrophe = Some(trailing_run(&lower, |c| !matches!(c, '\'' | '’'))).filter(|tail| tail.len() < lower.len());
    // A capital letter alone is an initial ("John P. Kennedy"), not the lower-case abbreviation it
    // spells ("p. 55"): the lists hold lower-case forms.
    let initial = *lower != *word && !has_two_chars(&lower);
    let listed = std::iter::once(&*lower).chain(after_apostrophe).filter(|_| !initial).find_map(|candidate| p.rules.abbreviation(candidate));
    // An abbreviation that closes a bracket is the bracketed text's last word ("in Floss (Hrsg.)
    // Steinartefakte", "(Eds.) Collected Papers", "(ca.) Stunden"): the sentence ends there only before a
    // word that starts sentences ("… (Smith et al.) The results"). Nothing else before a closing bracket
    // keeps the sentence going.
    if bracketed {
        return listed.is_some() && !p.starts_sentence(next_word);
    }
    match listed {
        Some(Abbreviation::NeverFinal) => return true,
        Some(Abbreviation::BeforeNumbers) => return number_follows,
        Some(Abbreviation::MayEnd) => return !p.starts_sentence(next_word),
        None => {}
    }
    // The numero sign in every language: "N°. 5", "Nº. 5", "№. 5".
    if lower.ends_with(['°', 'º', '№']) {
        return number_follows;
    }
    // A number, or a range's last one ("am 16./17. Februar", "des 6.-7. Jahrhunderts"; 0x93 ends "–",
    // and other characters too, inside which no cut falls).
    let separator = word.bytes().rposition(|b| matches!(b, b'/' | b'-' | b'(' | 0x93)).map_or(0, |i| i + 1);
    let (head, digits) = word.split_at(if word.is_char_boundary(separator) { separator } else { 0 });
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && head.bytes().all(|b| b.is_ascii_digit() || !b.is_ascii_alphanumeric()) {
        // "am 15. Dezember", "den 5. maj": ordinals, where the language writes them so.
        let ordinal = (p.rules.ordinal_numbers && digits.len() <= 3) || (p.rules.ordinal_years && digits.len() == 4);
        return ordinal && !p.starts_sentence(next_word);
    }
    // "XII. Pluku", "Wilhelm II. Kaiser": Roman numerals are ordinals too where numbers are.
    if p.rules.ordinal_numbers && is_roman_numeral(&word) {
        return !p.starts_sentence(next_word);
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A lower-case letter is part of an abbreviation: "z. B.", "d. h.", "a. m."; unless it is a word
        // of the language before a word that starts sentences, a preposition left at the end ("det
        // museet vi bor i. Det er").
        if c.is_lowercase() {
            return !(p.language.is_stopword(&word) && p.starts_sentence(next_word));
        }
        // An initial ("John F. Kennedy", "J. K. Rowling", "M. Martin"), unless it follows a lower-case
        // word and comes before a word that starts sentences ("you and I. Did", "courses on X. The",
        // "vitamin A. The"), and no other initial follows ("наук А. И. Семенов").
        if c.is_uppercase() {
            let mut next_chars = next_word.chars();
            if next_chars.next().is_some_and(char::is_uppercase) && next_chars.next() == Some('.') {
                return true;
            }
            let before_word = before[..before.len() - word.len().min(before.len())].trim_end();
            let previous_word_lower =
                trailing_run(before_word, |c| !c.is_whitespace()).chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
            return !(previous_word_lower && p.starts_sentence(next_word));
        }
        // In a script without case, a letter alone is an abbreviation: Arabic "د." (Dr.).
        return c.is_alphabetic();
    }
    // A dotted acronym ("U.S.", "D.C.", "a.m.") ends the sentence only when what follows opens one, and
    // sentences open with a capitalized function word far more often than with a name.
    if word.contains('.') && is_dotted_acronym(&word) {
        return !p.starts_sentence(next_word);
    }
    false
}

/// The longest source in brackets after a quotation (`"…" (Reuters).`), in bytes: a few words.
const SOURCE_MAX_BYTES: usize = 64;

/// The fewest letters of a word whose full stop ends a sentence whatever follows, when no list calls
/// it an abbreviation (see `continues`).
const PLAIN_WORD_MIN_LETTERS: usize = 5;

/// Whether `before` ends in a lower-case word that no abbreviation list of the language holds, of
/// [`PLAIN_WORD_MIN_LETTERS`] letters or more or one of the language's stopwords ("looking for you.
/// call them", "i loved it. why"). (Other short words may be abbreviations no list holds, "incl.";
/// a capital may open an abbreviation, "Approx.", or be one, "NATO.", and the lists hold lower-case
/// forms.) Where the language's words end in few letters (Italian's vowels), one that ends in another
/// letter is cut short ("meteor.", "idraul."): not a plain word.
fn ends_plain_word(p: &Paragraph, before: &str) -> bool {
    let token = trailing_run(before, |c| !c.is_whitespace());
    let letters = token.chars().count();
    // In lower case first: a capitalized word is never plain, and needs no lookup in the stopwords.
    token.chars().all(char::is_lowercase)
        && (letters >= PLAIN_WORD_MIN_LETTERS || (letters >= 2 && p.language.is_stopword(token)))
        && p.rules.abbreviation(token).is_none()
        && (p.rules.word_final_letters.is_empty() || p.rules.word_final_letters.iter().any(|letter| token.ends_with(letter)))
}

/// `word` in lower case: without an allocation when it is short ASCII, as most words are
/// ([`ascii_lower_case`]), so that the lookups after every full stop cost none.
fn lower_case<'b>(word: &'b str, buffer: &'b mut [u8; 32]) -> Cow<'b, str> {
    word.is_ascii().then(|| ascii_lower_case(word, buffer)).flatten().map_or_else(|| Cow::Owned(lowercase(word)), Cow::Borrowed)
}

/// "U.S", "D.C", "a.m", "U.K" (the final dot already removed): single letters separated by dots.
fn is_dotted_acronym(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        if !(chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// The sentence ends that UAX #29 misses (see the module documentation), as cuts into `p.text`.
/// `original` is the paragraph with its line breaks, and `marks` what [`quotes::scan`] found in it.
/// `terminators` are the offsets of the sentence-ending marks the rules look at, in order.
fn rule_cuts(p: &Paragraph, original: &str, marks: &quotes::Marks, terminators: &[usize], cuts: &mut Vec<(usize, Source)>) {
    let text = p.text;
    let bytes = text.as_bytes();
    // Full stops and closing parentheses, in order: where list markers end.
    let mut marker_ends: Vec<usize> = Vec::new();
    let mut parens = marks.closing_parens.iter().copied().peekable();
    for &at in terminators {
        let Some(c) = text[at..].chars().next() else { break };
        let end = at + c.len_utf8();
        let after = &text[end..];
        // Most full stops are followed by a space and a word: only a few bytes decide which rules apply.
        let next_byte = bytes.get(end).copied().unwrap_or(b' ');
        match c {
            '.' | '!' | '?' => {
                if c == '.' {
                    while parens.next_if(|&paren| paren < at).is_some_and(|paren| {
                        marker_ends.push(paren);
                        true
                    }) {}
                    marker_ends.push(at);
                    if !next_byte.is_ascii_whitespace() && !next_byte.is_ascii_lowercase() && !next_byte.is_ascii_digit() && next_byte != b'[' {
                        if let Some(cut) = glued_sentence(p, at) {
                            cuts.push((cut, Source::Rule));
                        }
                    }
                }
                // Reference marks may follow the quotation mark that closes the sentence: `letters.”[12] See`.
                let quoted = after.chars().next().filter(|&q| is_closing_quote(q)).map_or(0, char::len_utf8);
                if next_byte == b'[' || next_byte.is_ascii_digit() || (quoted > 0 && after[quoted..].starts_with('[')) {
                    if let Some(cut) = footnote_after(p, at, end + quoted) {
                        cuts.push((cut, Source::Rule));
                    }
                } else if next_byte == b' ' || next_byte.is_ascii_whitespace() || !next_byte.is_ascii() {
                    sentence_after(text, at, end, c, cuts);
                }
            }
            // A wiki's reference marks after a Chinese or Japanese full stop: "首都。[1]人口…".
            '。' => {
                if let Some(cut) = footnote_after(p, at, end) {
                    cuts.push((cut, Source::Rule));
                }
            }
            '．' => {
                if let Some(cut) = glued_sentence(p, at) {
                    cuts.push((cut, Source::Rule));
                }
            }
            '…' => {
                let before = text[..at].chars().next_back();
                if !before.is_some_and(|c| matches!(c, '[' | '(') || is_armenian(c)) && capital_follows(after) {
                    cuts.push((end, Source::Rule));
                }
            }
            // Armenian's full stop typed as a colon: "Ինչ ես մտածում: Ոչինչ:".
            ':' if text[..at].chars().next_back().is_some_and(is_armenian)
                && after.starts_with(char::is_whitespace)
                && after.trim_start().starts_with(char::is_alphanumeric) =>
            {
                cuts.push((end, Source::Rule));
            }
            // Greek's question mark is ";" (U+037E is the same character): "Τι κάνεις; Καλά.".
            ';' | '\u{37E}'
                if text[..at].chars().next_back().is_some_and(is_greek)
                    && after.starts_with(char::is_whitespace)
                    && after.trim_start().starts_with(|c: char| c.is_uppercase() && is_greek(c)) =>
            {
                cuts.push((end, Source::Rule));
            }
            _ => {}
        }
    }
    marker_ends.extend(parens);
    if !marker_ends.is_empty() {
        let items = lists::item_starts(text, original, &marker_ends, |at| p.sentence_may_start(original, at));
        cuts.extend(items.into_iter().map(|at| (at, Source::Rule)));
    }
    if !marks.line_starts.is_empty() {
        cuts.extend(lists::line_items(original, &marks.line_starts).into_iter().map(|at| (at, Source::Rule)));
    }
    cuts.extend(marks.bullets.iter().map(|&at| (at, Source::Rule)));
    cuts.extend(marks.interrupted.iter().filter(|&&end| capital_follows(&text[end..])).map(|&end| (end, Source::Rule)));
}

/// The fewest bytes on each side of a space between two Thai letters, up to the sentence's start and to
/// the next space, for the space to end a sentence: ten Thai characters of three bytes each in UTF-8
/// (tuned on the UD Thai-TUD treebank's dev sentences: docs/quality.md).
const THAI_SENTENCE_MIN_BYTES: usize = 30;

/// Thai has no sentence punctuation: a space ends its sentences (and sets off clauses and a few phrases
/// inside them). A space between two Thai letters ends one where a clause's length stands on both sides
/// of it, up to the sentence's start and to the next space: beside a word or two set between spaces
/// ("นอกจากนี้ …", "in addition, …") the sentence goes on. A script rule, as the Armenian and Greek
/// ones are: any text's Thai is split so. Lengths in bytes, and bytes rather than `str` searches: a
/// character count or a searcher of its own cost the `.wasm` hundreds of bytes.
#[inline(never)]
fn thai_space_cuts(text: &str, cuts: &mut Vec<(usize, Source)>) {
    let bytes = text.as_bytes();
    // A Thai character (U+0E00–U+0E7F) starts with the UTF-8 bytes E0 B8 or E0 B9.
    let thai_at = |i: usize| bytes.get(i) == Some(&0xE0) && matches!(bytes.get(i + 1), Some(0xB8 | 0xB9));
    let mut start = 0;
    for at in 3..bytes.len() {
        if bytes[at] == b' ' && at - start >= THAI_SENTENCE_MIN_BYTES && thai_at(at - 3) && thai_at(at + 1) {
            let next = bytes[at + 1..].iter().position(|&b| b == b' ').unwrap_or(bytes.len() - at - 1);
            if next >= THAI_SENTENCE_MIN_BYTES {
                start = at + 1;
                cuts.push((start, Source::Rule));
            }
        }
    }
}

/// After a sentence-ending mark `c` at `at..end` and white space: what may start a sentence that UAX
/// #29 would not end here.
fn sentence_after(text: &str, at: usize, end: usize, c: char, cuts: &mut Vec<(usize, Source)>) {
    let after = &text[end..];
    let rest = after.trim_start();
    let next = end + (after.len() - rest.len());
    match rest.chars().next() {
        // An ellipsis run into the next word opens the next sentence: "raak. ...en toen barste".
        Some('.' | '…') if c == '.' && (rest.starts_with("...") || rest.starts_with('…')) => {
            let dots = rest.trim_start_matches(['.', '…']);
            if dots.starts_with(char::is_alphabetic) {
                cuts.push((next, Source::Rule));
            }
        }
        // A full stop, then an ellipsis that opens the next sentence: "compounds. . . . The".
        Some('.') if c == '.' && text[..at].ends_with(char::is_alphanumeric) && after.starts_with(" . . .") && capital_follows(&after[6..]) => {
            cuts.push((end, Source::Rule));
        }
        // A dash after a sentence end opens a new one (a line of dialogue, an item): "you see? - Posted".
        // Only proposed: after an abbreviation the dash goes on ("Bogotá, D.C. - Colombia").
        Some('-' | '—' | '–') => {
            let dash = rest.chars().next().map_or(1, char::len_utf8);
            if rest[dash..].starts_with(' ') && capital_follows(&rest[dash..]) {
                cuts.push((next, Source::Candidate));
            }
        }
        // UAX #29 does not end a sentence after a full stop where a lower-case word follows, whatever
        // stands between ("kwamen. 81 procent van", `it said. "2004 has been`, "interested. call them"):
        // proposed, so that abbreviations and ordinals still hold ("p. 55 and", "z. B. die"). Not
        // before a closing mark, which closes what the full stop ends (`„Keine Lust. “ Wir`), unless
        // a number follows it as an opening one; nor before a bracket, which a year or a page opens after
        // an abbreviation no list holds ("Baal et al. (1994) zeigten").
        Some(n) if c == '.' && !matches!(n, '.' | '…' | '(') && (!is_closing(n) || rest[n.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())) => {
            cuts.push((end, Source::Candidate))
        }
        _ => {}
    }
}

/// The longest word, in bytes, that [`glued_sentence`] looks at on either side of a full stop.
const GLUED_WORD_MAX_BYTES: usize = 64;

/// A letter of Roman numerals up to the hundreds: ordinals and centuries are written with them, while
/// "MD", "DC" or "CD" are mostly abbreviations.
fn is_roman_numeral_letter(b: u8) -> bool {
    matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')
}

/// A Roman numeral of two letters or more ("XII", "XVIII"; "I" alone is the pronoun as often).
fn is_roman_numeral(word: &str) -> bool {
    word.len() > 1 && word.bytes().all(is_roman_numeral_letter)
}

/// A full stop at `dot` with no space after it, between a lower-case word and a capitalized one
/// ("world.Today", "Tuesday.Mr. Smith"), where the words are not parts of an address, a file name or
/// a code ("Jane.Doe@example.com", "example.Com/x", "Node.JS"): the cut before the capital.
fn glued_sentence(p: &Paragraph, dot: usize) -> Option<usize> {
    let text = p.text;
    let dot_end = dot + text[dot..].chars().next().map_or(1, char::len_utf8);
    // The two cheap tests first, and the words looked for within GLUED_WORD_MAX_BYTES of the dot: a
    // paragraph of a million dots or of "ab.Ab.Ab…" without a space must not cost a scan per dot.
    let mut letters = text[..dot].chars().rev();
    if !(letters.next().is_some_and(char::is_lowercase) && letters.next().is_some_and(char::is_lowercase)) {
        return None;
    }
    if !text[dot_end..].starts_with(char::is_uppercase) {
        return None;
    }
    let mut window_start = dot.saturating_sub(GLUED_WORD_MAX_BYTES);
    while !text.is_char_boundary(window_start) {
        window_start -= 1;
    }
    let window = &text[window_start..dot];
    let word_start = match window.rfind(|c: char| c.is_whitespace() || is_opening(c)) {
        Some(i) => window_start + i + window[i..].chars().next().map_or(1, char::len_utf8),
        None if window_start == 0 => 0,
        None => return None, // no word is that long
    };
    let word = &text[word_start..dot];
    if !word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’') {
        return None;
    }
    let after = &text[dot_end..];
    let mut window_end = after.len().min(GLUED_WORD_MAX_BYTES);
    while !after.is_char_boundary(window_end) {
        window_end += 1;
    }
    let next_word = match after[..window_end].find(char::is_whitespace) {
        Some(i) => &after[..i],
        None if window_end == after.len() => after,
        None => return None,
    };
    let core = next_word.trim_end_matches(|c: char| is_closing(c) || matches!(c, '.' | ',' | ';' | ':' | '!' | '?'));
    let mut chars = core.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    if !first_upper || !chars.all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’') {
        return None;
    }
    // A word in (ASCII) capitals after the dot is a name's or a code's part ("Node.JS", "Bagle.AT"): a
    // sentence opens with a capital and goes on in lower case, or with a Roman numeral ("жағдайы.XVIII
    // ғасырдың").
    let capitals = core.len() > 1 && core.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if capitals && !is_roman_numeral(core) {
        return None;
    }
    let mut buffer = [0u8; 32];
    if p.rules.abbreviation(&lower_case(word, &mut buffer)).is_some() {
        return None;
    }
    Some(dot_end)
}

/// Footnote marks right after a sentence's final punctuation at `mark..end`: references in brackets
/// ("martyr.[1] The", "large.[7][8] This", after a quotation "done.”[12] See") or superscript numbers
/// flattened into digits ("consultation.11 12 Take", "(1987).1 According"). The cut goes after them,
/// before the capital that starts the next sentence, or its first Chinese or Japanese character ("首都。[1]人口").
fn footnote_after(p: &Paragraph, mark: usize, end: usize) -> Option<usize> {
    let text = p.text;
    let after = &text[end..];
    if after.starts_with('[') {
        let mut rest = after;
        while let Some(inner) = rest.strip_prefix('[') {
            let close = inner.find(']')?;
            if close == 0 || close > 20 || inner[..close].contains(['[', '.', '!', '?']) {
                return None;
            }
            rest = &inner[close + 1..];
        }
        return (capital_follows(rest) || rest.starts_with(is_chinese_or_japanese)).then(|| text.len() - rest.len());
    }
    if !after.starts_with(|c: char| c.is_ascii_digit()) || text.as_bytes()[mark] != b'.' {
        return None;
    }
    // After a word of three letters or more that is no abbreviation ("Fig.3", "No.1"), or a parenthesis.
    let before = &text[..mark];
    let word = trailing_run(before, char::is_alphabetic);
    let mut buffer = [0u8; 32];
    let after_word = before.ends_with(')') || (word.chars().count() >= 3 && p.rules.abbreviation(&lower_case(word, &mut buffer)).is_none());
    if !after_word {
        return None;
    }
    let mut rest = after;
    loop {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            return None;
        }
        rest = &rest[digits..];
        let gap = rest.len() - rest.trim_start_matches([' ', ',']).len();
        if gap > 0 && rest[gap..].starts_with(|c: char| c.is_ascii_digit()) {
            rest = &rest[gap..];
            continue;
        }
        break;
    }
    capital_follows(rest).then(|| text.len() - rest.len())
}

/// Whether `rest` is white space and then a capitalized word (or a quotation opening with one).
fn capital_follows(rest: &str) -> bool {
    let word = rest.trim_start();
    word.len() < rest.len() && word.trim_start_matches(is_opening).starts_with(char::is_uppercase)
}

/// A quotation mark with white space after it closes the sentence before, set with a space in front of it
/// (French `parti. » Ensuite`, or typed or extracted so: `werden. " Der`), where UAX #29 (rule SB9 takes
/// closing marks only before any space) left it to open the next sentence or to be a sentence of its
/// own. Only these two marks: "“" and "«" open a quotation before a space (tokenized English, French),
/// and "”", "’" and "'" stand so only in tokenized text, which is not worth the bytes of the check.
fn past_closing_mark(text: &str, cut: usize) -> usize {
    let bytes = &text.as_bytes()[cut..];
    let mark = match bytes {
        [b'"', ..] => 1,
        [0xC2, 0xBB, ..] => 2,
        _ => return cut,
    };
    if bytes.get(mark).map_or(true, |&b| b <= b' ') {
        cut + mark
    } else {
        cut
    }
}

/// An opening quotation mark or bracket set straight after a sentence end, with no space, opens the next
/// sentence ("参与。“听说…", "帰った。「次は…」"); UAX #29 counts it among the closing marks of the one
/// before (rule SB9), which left "…参与。“" and a next sentence without its opening mark. Only marks that
/// open in every language that writes them ("“" closes a German quotation, but a space follows it
/// there), and no bracket: "。（每日经济新闻）" is the sentence's credit, not a sentence.
fn before_opening_marks(text: &str, cut: usize) -> usize {
    let (before, after) = text.split_at(cut);
    if !after.starts_with(|c: char| c.is_alphanumeric()) {
        return cut;
    }
    let marks = before.trim_end_matches(['“', '‘', '«', '‹', '「', '『', '《', '〈']);
    let after_an_end = marks.ends_with(|c: char| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '…' | '」' | '』' | '”' | '）') || is_terminator(c));
    if marks.len() < before.len() && after_an_end {
        marks.len()
    } else {
        cut
    }
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '„' | '«' | '»' | '(' | '[' | '{' | '‹' | '¿' | '¡' | '「' | '『' | '《' | '（')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '“' | '»' | '«' | ')' | ']' | '}' | '›' | '」' | '』' | '》' | '）')
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '“' | '»' | '«' | '›')
}

/// Bidirectional controls and zero-width characters, which pasted right-to-left text carries around its
/// punctuation ("د\u{202A}.\u{202C}").
fn is_format(c: char) -> bool {
    is_zero_width(c) || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Sentence-final marks of other scripts, for deciding where a list may start.
fn is_terminator(c: char) -> bool {
    matches!(c, '։' | '።' | '፧' | '။' | '।' | '॥' | '۔' | '؟' | '．' | '｡')
}

fn is_armenian(c: char) -> bool {
    matches!(c, '\u{0531}'..='\u{058F}' | '\u{FB13}'..='\u{FB17}')
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("CJK, a wiki's reference marks", "柏林是德国首都。[1][2]人口约370万。", &["柏林是德国首都。[1][2]", "人口约370万。"]),
            ("reference marks after a quotation", "He wrote “I am done.”[12] See the letters. “Go!”[a] he cried.", &["He wrote “I am done.”[12]", "See the letters.", "“Go!”[a] he cried."]),
        ];
        for (name, text, expected) in cases {
            assert_eq!(split(text), *expected, "{name}");
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
