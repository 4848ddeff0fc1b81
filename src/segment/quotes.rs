//! Quotations and brackets: the spans inside which a sentence-ending mark may not end the sentence
//! around it.
//!
//! `She asked, "Where now? Which way?" and left.` is one sentence: the question marks end sentences
//! of the quotation, not of the text (which quotations count is `segment`'s decision). The same holds
//! for parentheses and brackets ("(see p. 5. It helps.)", "[...]", "[1]") and book titles 《…》. A
//! span is an opening mark matched with its closing one inside the paragraph; openers never closed are
//! ignored, so a stray quote costs nothing.
//! Straight quotes and apostrophes are told apart by what stands around them: `"` opens after a space
//! and closes before one; `'` and `’` open only before a letter and, since they are also apostrophes
//! ("dogs' bowls"), close only right after punctuation ("'Well!'", "'It is.'"), which is the only case
//! where a span matters (it holds a sentence end). The same pass notes what else the other rules look
//! for outside sentence-ending marks: closing parentheses (list markers), line starts and bullets.

/// The kinds of marks that pair up.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Double,
    Single,
    Guillemet,
    LowNine,
    Paren,
    Bracket,
    Brace,
    Cjk(char),
}

/// A quotation or bracketed passage: the bytes from its opening mark to the end of its closing one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Quoted {
    pub start: usize,
    pub end: usize,
    /// Parentheses, brackets, braces or a book title (《…》, 〈…〉, 【…】), not a quotation.
    pub brackets: bool,
    /// A quotation in low-nine marks („…“) or guillemets («…», »…«), whose opening mark cannot be taken
    /// for a closing one, as a straight quote can.
    pub low_nine_or_guillemet: bool,
}

/// What one pass over a paragraph finds besides its sentence-ending marks.
#[derive(Default)]
pub(super) struct Marks {
    /// Quotations and bracketed passages, in order of their closing marks.
    pub quoted: Vec<Quoted>,
    /// Every ")": where list markers such as "1)" and "(a)" end.
    pub closing_parens: Vec<usize>,
    /// Where each line after a line break starts (hard wraps inside the paragraph).
    pub line_starts: Vec<usize>,
    /// Bullets ("•", "▪", "⁃"…) after white space, each starting an item.
    pub bullets: Vec<usize>,
    /// Ends of quotations closed right after a dash and followed by a capital, which end their
    /// sentence: `"If you please, sir--" The Rabbit started`.
    pub interrupted: Vec<usize>,
}

/// The bytes [`scan`] stops at: quotes, brackets, line breaks, and the lead bytes of the non-ASCII
/// marks (« » start with 0xC2; the general punctuation quotes, bullets and dashes with 0xE2; CJK
/// brackets with 0xE3; full-width forms with 0xEF).
const STOPS: [bool; 256] = table(b"\"'()[]{}\n\r\xC2\xE2\xE3\xEF");
/// [`STOPS`] and the sentence-ending marks the segmenter's rules look at, for paragraphs that the
/// ASCII segmenter (which notes those itself) does not see: ". ! ? : ;", the Greek question mark
/// (0xCD), "…" (0xE2) and "．" (0xEF).
const STOPS_AND_TERMINATORS: [bool; 256] = table(b"\"'()[]{}\n\r\xC2\xE2\xE3\xEF.!?:;\xCD");

const fn table(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
}

impl Marks {
    fn clear(&mut self) {
        self.quoted.clear();
        self.closing_parens.clear();
        self.line_starts.clear();
        self.bullets.clear();
        self.interrupted.clear();
    }
}

/// One pass over `text` (a paragraph with its line breaks): its quotations, brackets, line starts,
/// bullets and interrupted quotations, into `marks`; with `terminators`, also the offsets of the
/// sentence-ending marks the segmenter's rules look at (". ! ? : ;", "…", "．", the Greek ";", and "。"
/// before a reference mark).
pub(super) fn scan(text: &str, marks: &mut Marks, mut terminators: Option<&mut Vec<usize>>) {
    marks.clear();
    let stops = if terminators.is_some() { &STOPS_AND_TERMINATORS } else { &STOPS };
    let mut open: Vec<(Kind, usize)> = Vec::new();
    let bytes = text.as_bytes();
    let close = |kind: Kind, end: usize, open: &mut Vec<(Kind, usize)>, out: &mut Vec<Quoted>| {
        if let Some(depth) = open.iter().rposition(|&(k, _)| k == kind) {
            let brackets = matches!(kind, Kind::Paren | Kind::Bracket | Kind::Brace | Kind::Cjk('《' | '〈' | '【' | '〔'));
            out.push(Quoted { start: open[depth].1, end, brackets, low_nine_or_guillemet: kind == Kind::LowNine });
            open.truncate(depth);
        }
    };
    // A ‘ has opened a quotation: only then may ’ after a letter close one ("‘… called Apulia’ (").
    let mut curly_single_open = false;
    let mut at = 0;
    while at < bytes.len() {
        // A byte table rather than the eight-byte skip: with this many bytes to look for, one lookup a
        // byte is the cheaper test. 0xC2… are only ever lead bytes, so a character starts at each.
        if !stops[usize::from(bytes[at])] {
            // Eight lookups at a time while none of them hits (most of the text).
            while let Some(chunk) = bytes.get(at + 1..at + 9) {
                let hit = chunk.iter().fold(false, |hit, &b| hit | stops[usize::from(b)]);
                if hit {
                    break;
                }
                at += 8;
            }
            at += 1;
            continue;
        }
        // Most non-ASCII characters with these lead bytes are not marks (CJK text is full of 。、，):
        // their second and third bytes say so before any decoding.
        let (second, third) = (bytes.get(at + 1).copied().unwrap_or(0), bytes.get(at + 2).copied().unwrap_or(0));
        let may_be_mark = match bytes[at] {
            0xC2 => matches!(second, 0xAB | 0xBB),
            0xE2 => matches!(second, 0x80 | 0x81 | 0x88 | 0x96 | 0x97 | 0x9C | 0x9E),
            // 〈 to 】, and a full stop "。" before a wiki's reference mark ("首都。[1]人口").
            0xE3 => second == 0x80 && ((0x88..=0x95).contains(&third) || (third == 0x82 && bytes.get(at + 3) == Some(&b'['))),
            0xEF => second == 0xBC && matches!(third, 0x82 | 0x88 | 0x89 | 0xBB | 0xBD | 0x8E),
            0xCD => second == 0xBE,
            _ => true,
        };
        if !may_be_mark {
            at += 1;
            continue;
        }
        if let Some(terminators) = terminators.as_deref_mut() {
            let terminator = match bytes[at] {
                b'.' | b'!' | b'?' | b':' | b';' | 0xCD => true,
                0xE2 => second == 0x80 && third == 0xA6,
                0xE3 => third == 0x82,
                0xEF => second == 0xBC && third == 0x8E,
                _ => false,
            };
            if terminator {
                terminators.push(at);
                at += 1;
                continue;
            }
        }
        let Some(c) = text[at..].chars().next() else { break };
        let end = at + c.len_utf8();
        if c == '\n' || c == '\r' {
            // Only a line that may open a list item: "1.", "(a)", "a)", "•", "- ", "* ".
            let line = &bytes[end..];
            let indent = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
            let item_like = match line.get(indent..) {
                Some([b'0'..=b'9' | b'(' | b'-' | b'*' | 0x80.., ..]) => true,
                Some([letter, b'.' | b')', ..]) => letter.is_ascii_alphabetic(),
                _ => false,
            };
            if item_like {
                marks.line_starts.push(end);
            }
            at = end;
            continue;
        }
        if !c.is_ascii() && !is_mark(c) {
            if super::lists::is_bullet(c) && text[..at].ends_with(char::is_whitespace) && !matches!(c, '–' | '—') {
                marks.bullets.push(at);
            }
            at = end;
            continue;
        }
        let out = &mut marks.quoted;
        let before = text[..at].chars().next_back();
        let after = text[end..].chars().next();
        let space_before = before.map_or(true, |p| p.is_whitespace() || is_opener_context(p));
        let space_after = after.map_or(true, |n| n.is_whitespace() || is_closer_context(n));
        let closes_after_dash = before.is_some_and(|p| matches!(p, '-' | '—' | '–'));
        match c {
            '(' | '（' => open.push((Kind::Paren, at)),
            ')' | '）' => {
                marks.closing_parens.push(at);
                close(Kind::Paren, end, &mut open, out);
            }
            '[' | '［' => open.push((Kind::Bracket, at)),
            ']' | '］' => close(Kind::Bracket, end, &mut open, out),
            '{' => open.push((Kind::Brace, at)),
            '}' => close(Kind::Brace, end, &mut open, out),
            '"' | '＂' => {
                let opens = space_before && !after.map_or(true, |n| n.is_whitespace() || is_closer_context(n));
                let closes = !before.map_or(true, char::is_whitespace) && space_after;
                let is_open = open.iter().any(|&(k, _)| k == Kind::Double);
                if closes && (is_open || !opens) {
                    close(Kind::Double, end, &mut open, out);
                    if closes_after_dash {
                        marks.interrupted.push(end);
                    }
                } else if opens {
                    open.push((Kind::Double, at));
                }
            }
            '“' => {
                // Closes a German „…“, opens an English “…”.
                if open.last().is_some_and(|&(k, _)| k == Kind::LowNine) {
                    close(Kind::LowNine, end, &mut open, out);
                } else {
                    open.push((Kind::Double, at));
                }
            }
            '”' => {
                if open.last().is_some_and(|&(k, _)| k == Kind::LowNine) {
                    close(Kind::LowNine, end, &mut open, out);
                } else if open.iter().any(|&(k, _)| k == Kind::Double) || !space_before {
                    close(Kind::Double, end, &mut open, out);
                    if closes_after_dash {
                        marks.interrupted.push(end);
                    }
                } else {
                    open.push((Kind::Double, at)); // Swedish and Finnish ”…”
                }
            }
            '„' => open.push((Kind::LowNine, at)),
            '«' | '»' | '‹' | '›' => {
                // « … » in French, » … « in German and Danish: whichever comes first opens.
                let pointing_left = matches!(c, '«' | '‹');
                match open.iter().rposition(|&(k, _)| k == Kind::Guillemet) {
                    Some(depth) if text[open[depth].1..].starts_with(['«', '‹']) != pointing_left => {
                        out.push(Quoted { start: open[depth].1, end, brackets: false, low_nine_or_guillemet: true });
                        open.truncate(depth);
                    }
                    _ => open.push((Kind::Guillemet, at)),
                }
            }
            '‘' if after.is_some_and(char::is_alphanumeric) => {
                curly_single_open = true;
                open.push((Kind::Single, at));
            }
            '\'' | '’' => {
                let letter_after = after.is_some_and(char::is_alphanumeric);
                let punctuation_before = before.is_some_and(|p| matches!(p, '.' | '!' | '?' | ',' | ';' | ':' | '…' | '-' | '—'));
                if c == '\'' && space_before && letter_after {
                    open.push((Kind::Single, at));
                } else if space_after && (punctuation_before || (c == '’' && curly_single_open && before.is_some_and(char::is_alphanumeric))) {
                    close(Kind::Single, end, &mut open, out);
                }
            }
            '「' | '『' | '《' | '〈' | '【' | '〔' => open.push((Kind::Cjk(c), at)),
            '」' => close(Kind::Cjk('「'), end, &mut open, out),
            '』' => close(Kind::Cjk('『'), end, &mut open, out),
            '》' => close(Kind::Cjk('《'), end, &mut open, out),
            '〉' => close(Kind::Cjk('〈'), end, &mut open, out),
            '】' => close(Kind::Cjk('【'), end, &mut open, out),
            '〕' => close(Kind::Cjk('〔'), end, &mut open, out),
            _ => {}
        }
        // The oldest of too many open marks was a stray one: dropped, so that finding a closing mark's
        // opener never walks a stack of thousands (`"Go." (` a hundred thousand times was quadratic).
        if open.len() > MAX_OPEN_MARKS {
            open.remove(0);
        }
        at = end;
    }
}

/// The most marks [`scan`] keeps open at once; real quotations and brackets nest a few deep.
const MAX_OPEN_MARKS: usize = 32;

/// The non-ASCII marks [`scan`] pairs.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '（' | '）' | '［' | '］' | '＂' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‘' | '’' | '「' | '」' | '『' | '』' | '《'
            | '》' | '〈' | '〉' | '【' | '】' | '〔' | '〕'
    )
}

/// Characters after which a straight quote opens: "(\"…", "—\"…".
fn is_opener_context(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | '„')
}

/// Characters before which a straight quote closes: "…\".", "…\"),".
fn is_closer_context(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…' | '—' | '–' | '-' | '”' | '’' | '»')
}

/// Spans (start and end bytes) inside which no cut may fall, asked about cuts in ascending order. A
/// cut at `at` falls strictly inside one when more spans start before it than end at or before it
/// (a span that ends by `at` also starts before it): two sorted lists and two cursors, so that a
/// paragraph of thousands of bracketed footnotes costs a pass, not a look at every span for each cut.
#[derive(Default)]
pub(super) struct Covered {
    starts: Vec<usize>,
    ends: Vec<usize>,
    started: usize,
    ended: usize,
}

impl Covered {
    pub fn clear(&mut self) {
        self.starts.clear();
        self.ends.clear();
        self.started = 0;
        self.ended = 0;
    }

    pub fn push(&mut self, start: usize, end: usize) {
        self.starts.push(start);
        self.ends.push(end);
    }

    /// Sorts the spans' ends, before the first question.
    pub fn sort(&mut self) {
        self.starts.sort_unstable();
        self.ends.sort_unstable();
    }

    /// Whether `at` falls strictly inside a span; `at` must not be less than the last one asked about.
    pub fn covers(&mut self, at: usize) -> bool {
        while self.starts.get(self.started).is_some_and(|&start| start < at) {
            self.started += 1;
        }
        while self.ends.get(self.ended).is_some_and(|&end| end <= at) {
            self.ended += 1;
        }
        self.started > self.ended
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let mut marks = Marks::default();
        scan(text, &mut marks, None);
        let mut spans: Vec<(usize, usize)> = marks.quoted.into_iter().map(|q| (q.start, q.end)).collect();
        spans.sort_unstable();
        spans.into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn quotations_pair_after_more_stray_openers_than_are_kept() {
        let text = format!("{} She said \"Go. Now.\" and left.", "(".repeat(10 * MAX_OPEN_MARKS));
        assert_eq!(quoted(&text), ["\"Go. Now.\""]);
    }

    #[test]
    fn pairs_quotes_and_brackets_of_every_kind() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"Go. Now.\" and left.", &["\"Go. Now.\""]),
            ("She said “Yes!” twice.", &["“Yes!”"]),
            ("Er sagte „Nein. Nie.“ und ging.", &["„Nein. Nie.“"]),
            ("Il a dit « Non. Jamais. » hier.", &["« Non. Jamais. »"]),
            ("Han sagde »Nej. Aldrig.« i går.", &["»Nej. Aldrig.«"]),
            ("'Well!' thought Alice.", &["'Well!'"]),
            ("See (p. 5. It helps.) here.", &["(p. 5. It helps.)"]),
            ("我们去看《摔跤吧！爸爸》好吗？", &["《摔跤吧！爸爸》"]),
            ("martyr.[1] The", &["[1]"]),
        ];
        for (text, expected) in cases {
            assert_eq!(quoted(text), *expected, "{text}");
        }
    }

    #[test]
    fn apostrophes_and_stray_marks_make_no_span() {
        for text in [
            "The dogs' bowls and the cats' toys. It's over.",
            "I wrote this in the 'nineties. It has four sentences.",
            "1) The first item 2) The second item",
            "He is 5'10\" tall. She is not.",
            "A \" B. C \" D.",
        ] {
            assert_eq!(quoted(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn unclosed_openers_inside_a_span_are_dropped() {
        assert_eq!(quoted("(a \"b. c) d"), ["(a \"b. c)"]);
    }

    proptest::proptest! {
        /// The cursors answer as a look at every span would, for nested, overlapping and touching spans.
        #[test]
        fn covered_answers_as_a_scan_of_every_span(
            spans in proptest::collection::vec((0usize..60, 1usize..20), 0..12),
            mut cuts in proptest::collection::vec(0usize..90, 0..40),
        ) {
            let spans: Vec<(usize, usize)> = spans.into_iter().map(|(start, length)| (start, start + length)).collect();
            let mut covered = Covered::default();
            for &(start, end) in &spans {
                covered.push(start, end);
            }
            covered.sort();
            cuts.sort_unstable();
            for at in cuts {
                let scan = spans.iter().any(|&(start, end)| start < at && at < end);
                proptest::prop_assert_eq!(covered.covers(at), scan, "at {}", at);
            }
        }
    }
}
