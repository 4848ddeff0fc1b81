//! The checks behind the fuzz targets: one function per target, from the fuzzer's bytes to assertions.
//!
//! Each function takes arbitrary bytes, makes an input of them (text read as UTF-8 the way the command
//! line reads a file, lossily, and options decoded from a short header), runs one part of Abridge and
//! asserts what must hold for every input: spans on char boundaries, in order and inside the text; errors
//! only of the documented kinds and only when they are due; the same answer twice. A failed assertion or
//! a panic is a crash for libFuzzer. The fuzz targets (`fuzz/fuzz_targets/`) are one line each around
//! these functions; `tests/fuzz_properties.rs` runs the same functions on stable Rust on a fixed set of
//! generated inputs, and `tests/fuzz_regressions.rs` on every crash input the fuzzers ever found, so
//! `make test` checks the same invariants without nightly.
//!
//! The byte layout of each target's input is part of the saved crash inputs: a change to it means
//! re-encoding `tests/fuzz-regressions/` (and `fuzz/seeds.py`'s headers).
//!
//! This file is a library in the fuzz crate and a module (`#[path]`) in those two tests, so it uses only
//! what both have: `abridge`, `serde_json`, and the command line's `jsonl` module.

#[path = "../../src/bin/abridge/jsonl.rs"]
#[allow(dead_code)]
mod jsonl;

use abridge::utf16::Utf16Offsets;
use abridge::{clean, segment, ErrorKind, Language, Length, OptionValue, Options, OptionsBuilder, Span, Summary};

/// Bytes of the `summarize` target's input that encode the options; the rest is the text.
pub const OPTIONS_HEADER: usize = 10;

/// A header for seed inputs: 3 sentences, 8 keywords, diversity 0.5, no title, default weights, the
/// language detected, set field by field.
pub const DEFAULT_HEADER: [u8; OPTIONS_HEADER] = [0, 3, 0, 8, 125, 0, 0, 0, 0, 0];

/// `summarize` (or, when the header's top bit says so, `summarize_sentences` on the text's lines) with
/// options decoded from the header, valid or not.
pub fn summarize(data: &[u8]) {
    let (header, body) = data.split_at(data.len().min(OPTIONS_HEADER));
    let text = String::from_utf8_lossy(body);
    let options = if header.get(9).is_some_and(|b| b & 1 == 1) {
        match options_through_the_table(header, &text) {
            Ok(options) => options,
            Err(error) => {
                assert!(matches!(error.kind(), ErrorKind::InvalidOption { .. }), "{error:?}");
                return;
            }
        }
    } else {
        options_from(header, &text)
    };
    if header.first().is_some_and(|b| b & 0x80 != 0) {
        let sentences: Vec<&str> = text.split('\n').collect();
        let result = abridge::summarize_sentences(&sentences, &options);
        check_presplit_summary(&sentences, &options, &result);
        assert_eq!(result, abridge::summarize_sentences(&sentences, &options), "not deterministic");
    } else {
        let result = abridge::summarize(&text, &options);
        check_summary(&text, &options, &result);
        assert_eq!(result, abridge::summarize(&text, &options), "not deterministic");
    }
}

/// Options from up to ten bytes, set field by field, covering the valid ranges and the invalid values
/// next to them.
///
/// | byte | meaning |
/// |---|---|
/// | 0 | low two bits: length by sentences, ratio, words, or the default |
/// | 1, 2 | sentences `b1` (0 is invalid); ratio `(b1 - 8) / 200` (invalid at both ends; 255 is NaN); words `b1 + 256 b2` |
/// | 3 | keywords `b3 % 64` (over 50 is invalid) |
/// | 4 | diversity `(b4 - 5) / 240` (invalid at both ends; 255 is NaN) |
/// | 5 | a title of the first `b5` characters of the text (none for 0) |
/// | 6, 7 | when `b6` is odd, weight number `b6 / 2` set to `b7 / 16` (weights are a tuning knob of the
/// command line; negative ones make negative scores, so they are not tried) |
/// | 8 | the language: 0 detects it, any other value picks one of `und` and the supported languages |
/// | 9 | when odd, the options go through the one table the CLI and JavaScript use instead ([`options_through_the_table`]) |
pub fn options_from(header: &[u8], text: &str) -> Options {
    let byte = |i: usize| header.get(i).copied().unwrap_or(0);
    let mut options = match byte(0) & 3 {
        0 => Options::sentences(byte(1) as usize),
        1 if byte(1) == 255 => Options::ratio(f64::NAN),
        1 => Options::ratio((byte(1) as f64 - 8.0) / 200.0),
        2 => Options::words(byte(1) as usize + 256 * byte(2) as usize),
        _ => Options::default(),
    };
    options.keywords = (byte(3) % 64) as usize;
    options.diversity = if byte(4) == 255 { f64::NAN } else { (byte(4) as f64 - 5.0) / 240.0 };
    if byte(5) > 0 {
        options.title = Some(text.chars().take(byte(5) as usize).collect());
    }
    if byte(6) & 1 == 1 {
        let names = abridge::score::Weights::NAMES;
        let name = names[(byte(6) as usize / 2) % names.len()];
        options.weights.set(name, byte(7) as f64 / 16.0).expect("a known weight");
    }
    options.language = language_from(byte(8));
    options
}

/// `None` (detect) for 0, else one of `und` and the supported languages.
fn language_from(byte: u8) -> Option<Language> {
    let languages: Vec<Language> = std::iter::once(Language::UNDETERMINED).chain(Language::all()).collect();
    (byte > 0).then(|| languages[(byte as usize - 1) % languages.len()])
}

/// Options the way the command line and the `.wasm` make them, one named value at a time through
/// [`OptionsBuilder`] (the `OPTIONS` table): the same header bytes as [`options_from`], but lengths
/// and numbers may be fractional, lengths may be given twice, and the language is a tag, which may be
/// unknown. An error must name an option.
pub fn options_through_the_table(header: &[u8], text: &str) -> Result<Options, abridge::Error> {
    let byte = |i: usize| header.get(i).copied().unwrap_or(0);
    let mut builder = OptionsBuilder::default();
    let number = |b: u8| if b == 255 { f64::NAN } else { (b as f64 - 8.0) / 4.0 };
    match byte(0) & 3 {
        0 => builder.set("sentences", OptionValue::Number(number(byte(1))))?,
        1 => builder.set("ratio", OptionValue::Number(number(byte(1)) / 50.0))?,
        2 => builder.set("words", OptionValue::Number(byte(1) as f64 + 256.0 * byte(2) as f64))?,
        _ => {
            builder.set("sentences", OptionValue::Number(3.0))?;
            builder.set("ratio", OptionValue::Number(0.5))?;
        }
    }
    builder.set("keywords", OptionValue::Number(number(byte(3))))?;
    builder.set("diversity", OptionValue::Number(number(byte(4)) / 50.0))?;
    if byte(5) > 0 {
        let title: String = text.chars().take(byte(5) as usize).collect();
        builder.set("title", OptionValue::Text(&title))?;
    }
    if byte(6) & 1 == 1 {
        builder.set("sentences", OptionValue::Text("3"))?; // a string for a number: always an error
    }
    if byte(8) > 0 {
        let tags = ["en", "EN-gb", "de_CH", "und", "zh-Hant-TW", "", " fr ", "xx", "-", "vi"];
        let tag = match language_from(byte(8)) {
            Some(language) if byte(8) & 1 == 1 => language.tag().to_string(),
            _ => tags[byte(8) as usize % tags.len()].to_string(),
        };
        builder.set("language", OptionValue::Text(&tag))?;
    }
    builder.build()
}

/// What must hold of `summarize(text, options)`.
pub fn check_summary(text: &str, options: &Options, result: &Result<Summary, abridge::Error>) {
    let summary = match result {
        Err(e) => return check_error(e, options, is_blank(text)),
        Ok(summary) => summary,
    };
    assert!(options.validate().is_ok(), "invalid options {options:?} gave a summary");
    check_length(summary, options);
    check_language(summary, options);
    let mut previous: Option<(usize, Span)> = None;
    for s in &summary.sentences {
        check_span(text, s.span, "sentence");
        assert!(!s.span.is_empty(), "empty sentence {s:?}");
        assert_trimmed(s.span.slice(text));
        assert!(s.score.is_finite() && (0.0..=1.0).contains(&s.score), "sentence score {}", s.score);
        if let Some((index, span)) = previous {
            assert!(index < s.index && span.end <= s.span.start, "sentences out of order: {span:?} then {:?}", s.span);
        }
        previous = Some((s.index, s.span));
    }
    assert!(summary.sentences.iter().all(|s| s.index < summary.stats.sentences_in), "index past sentences_in");
    for k in &summary.keywords {
        assert!(!k.term.is_empty(), "empty keyword");
        assert!(k.score.is_finite() && (0.0..=1.0).contains(&k.score), "keyword score {}", k.score);
        for &o in &k.occurrences {
            check_span(text, o, "keyword occurrence");
        }
        assert_in_order(&k.occurrences, "keyword occurrences");
    }
    let left_out: Vec<Span> = summary.left_out.iter().map(|b| b.span).collect();
    for &b in &left_out {
        check_span(text, b, "left-out block");
    }
    assert_in_order(&left_out, "left-out blocks");
    if let Some(title) = summary.title {
        check_span(text, title, "title");
        assert!(!title.is_empty(), "empty title");
    }
    assert_eq!(summary.stats.blocks_left_out, summary.left_out.len());
}

/// What must hold of `summarize_sentences(sentences, options)`.
pub fn check_presplit_summary(sentences: &[&str], options: &Options, result: &Result<Summary, abridge::Error>) {
    let summary = match result {
        Err(e) => return check_error(e, options, sentences.iter().all(|s| is_blank(s))),
        Ok(summary) => summary,
    };
    assert!(options.validate().is_ok(), "invalid options {options:?} gave a summary");
    check_length(summary, options);
    check_language(summary, options);
    assert_eq!(summary.stats.sentences_in, sentences.len());
    let joined = sentences.join("\n");
    for pair in summary.sentences.windows(2) {
        assert!(pair[0].index < pair[1].index, "sentences out of order");
    }
    for s in &summary.sentences {
        assert!(s.index < sentences.len(), "index {} of {} sentences", s.index, sentences.len());
        assert_eq!(s.span.slice(&joined), sentences[s.index], "span of sentence {}", s.index);
        assert!(s.score.is_finite() && (0.0..=1.0).contains(&s.score), "sentence score {}", s.score);
    }
}

/// An error is due only for invalid options, blank text, or text without words, and says which.
fn check_error(error: &abridge::Error, options: &Options, blank: bool) {
    match error.kind() {
        ErrorKind::InvalidOption { .. } => assert!(options.validate().is_err(), "valid options rejected: {error}"),
        ErrorKind::EmptyText => assert!(blank && options.validate().is_ok(), "EmptyText for text that is not blank"),
        ErrorKind::NoWords => assert!(!blank && options.validate().is_ok(), "NoWords for blank text or bad options"),
        other => panic!("undocumented error kind {other:?}"),
    }
    assert!(!error.to_string().is_empty());
}

/// The number of sentences fits the length asked for.
fn check_length(summary: &Summary, options: &Options) {
    let stats = summary.stats;
    assert!(!summary.sentences.is_empty(), "a summary without sentences");
    assert_eq!(stats.sentences_out, summary.sentences.len());
    assert!(stats.sentences_out <= stats.sentences_in && stats.words_out <= stats.words_in, "{stats:?}");
    match options.length {
        Length::Sentences(n) => assert!(summary.sentences.len() <= n, "{} sentences for {n}", summary.sentences.len()),
        Length::Words(w) => {
            assert!(stats.words_out <= w || stats.sentences_out == 1, "{} words for a budget of {w}", stats.words_out)
        }
        Length::Ratio(_) => {}
    }
}

/// A language given is the language used.
fn check_language(summary: &Summary, options: &Options) {
    if let Some(language) = options.language {
        assert!(summary.language == language, "asked for {}, got {}", language.tag(), summary.language.tag());
    }
}

/// The stages' span invariants on any text, in any language (the first byte: 0 detects it, as
/// `summarize` does): `clean::structure`'s paragraphs and `segment`'s sentences in each, and the
/// segmenter on the whole text as a single paragraph.
pub fn structure(data: &[u8]) {
    let Some((&first, body)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(body);
    let text = text.as_ref();
    let language = language_from(first).unwrap_or_else(|| abridge::detect_language(text));
    let structure = clean::structure(text, language);
    let paragraphs: Vec<Span> = structure.blocks.iter().map(|b| b.span).collect();
    for &p in &paragraphs {
        check_span(text, p, "paragraph");
        assert!(!p.is_empty(), "empty paragraph");
        assert_trimmed(p.slice(text));
        check_sentences(text, p, language);
    }
    assert_in_order(&paragraphs, "paragraphs");
    let titles = structure.blocks.iter().filter(|b| b.kind == clean::BlockKind::Title).count();
    assert!(titles <= 1, "{titles} titles");
    let all: Vec<Span> = segment::sentences(text, &paragraphs, language).collect();
    let each: Vec<Span> = paragraphs.iter().flat_map(|&p| segment::paragraph_sentences(text, p, language)).collect();
    assert_eq!(all, each, "segment::sentences is paragraph_sentences over each paragraph");
    // The segmenter on its own, given the whole text (blank lines and all) as one paragraph.
    check_sentences(text, Span::new(0, text.len()).trim(text), language);
}

/// The sentences of `paragraph`: non-empty, trimmed, in order, inside it, with only white space
/// between them, and the same twice.
fn check_sentences(text: &str, paragraph: Span, language: Language) {
    let sentences = segment::paragraph_sentences(text, paragraph, language);
    let mut at = paragraph.start;
    for &s in &sentences {
        check_span(text, s, "sentence");
        assert!(!s.is_empty(), "empty sentence");
        assert!(s.start >= at && s.end <= paragraph.end, "sentence {s:?} outside {paragraph:?} or out of order");
        assert_trimmed(s.slice(text));
        let gap = &text[at..s.start];
        assert!(is_blank(gap), "text {gap:?} between sentences is in none of them");
        at = s.end;
    }
    assert!(is_blank(&text[at..paragraph.end]), "the end of {paragraph:?} is in no sentence");
    assert_eq!(sentences, segment::paragraph_sentences(text, paragraph, language), "not deterministic");
}

/// The UTF-16 offsets the `.wasm` reports against a plain reference: `encode_utf16` of the text before
/// the offset. Offsets are every `stride`-th byte (stride from the first byte), on char boundaries or
/// not, and some past the end; then the spans of a real summary of the text, which must slice the same
/// text out of the UTF-16 string as out of the UTF-8 one.
pub fn utf16(data: &[u8]) {
    let Some((&first, body)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(body);
    let text = text.as_ref();
    // At most some 64 offsets on long inputs: the reference re-counts from the start for each.
    let stride = (1 + first as usize % 16).max(text.len() / 64);
    let mut offsets: Vec<usize> = (0..=text.len() + 2).step_by(stride).collect();
    offsets.push(text.len());
    let mapping = Utf16Offsets::new(text, offsets.clone());
    for &byte in &offsets {
        // The documented meaning: the end of the character the offset falls in, the end past the end.
        let boundary = (byte..=text.len()).find(|&b| text.is_char_boundary(b)).unwrap_or(text.len());
        let expected = text[..boundary].encode_utf16().count();
        assert_eq!(mapping.get(byte), expected, "UTF-16 offset of byte {byte}");
    }
    if let Some(missing) = (0..=text.len() + 3).find(|b| !offsets.contains(b)) {
        assert_eq!(mapping.get(missing), 0, "an offset never given");
    }

    let Ok(summary) = abridge::summarize(text, &Options::default()) else { return };
    let spans: Vec<Span> = summary
        .sentences
        .iter()
        .map(|s| s.span)
        .chain(summary.keywords.iter().flat_map(|k| k.occurrences.iter().copied()))
        .chain(summary.title)
        .chain(summary.left_out.iter().map(|b| b.span))
        .collect();
    let mapping = Utf16Offsets::new(text, spans.iter().flat_map(|s| [s.start, s.end]).collect());
    let units: Vec<u16> = text.encode_utf16().collect();
    for span in spans {
        let (start, end) = (mapping.get(span.start), mapping.get(span.end));
        assert!(start <= end && end <= units.len(), "UTF-16 span {start}..{end} of {}", units.len());
        assert_eq!(String::from_utf16(&units[start..end]).ok().as_deref(), Some(span.slice(text)), "UTF-16 slice of {span:?}");
    }
}

/// The command line's `--jsonl` reader on arbitrary input lines: every non-blank line gives one line of
/// JSON, an object with the row's `id` and either `error` or the chosen `sentences` with their
/// `indices`, which must be the row's own sentences (or pieces of its text) in order.
pub fn jsonl(data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    // As `BufRead::lines` splits them.
    for (number, line) in input.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (row, output) = match jsonl::parse_row(line, number + 1) {
            Ok(row) => {
                let output = jsonl::summarize_row(&row, &Options::sentences(2));
                (Some(row), output)
            }
            Err(error_line) => (None, error_line),
        };
        assert!(!output.contains('\n'), "output is more than one line: {output:?}");
        let value: serde_json::Value = serde_json::from_str(&output).expect("output is JSON");
        let object = value.as_object().expect("output is an object");
        let Some(row) = row else {
            assert!(object["id"].is_null());
            let error = object["error"].as_str().expect("an error message");
            assert!(error.starts_with(&format!("line {}: ", number + 1)), "{error}");
            continue;
        };
        assert_eq!(object["id"], row.id, "the row's id");
        if let Some(error) = object.get("error") {
            assert!(error.as_str().is_some_and(|e| !e.is_empty()), "error {error}");
            assert_eq!(object.len(), 2, "{output}");
            continue;
        }
        let chosen: Vec<&str> = object["sentences"].as_array().expect("sentences").iter().map(|s| s.as_str().expect("a string")).collect();
        let indices: Vec<usize> =
            object["indices"].as_array().expect("indices").iter().map(|i| i.as_u64().expect("an index") as usize).collect();
        assert_eq!(chosen.len(), indices.len());
        assert!(!chosen.is_empty() && chosen.len() <= row.count.unwrap_or(2), "{} sentences", chosen.len());
        assert!(indices.windows(2).all(|p| p[0] < p[1]), "indices out of order: {indices:?}");
        match (&row.text, &row.sentences) {
            (None, Some(list)) => {
                for (&i, s) in indices.iter().zip(&chosen) {
                    assert_eq!(list.get(i).map(String::as_str), Some(*s), "sentence {i} is the row's");
                }
            }
            (Some(text), None) => assert!(chosen.iter().all(|s| !s.is_empty() && text.contains(s)), "a sentence not in the text"),
            _ => panic!("a summary for a row with both or neither of text and sentences"),
        }
    }
}

/// In bounds, on char boundaries, start before end.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} is not a span of a text of {} bytes on char boundaries",
        text.len()
    );
}

/// Each span ends before the next starts.
fn assert_in_order(spans: &[Span], what: &str) {
    for pair in spans.windows(2) {
        assert!(pair[0].end <= pair[1].start, "{what} out of order or overlapping: {:?} then {:?}", pair[0], pair[1]);
    }
}

fn assert_trimmed(s: &str) {
    assert!(!s.starts_with(is_space) && !s.ends_with(is_space), "not trimmed: {s:?}");
}

/// Blank as the core sees it: only white space and the zero-width characters pasted pages are full of.
fn is_blank(s: &str) -> bool {
    s.chars().all(is_space)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}
