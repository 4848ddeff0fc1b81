//! `--jsonl` batch mode, one line at a time: a JSON object in, a JSON object out.
//!
//! Kept apart from argument parsing and file handling so that the fuzz target `fuzz/fuzz_targets/jsonl.rs`
//! can include this file as it is and feed it arbitrary lines.

use abridge::{summarize, summarize_sentences, Length, Options};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// One row of `--jsonl` input.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    pub id: serde_json::Value,
    pub text: Option<String>,
    pub sentences: Option<Vec<String>>,
    pub title: Option<String>,
    pub language: Option<String>,
    pub count: Option<usize>,
}

#[derive(Serialize)]
struct RowOut<'a> {
    id: &'a serde_json::Value,
    sentences: Vec<&'a str>,
    indices: Vec<usize>,
    language: &'static str,
}

/// Reads one input line (`number` counts from 1); a line that is not a row gives the error line to
/// write instead.
pub fn parse_row(line: &str, number: usize) -> Result<Row, String> {
    serde_json::from_str::<Row>(line)
        .map_err(|e| json!({ "id": null, "error": format!("line {number}: {e}") }).to_string())
}

/// The options for one `--jsonl` row: the command line's, with the row's count, title and language
/// (an unknown language tag is the row's error).
pub fn row_options(row: &Row, defaults: &Options) -> Result<Options, String> {
    let mut options = defaults.clone();
    if let Some(count) = row.count {
        options.length = Length::Sentences(count);
    }
    if row.title.is_some() {
        options.title = row.title.clone();
    }
    if let Some(tag) = &row.language {
        options.language = Some(abridge::Language::from_tag(tag).map_err(|e| e.to_string())?);
    }
    Ok(options)
}

/// The output line for a row: its summary, or `{"id", "error"}`.
pub fn summarize_row(row: &Row, defaults: &Options) -> String {
    let options = match row_options(row, defaults) {
        Ok(options) => options,
        Err(e) => return json!({ "id": row.id, "error": e }).to_string(),
    };
    let result = match (&row.text, &row.sentences) {
        (Some(text), None) => summarize(text, &options).map(|s| (s, text.as_str())),
        (None, Some(sentences)) => summarize_sentences(sentences, &options).map(|s| (s, "")),
        _ => return json!({ "id": row.id, "error": "give exactly one of \"text\" and \"sentences\"" }).to_string(),
    };
    match result {
        Ok((summary, text)) => {
            let chosen: Vec<&str> = summary
                .sentences
                .iter()
                .map(|s| match &row.sentences {
                    Some(list) => list.get(s.index).map_or("", String::as_str),
                    None => s.span.slice(text),
                })
                .collect();
            let indices = summary.sentences.iter().map(|s| s.index).collect();
            serde_json::to_string(&RowOut {
                id: &row.id,
                sentences: chosen,
                indices,
                language: summary.language.tag(),
            })
            .unwrap_or_default()
        }
        Err(e) => json!({ "id": row.id, "error": e.to_string() }).to_string(),
    }
}
