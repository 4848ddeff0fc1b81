//! Byte spans into the untouched input text.
//!
//! Every stage of the pipeline reports where things are as a [`Span`] of byte offsets into the text the
//! caller passed in, never as a copy of the text: that is what lets the page highlight the chosen
//! sentences in place, and what keeps two identical sentences apart (they are told apart by index and
//! span, never by their text). Offsets are converted to UTF-16 only at the JavaScript boundary.

use serde::Serialize;
use std::ops::Range;

/// A half-open range `start..end` of byte offsets into the input text.
///
/// Both ends always lie on `char` boundaries of the text the span was made from.
///
/// # Examples
/// ```
/// use abridge::Span;
/// let text = "Hello, world.";
/// let span = Span::new(7, 12);
/// assert_eq!(span.slice(text), "world");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers. Returns `""` rather than panicking when the span does not fit `text`
    /// (a span from another text), because a panic in the `.wasm` is an opaque trap for the reader.
    #[inline] // called per word or character: the `.wasm` inlines little else (wasm-pack.toml)
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// The text this span covers as it reads on one line: each run of white space becomes one space, or
    /// nothing where it breaks a line between two characters of Chinese or Japanese (a column of a PDF,
    /// wrapped with no space to take out) or after a word's hyphen and before its rest ("Pro-" / "tection"
    /// reads "Pro-tection", "Anglo-" / "Saxon" "Anglo-Saxon": whether the hyphen is the typesetter's or
    /// the word's, as in "well-" / "known", no list tells, and a hyphen too many misleads less than a
    /// word run together). `--split` prints sentences so, and a summary's as [`Span::reading`], whose twin
    /// in the page is `oneLine` in www/reading.js, since doing it in the `.wasm` cost 355 bytes gzip or more
    /// (docs/performance.md).
    pub fn one_line(self, text: &str) -> String {
        let mut out = String::with_capacity(self.len());
        let mut gap = None;
        for c in self.slice(text).trim().chars() {
            if c.is_whitespace() {
                *gap.get_or_insert(false) |= c == '\n';
                continue;
            }
            if let Some(line_break) = gap.take() {
                let mut before = out.chars().rev();
                let (last, second_last) = (before.next(), before.next());
                let solid = last.is_some_and(is_set_solid) && is_set_solid(c);
                let hyphenated = last == Some('-') && second_last.is_some_and(char::is_alphabetic) && c.is_alphabetic();
                if !(line_break && (solid || hyphenated)) {
                    out.push(' ');
                }
            }
            out.push(c);
        }
        out
    }

    /// The text this span covers as a summary shows it: [`Span::one_line`], without the footnote marks a
    /// wiki or a paper sets after a sentence or a clause (`… Afro-Eurasia.[1]`, `… recognized,[citation
    /// needed]`, `….[2][3]`): numbers of up to three digits, a note's letter, "citation needed", right after
    /// a stop, a comma or a closing quote or bracket. A mark after a word is left (`x[1]` may be code), and
    /// so is every mark in `--split`'s lines, which are scored against text that has them. The CLI prints
    /// a summary's sentences so; the page's twin is `oneLine` in www/reading.js.
    pub fn reading(self, text: &str) -> String {
        let line = self.one_line(text);
        let mut out = String::with_capacity(line.len());
        let mut rest = line.as_str();
        while let Some(at) = rest.find('[') {
            out.push_str(&rest[..at]);
            let from = &rest[at..];
            // A mark is short: looking no further for its "]" keeps a line of many "[" linear.
            let mark = from.bytes().take(FOOTNOTE_MARK_MAX_BYTES).position(|b| b == b']').filter(|&end| is_footnote_mark(&from[1..end]));
            match mark {
                Some(end) if out.ends_with(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '”', '’', '」', '。', '，']) => rest = &from[end + 1..],
                _ => {
                    out.push('[');
                    rest = &from[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The same span moved `offset` bytes to the right (from paragraph-relative to text-relative).
    pub const fn shift(self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// The smallest span inside this one whose text has no leading or trailing white space (including
    /// no-break and zero-width spaces, which pasted web pages are full of).
    #[inline] // called per word or character: the `.wasm` inlines little else (wasm-pack.toml)
    pub fn trim(self, text: &str) -> Span {
        let inner = self.slice(text);
        let leading = inner.len() - inner.trim_start_matches(is_space).len();
        let trailing = inner.len() - inner.trim_end_matches(is_space).len();
        if leading == inner.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + leading, self.end - trailing)
    }
}

/// The longest footnote mark, "[citation needed]".
const FOOTNOTE_MARK_MAX_BYTES: usize = 17;

/// What a footnote mark holds between its brackets: a number of up to three digits, a note's letter, or
/// "citation needed" (a wiki's mark for a claim without a source).
fn is_footnote_mark(inside: &str) -> bool {
    let digits = (1..=3).contains(&inside.len()) && inside.bytes().all(|b| b.is_ascii_digit());
    let letter = inside.len() == 1 && inside.bytes().all(|b| b.is_ascii_lowercase());
    digits || letter || inside == "citation needed"
}

/// Where `needle` first occurs in `haystack`, compared byte for byte. `str::find` and `str::contains`
/// with a string pattern link core's two-way searcher into the `.wasm` (about 2.6 KB of its code); the
/// crate looks for a few words in a line or a paragraph, where a comparison at each position is as
/// quick. A match is at a character boundary: a needle starts with a character's first byte.
pub(crate) fn find_str(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.as_bytes().windows(needle.len()).position(|window| window == needle.as_bytes())
}

/// The run of characters `keep` accepts that `s` ends with (`s.rsplit(|c| !keep(c)).next()`), all of `s`
/// when it accepts every one. Out of line and taking a function pointer: `rsplit` with a pattern is a
/// backward splitter of its own for each pattern, where the crate only ever wants this last piece. (The
/// native build inlines it, where the call through the pointer would cost the segmenter's loop.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub(crate) fn trailing_run(s: &str, keep: fn(char) -> bool) -> &str {
    let mut chars = s.chars();
    loop {
        let rest = chars.as_str();
        match chars.next_back() {
            Some(c) if keep(c) => {}
            _ => return &s[rest.len()..],
        }
    }
}

/// How many times the ASCII character `byte` occurs in `s` (`s.matches(char).count()`, which links a
/// character searcher's loop of its own). Out of line: the segmenter's rare call would otherwise weigh
/// on the loop it sits in.
#[inline(never)]
pub(crate) fn count_byte(s: &str, byte: u8) -> usize {
    s.bytes().filter(|&b| b == byte).count()
}

/// Whether `s` has two characters or more (`s.chars().nth(1).is_some()`, which links an out-of-line
/// `Chars::advance_by` into the `.wasm`).
pub(crate) fn has_two_chars(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && !chars.as_str().is_empty()
}

/// White space for the purpose of trimming and joining: Unicode white space (which includes the no-break
/// space U+00A0) plus the zero-width characters that web pages scatter through text and that Unicode
/// does not count as white space.
#[inline] // called per word or character: the `.wasm` inlines little else (wasm-pack.toml)
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || is_zero_width(c)
}

/// Zero-width space, joiners, word joiner and the byte-order mark: invisible characters that should
/// neither split nor glue words when text is compared.
pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Lower-cases `s` character by character. `str::to_lowercase` would do the same bar the Greek final
/// sigma, at the price of 4 KB more `.wasm`; these lower-case copies are only ever compared with
/// keyword lists.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase(); // most text: a byte loop instead of a table lookup per char
    }
    // What lower-cases to itself (ASCII but capitals, scripts without case) is copied a run at a time:
    // a paragraph of Chinese is mostly one run, where a push per character was most of the work.
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let (mut unchanged_from, mut at) = (0, 0);
    while let Some(&b) = bytes.get(at) {
        // U+3000 to U+9FFF (CJK punctuation, kana, ideographs) are the characters of three bytes led by
        // E3 to E9: passed over without decoding them.
        if (0xE3..=0xE9).contains(&b) {
            at += 3;
            continue;
        }
        if b.is_ascii() && !b.is_ascii_uppercase() {
            at += 1;
            continue;
        }
        let c = s[at..].chars().next().unwrap_or_default();
        if !c.is_ascii() && is_caseless(c) {
            at += c.len_utf8();
            continue;
        }
        out.push_str(&s[unchanged_from..at]);
        out.extend(c.to_lowercase());
        at += c.len_utf8();
        unchanged_from = at;
    }
    out.push_str(&s[unchanged_from..]);
    out
}

/// `word` with its ASCII capitals in lower case (all of them, for an ASCII word), when it fits `buffer`:
/// the word itself when it has none (most words: no copy), else its copy lower-cased in `buffer`; `None`
/// for a word longer than `buffer`. The lookups of short words in word lists (stopwords, abbreviations,
/// numerals) then cost no allocation. (Out of line: one copy for all its callers keeps the `.wasm`
/// smaller, and the call is no slower.)
#[inline(never)]
pub(crate) fn ascii_lower_case<'a>(word: &'a str, buffer: &'a mut [u8]) -> Option<&'a str> {
    let slot = buffer.get_mut(..word.len())?;
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(word);
    }
    slot.copy_from_slice(word.as_bytes());
    slot.make_ascii_lowercase();
    // Only ASCII bytes changed, so it is still UTF-8.
    std::str::from_utf8(slot).ok()
}

/// The script of a character written without spaces between words, and so how it takes part in terms
/// (`tokenize`), where lines may break inside a sentence (`clean`) and where a sentence may end (`segment`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unspaced {
    /// Chinese characters (Han, in Chinese and Japanese): overlapping pairs stand in for words, the
    /// standard practice of CJK retrieval; a run is cut at the language's one-character stopwords
    /// ("的", "了"), which would otherwise pair with every neighbour.
    Han,
    /// Japanese hiragana: inflections and particles between the words, never a term.
    Hiragana,
    /// Japanese katakana: a run is one word (loanwords and names: "コンピューター").
    Katakana,
    /// Thai, Lao, Khmer, Myanmar: alphabets without spaces between words; overlapping pairs of
    /// characters, as for Han.
    Brahmic,
}

#[inline] // called per word or character: the `.wasm` inlines little else (wasm-pack.toml)
pub(crate) fn unspaced_class(c: char) -> Option<Unspaced> {
    match c {
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}' | '々' => {
            Some(Unspaced::Han)
        }
        '\u{3041}'..='\u{309F}' => Some(Unspaced::Hiragana),
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => Some(Unspaced::Katakana),
        '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}' => Some(Unspaced::Brahmic),
        _ => None,
    }
}

/// A character of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar).
pub(crate) fn is_unspaced(c: char) -> bool {
    unspaced_class(c).is_some()
}

/// A letter of Chinese or Japanese: Han, hiragana or katakana (not Thai and its neighbours, which are
/// also written without spaces). Inlined, as `breaks_off`'s closure it took the place of was: a call
/// costs the `.wasm` 38 bytes (docs/performance.md).
#[inline(always)]
pub(crate) fn is_chinese_or_japanese(c: char) -> bool {
    matches!(unspaced_class(c), Some(Unspaced::Han | Unspaced::Hiragana | Unspaced::Katakana))
}

/// A character of Chinese or Japanese text, which sets its lines solid: a line may break between any
/// two of them, and joining the lines again takes no space (Korean puts spaces between words).
fn is_set_solid(c: char) -> bool {
    is_chinese_or_japanese(c) || matches!(c, '\u{3001}'..='\u{303F}' | '\u{FF01}'..='\u{FF60}')
}

/// Blocks without letter case (Arabic, the Indic scripts, Thai to Tibetan, general punctuation, CJK
/// symbols, kana and ideographs, Hangul syllables, the full-width forms but their Latin capitals):
/// `char::to_lowercase` maps each of their characters to itself.
pub(crate) fn is_caseless(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0900}'..='\u{0FFF}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' | '\u{FF00}'..='\u{FF20}' | '\u{FF3B}'..='\u{FFEF}')
}

/// `char::is_alphabetic`, with the CJK ideographs, kana and Hangul syllables (letters) and general and
/// CJK punctuation and the full-width digits (not letters) answered by their ranges: core's table search
/// for a character past Latin costs a text in Chinese a search per character.
pub fn is_letter(c: char) -> bool {
    match c {
        '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}' => true,
        '\u{FF10}'..='\u{FF19}' => false,
        c if is_punctuation_of_chinese_text(c) => false,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric` by way of [`is_letter`], with the punctuation of Chinese text answered by its
/// ranges too: it is neither, and core's search of its numeric table would otherwise be made for each
/// such character.
pub fn is_letter_or_digit(c: char) -> bool {
    !is_punctuation_of_chinese_text(c) && (is_letter(c) || c.is_numeric())
}

/// General punctuation, CJK punctuation and the full-width punctuation: neither letters nor digits.
fn is_punctuation_of_chinese_text(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caseless_blocks_have_no_lower_case_mapping() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_caseless(c)) {
            assert!(c.to_lowercase().eq([c]), "{c:?} has a lower case");
        }
        assert!(is_caseless('中') && is_caseless('，') && is_caseless('“') && !is_caseless('Ａ'));
        assert_eq!(lowercase("ÀB 中文 Ωμέγα"), "àb 中文 ωμέγα");
    }

    #[test]
    fn lowercase_is_each_characters_lower_case() {
        let text = "Ünïcode ＡＢＣ，“中文”ÉTÉ Ǆ İ Σ x\u{200B}Y 한국어 ΑΘΗΝΑ.";
        let expected: String = text.chars().flat_map(char::to_lowercase).collect();
        assert_eq!(lowercase(text), expected);
        assert_eq!(lowercase("ÀÉ"), "àé");
        assert_eq!(lowercase("中文"), "中文");
    }

    proptest::proptest! {
        #[test]
        fn lowercase_agrees_with_char_to_lowercase(s in "\\PC{0,40}") {
            let expected: String = s.chars().flat_map(char::to_lowercase).collect();
            proptest::prop_assert_eq!(lowercase(&s), expected);
        }

        /// Short strings over a few letters (some of several bytes) so that needles do occur.
        #[test]
        fn find_str_agrees_with_str_find(haystack in "[ab é中|]{0,30}", needle in "[ab é中|]{0,4}") {
            proptest::prop_assert_eq!(find_str(&haystack, &needle), haystack.find(needle.as_str()));
        }

        #[test]
        fn trailing_run_agrees_with_rsplit(s in "[a1 é中’'\u{2003}]{0,20}") {
            proptest::prop_assert_eq!(trailing_run(&s, char::is_alphabetic), s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap());
            proptest::prop_assert_eq!(trailing_run(&s, |c| !c.is_whitespace()), s.rsplit(char::is_whitespace).next().unwrap());
            proptest::prop_assert_eq!(trailing_run(&s, |c| !matches!(c, '\'' | '’')), s.rsplit(['\'', '’']).next().unwrap());
        }

        #[test]
        fn count_byte_and_has_two_chars_agree_with_str(s in "[a. é中\t]{0,6}") {
            proptest::prop_assert_eq!(count_byte(&s, b'.'), s.matches('.').count());
            proptest::prop_assert_eq!(has_two_chars(&s), s.chars().nth(1).is_some());
        }
    }

    #[test]
    fn ascii_lower_case_copies_only_words_with_capitals() {
        let mut buffer = [0u8; 5];
        let word = "abc";
        assert!(ascii_lower_case(word, &mut buffer).is_some_and(|lower| std::ptr::eq(lower, word)));
        assert_eq!(ascii_lower_case("AbC", &mut buffer), Some("abc"));
        assert_eq!(ascii_lower_case("Été", &mut buffer), Some("Été"));
        assert_eq!(ascii_lower_case("ÉTé", &mut buffer), Some("Été"));
        assert_eq!(ascii_lower_case("Abcdef", &mut buffer), None);
    }

    #[test]
    fn is_letter_is_is_alphabetic() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn trim_removes_nbsp_and_zero_width_space() {
        let text = "\u{00A0} a b\u{200B}\n";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.slice(text), "a b");
    }

    #[test]
    fn trim_of_blank_text_is_empty() {
        let text = " \u{00A0}\t";
        assert!(Span::new(0, text.len()).trim(text).is_empty());
    }

    #[test]
    fn one_line_joins_wrapped_chinese_and_japanese_without_a_space() {
        let one_line = |text: &str| Span::new(0, text.len()).one_line(text);
        assert_eq!(one_line(" 对2013年我\n国金融体系，\r\n报告 \n 要求。 "), "对2013年我国金融体系，报告要求。");
        assert_eq!(one_line("コンピュー\nターの"), "コンピューターの");
        // A word hyphenated across the break; a dash, or a hyphen within a line, keeps the space.
        assert_eq!(one_line("Pro-\ntection of self-con-\nsumption - \nwell -\nknown Anglo-\nSaxon x- y 4-\n5"), "Pro-tection of self-con-sumption - well - known Anglo-Saxon x- y 4- 5");
        // Spaces typed between Han characters stay; words of other scripts, Korean's too, keep one.
        assert_eq!(one_line("北京  上海\nThe  city\n\tcouncil\n한국\n정부 Paris\n北京"), "北京 上海 The city council 한국 정부 Paris 北京");
    }

    #[test]
    fn reading_leaves_out_footnote_marks_after_a_stop_a_comma_or_a_quote() {
        let reading = |text: &str| Span::new(0, text.len()).reading(text);
        assert_eq!(reading("native to mainland\nAfro-Eurasia.[1]"), "native to mainland Afro-Eurasia.");
        assert_eq!(reading("are recognized,[citation needed] with 43 (early 19th century).[2][3] \"Bee\".[a] 日本。[12]"),
            "are recognized, with 43 (early 19th century). \"Bee\". 日本。");
        // After a word (code's "x[1]"), with a space before it (a paper's "[1], [2]"), or holding more than a
        // note's number, the brackets stay; so does a lone "[".
        assert_eq!(reading("x[1] = 2, see [1], [2]. Done.[1234] Or.[edit] [ a.[ b.[1"), "x[1] = 2, see [1], [2]. Done.[1234] Or.[edit] [ a.[ b.[1");
        let brackets = ".[".repeat(200_000);
        assert_eq!(reading(&brackets), brackets, "many a \"[\" and no \"]\": read in one pass");
    }

    #[test]
    fn slice_out_of_bounds_is_empty_not_a_panic() {
        assert_eq!(Span::new(3, 99).slice("abc"), "");
        assert_eq!(Span::new(1, 2).slice("é"), "");
    }
}
