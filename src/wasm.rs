//! The JavaScript boundary: the only module with `#[wasm_bindgen]`.
//!
//! It converts types and errors and nothing else: one options object in (typed with serde, an unknown
//! field or a wrong type is an `Error` naming the field), one plain result object out, with every
//! offset converted from UTF-8 bytes to UTF-16 code units so JavaScript can `text.slice(start, end)`.
//! Failures become JS `Error`s with the core's readable message. Built only for `wasm32`.

use crate::utf16::Utf16Offsets;
use crate::{summarize as summarize_text, Error, Length, Options, Span, Summary};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options for `summarize`; every field is optional. Give at most one of `sentences`, `ratio`, `words`. */
export interface SummarizeOptions {
  /** Sentences in the summary, at least 1 (default 3). */
  sentences?: number;
  /** Fraction of the article's sentences, 0 < ratio <= 1. */
  ratio?: number;
  /** Word budget: as many of the best sentences as fit, at least one sentence. */
  words?: number;
  /** Keywords to report, 0 to 50 (default 8). */
  keywords?: number;
  /** Redundancy removal, 0 (off) to 1 (default 0.5), faded as the summary takes a larger share of the article. */
  diversity?: number;
  /** The article's title when it is not part of the text. */
  title?: string;
}

/** A range of UTF-16 code units of the input: `text.slice(start, end)`. */
export interface TextRange { start: number; end: number; }

export interface SummarySentence extends TextRange {
  /** Index among all scored sentences of the article. */
  index: number;
  /** Score relative to the best sentence (1). */
  score: number;
  text: string;
}

export interface Keyword {
  /** The commonest written form of the term. */
  term: string;
  /** Weight relative to the top keyword (1). */
  score: number;
  occurrences: TextRange[];
}

export type LeftOutKind = "caption" | "duplicate" | "navigation" | "advertisement" | "share" | "read-more"
  | "footer" | "byline" | "site-name";

export interface LeftOutBlock extends TextRange { kind: LeftOutKind; }

export interface SummaryStats {
  sentencesIn: number;
  sentencesOut: number;
  wordsIn: number;
  wordsOut: number;
  blocksLeftOut: number;
}

export interface Summary {
  /** The chosen sentences in document order. */
  sentences: SummarySentence[];
  keywords: Keyword[];
  title: (TextRange & { text: string }) | null;
  leftOut: LeftOutBlock[];
  stats: SummaryStats;
  /** Milliseconds spent in the core. */
  elapsedMs: number;
}
"#;

/// The options object as JavaScript spells it. Every number is read as `f64` (JavaScript has no other)
/// and checked here: serde's own "invalid type: floating point `2.5`" errors would pull float formatting
/// into the `.wasm`, which every reader downloads.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    sentences: Option<f64>,
    ratio: Option<f64>,
    words: Option<f64>,
    keywords: Option<f64>,
    diversity: Option<f64>,
    title: Option<String>,
}

/// A whole number of at least `min`, or an error naming `field`.
fn whole(field: &str, value: Option<f64>, min: usize) -> Result<Option<usize>, Error> {
    match value {
        None => Ok(None),
        Some(v) if v.fract() == 0.0 && v >= min as f64 && v <= u32::MAX as f64 => Ok(Some(v as usize)),
        Some(v) if v.fract() == 0.0 && v < min as f64 => {
            Err(Error::invalid_option(field, format!("must be at least {min}")))
        }
        Some(_) => Err(Error::invalid_option(field, "must be a whole number")),
    }
}

impl JsOptions {
    fn into_options(self) -> Result<Options, Error> {
        let sentences = whole("sentences", self.sentences, 1)?;
        let words = whole("words", self.words, 1)?;
        let lengths = [sentences.map(Length::Sentences), self.ratio.map(Length::Ratio), words.map(Length::Words)];
        let given: Vec<Length> = lengths.into_iter().flatten().collect();
        if given.len() > 1 {
            return Err(Error::invalid_option("sentences", "give only one of `sentences`, `ratio` and `words`"));
        }
        let mut options = Options::default();
        if let Some(&length) = given.first() {
            options.length = length;
        }
        options.keywords = whole("keywords", self.keywords, 0)?.unwrap_or(options.keywords);
        options.diversity = self.diversity.unwrap_or(options.diversity);
        options.title = self.title;
        options.validate()?;
        Ok(options)
    }
}

/// The option names JavaScript may use, with what each must be (for the error message).
const OPTION_FIELDS: &[(&str, &str)] = &[
    ("sentences", "a whole number"),
    ("ratio", "a number"),
    ("words", "a whole number"),
    ("keywords", "a whole number"),
    ("diversity", "a number"),
    ("title", "a string"),
];

/// Reads the options object; `undefined` or `null` mean the defaults.
fn read_options(value: JsValue) -> Result<Options, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(Error::invalid_option("options", "must be an object such as { sentences: 3 }"));
    }
    // serde-wasm-bindgen reads only the fields it knows, so `deny_unknown_fields` never fires: check the
    // keys here, so that a misspelt option ("sentence") is an error rather than silently ignored.
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_FIELDS.iter().any(|(name, _)| *name == key) {
            let known: Vec<&str> = OPTION_FIELDS.iter().map(|(name, _)| *name).collect();
            return Err(Error::invalid_option(&key, format!("unknown option; the options are {}", known.join(", "))));
        }
    }
    let deserializer = serde_wasm_bindgen::Deserializer::from(value.clone());
    let options: JsOptions = serde_path_to_error::deserialize(deserializer).map_err(|e| {
        // Only the field's name is taken from the error, never its message (see `JsOptions`).
        let field = e.path().to_string();
        let expected = OPTION_FIELDS.iter().find(|(name, _)| *name == field).map_or("valid", |(_, what)| *what);
        Error::invalid_option(&field, format!("must be {expected}, not {}", describe(&js_sys::Reflect::get(&value, &JsValue::from_str(&field)).unwrap_or(JsValue::UNDEFINED))))
    })?;
    options.into_options()
}

/// What a wrong option value is, for the error message: "a string", "a boolean", "an object"…
fn describe(value: &JsValue) -> &'static str {
    if value.is_string() {
        "a string"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.is_null() {
        "null"
    } else if js_sys::Array::is_array(value) {
        "an array"
    } else if value.is_object() {
        "an object"
    } else {
        "a value of another type"
    }
}

/// Summarizes `text`. Throws an `Error` with a readable message for empty text or invalid options.
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarize(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "SummarizeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let started = now();
    let options = read_options(options).map_err(|e| JsError::new(&e.to_string()))?;
    let summary = summarize_text(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let mut result = to_js(text, &summary);
    result.elapsed_ms = match (started, now()) {
        (Some(a), Some(b)) => b - a,
        _ => 0.0,
    };
    result
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("Could not return the summary: {e}")))
}

/// The crate's version, e.g. for cache names and "about" boxes.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// `performance.now()` of the global scope (window, worker or Node), if it has one.
fn now() -> Option<f64> {
    let performance = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance")).ok()?;
    if performance.is_undefined() || performance.is_null() {
        return None;
    }
    Some(performance.unchecked_into::<web_sys::Performance>().now())
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsRange {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsSentence<'a> {
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
    score: f64,
}

#[derive(Serialize)]
struct JsKeyword<'a> {
    term: &'a str,
    score: f64,
    occurrences: Vec<JsRange>,
}

#[derive(Serialize)]
struct JsTitle<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JsLeftOut {
    start: usize,
    end: usize,
    kind: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsStats {
    sentences_in: usize,
    sentences_out: usize,
    words_in: usize,
    words_out: usize,
    blocks_left_out: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsSummary<'a> {
    sentences: Vec<JsSentence<'a>>,
    keywords: Vec<JsKeyword<'a>>,
    title: Option<JsTitle<'a>>,
    left_out: Vec<JsLeftOut>,
    stats: JsStats,
    elapsed_ms: f64,
}

fn to_js<'a>(text: &'a str, summary: &'a Summary) -> JsSummary<'a> {
    // Gather every byte offset the result mentions, then convert them all in one pass over the text.
    let spans = summary
        .sentences
        .iter()
        .map(|s| s.span)
        .chain(summary.keywords.iter().flat_map(|k| k.occurrences.iter().copied()))
        .chain(summary.title)
        .chain(summary.left_out.iter().map(|b| b.span));
    let utf16 = Utf16Offsets::new(text, spans.flat_map(|s| [s.start, s.end]).collect());
    let range = |s: Span| JsRange { start: utf16.get(s.start), end: utf16.get(s.end) };
    JsSummary {
        sentences: summary
            .sentences
            .iter()
            .map(|s| {
                let r = range(s.span);
                JsSentence { index: s.index, start: r.start, end: r.end, text: s.span.slice(text), score: s.score }
            })
            .collect(),
        keywords: summary
            .keywords
            .iter()
            .map(|k| JsKeyword { term: &k.term, score: k.score, occurrences: k.occurrences.iter().map(|&o| range(o)).collect() })
            .collect(),
        title: summary.title.map(|t| {
            let r = range(t);
            JsTitle { start: r.start, end: r.end, text: t.slice(text) }
        }),
        left_out: summary
            .left_out
            .iter()
            .map(|b| {
                let r = range(b.span);
                JsLeftOut { start: r.start, end: r.end, kind: b.kind.as_str() }
            })
            .collect(),
        stats: JsStats {
            sentences_in: summary.stats.sentences_in,
            sentences_out: summary.stats.sentences_out,
            words_in: summary.stats.words_in,
            words_out: summary.stats.words_out,
            blocks_left_out: summary.stats.blocks_left_out,
        },
        elapsed_ms: 0.0,
    }
}
