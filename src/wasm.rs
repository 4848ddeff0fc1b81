//! The JavaScript boundary: the only module with `#[wasm_bindgen]`.
//!
//! It converts types and errors and nothing else: one options object in (typed with serde, an unknown
//! field or a wrong type is an `Error` naming the field), one plain result object out, with every
//! offset converted from UTF-8 bytes to UTF-16 code units so JavaScript can `text.slice(start, end)`.
//! Failures become JS `Error`s with the core's readable message. Built only for `wasm32`.

use crate::utf16::Utf16Offsets;
use crate::{summarize as summarize_text, Error, Language, OptionSpec, OptionValue, Options, OptionsBuilder, Span, Summary};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options for `summarize`; every field is optional. */
export interface SummarizeOptions {
  /** Sentences in the summary, at least 1 (default 3). Give at most one of sentences, ratio, words. */
  sentences?: number;
  /** That fraction of the article's sentences, 0 < ratio <= 1. */
  ratio?: number;
  /** Word budget: as many of the best sentences as fit, at least one sentence. */
  words?: number;
  /** Keywords to report, 0 to 50 (default 8). */
  keywords?: number;
  /** Redundancy removal, 0 (off) to 1 (default 0.5), faded as the summary takes a larger share of the article. */
  diversity?: number;
  /** The article's headline, kept apart from the text. */
  title?: string;
  /** The text's language as a BCP 47 tag ("de", "pt-BR", "und"); detected when not given. */
  language?: string;
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

export type LeftOutKind = "caption" | "duplicate" | "navigation" | "advertisement" | "share" | "read-more" | "footer" | "byline" | "site-name" | "standfirst" | "outside" | "code";

export interface LeftOutBlock extends TextRange { kind: LeftOutKind; }

export interface SummaryStats {
  sentencesIn: number;
  sentencesOut: number;
  wordsIn: number;
  wordsOut: number;
  blocksLeftOut: number;
}

/** A language Abridge supports. */
export interface LanguageInfo {
  /** BCP 47 primary tag: "de". */
  tag: string;
  /** English name: "German". */
  name: string;
  /** Name in the language itself: "Deutsch". */
  nativeName: string;
}

export interface Summary {
  /** The chosen sentences in document order. */
  sentences: SummarySentence[];
  keywords: Keyword[];
  title: (TextRange & { text: string }) | null;
  leftOut: LeftOutBlock[];
  /** Whether a run of paragraphs read as an article; false for a paste that is all furniture (a home
   * page, search results), which is then summarized as it is. */
  articleFound: boolean;
  /** The language whose rules were used (BCP 47): the one asked for, or the one detected; "und" when
   * the text is in no supported language and language-neutral rules were used. */
  language: string;
  stats: SummaryStats;
  /** Milliseconds spent in the core. */
  elapsedMs: number;
}
"#;

/// Reads the options object through the one table of options ([`crate::OPTIONS`]); `undefined` or
/// `null` mean the defaults. Every key is checked, so a misspelt option ("sentence") is an error rather
/// than silently ignored, and a value of the wrong type is named ("must be a number, not a string").
fn read_options(value: JsValue) -> Result<Options, Error> {
    let mut builder = OptionsBuilder::default();
    if value.is_undefined() || value.is_null() {
        return builder.build();
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(Error::invalid_option("options", "must be an object such as { sentences: 3 }"));
    }
    for entry in js_sys::Object::entries(value.unchecked_ref::<js_sys::Object>()).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        OptionSpec::named(&key)?;
        let field = entry.get(1);
        if field.is_undefined() {
            continue; // `{ title: undefined }` is the same as leaving it out
        }
        let text = field.as_string();
        let given = match (field.as_f64(), &text) {
            (Some(n), _) => OptionValue::Number(n),
            (None, Some(t)) => OptionValue::Text(t),
            (None, None) => {
                return Err(Error::invalid_option(&key, format!("must be a number or a string, not {}", describe(&field))))
            }
        };
        builder.set(&key, given)?;
    }
    builder.build()
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

/// The languages Abridge supports (`und` aside), in the order a menu shows them.
#[wasm_bindgen(unchecked_return_type = "LanguageInfo[]")]
pub fn languages() -> Result<JsValue, JsError> {
    let list: Vec<JsLanguage> =
        Language::all().map(|l| JsLanguage { tag: l.tag(), name: l.name(), native_name: l.native_name() }).collect();
    list.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("Could not list the languages: {e}")))
}

/// The language `text` is written in, as a BCP 47 tag ("und" when it is in no supported language).
#[wasm_bindgen(js_name = detectLanguage)]
pub fn detect_language(text: &str) -> String {
    crate::detect_language(text).tag().to_string()
}

/// The crate's version, e.g. for cache names and "about" boxes.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[wasm_bindgen]
extern "C" {
    /// The global scope's `performance` (window, worker or Node), `None` where there is none. Read as
    /// a global rather than through `js_sys::global()`, whose four ways of finding the global object
    /// each cost the glue a function.
    #[wasm_bindgen(thread_local_v2, js_name = performance)]
    static PERFORMANCE: Option<web_sys::Performance>;
}

/// `performance.now()`, where there is a `performance`.
fn now() -> Option<f64> {
    PERFORMANCE.with(|performance| performance.as_ref().map(web_sys::Performance::now))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsLanguage {
    tag: &'static str,
    name: &'static str,
    native_name: &'static str,
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
struct JsSummary<'a> {
    sentences: Vec<JsSentence<'a>>,
    keywords: Vec<JsKeyword<'a>>,
    title: Option<JsTitle<'a>>,
    left_out: Vec<JsLeftOut>,
    article_found: bool,
    language: &'static str,
    stats: crate::Stats,
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
        article_found: summary.article_found,
        language: summary.language.tag(),
        stats: summary.stats,
        elapsed_ms: 0.0,
    }
}
