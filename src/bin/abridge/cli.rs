//! Argument parsing, input and output of the `abridge` command.

use crate::jsonl::{self, Row};
use abridge::{summarize, Options, Span, Stats, Summary};
use serde::Serialize;
use serde_json::json;
use std::io::{self, BufRead, BufWriter, Read, Write};

/// The help: the summary options come from the library's one table of options ([`abridge::OPTIONS`]),
/// the rest are the command line's own.
fn usage() -> String {
    let mut out = String::from(
        "Usage: abridge [FILE] [options]\n\
         \x20      abridge --split [FILE] [--language TAG] [--json | --jsonl]\n\n\
         Summarizes FILE (or standard input, or `-`) by picking its most important sentences; with --split,\n\
         prints every sentence of it instead.\n\n\
         Summary options (the fields of the JavaScript options object):\n",
    );
    for spec in abridge::OPTIONS {
        let short = spec.short.map_or("    ".to_string(), |c| format!("-{c}, "));
        let flag = format!("{short}--{} {}", spec.name, spec.placeholder);
        // The help wrapped at 100 columns, continuation lines under its first.
        let mut line = format!("  {flag:<26}");
        for word in spec.help.split(' ') {
            if line.len() + word.len() > 100 {
                out.push_str(line.trim_end());
                out.push('\n');
                line = " ".repeat(28);
            }
            line.push_str(word);
            line.push(' ');
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(
        "Output and modes:\n\
         \x20     --weights W           scoring weights for tuning, as name=value,… (names: centrality, centroid,\n\
         \x20                           position, title, headline, length, coverage, introduction; docs/quality.md)\n\
         \x20     --json                print the whole summary as JSON (byte offsets, keywords, left-out blocks,\n\
         \x20                           language, figures)\n\
         \x20     --jsonl               batch mode: read JSON lines {\"id\", \"text\"} or {\"id\", \"sentences\": [...]}\n\
         \x20                           (optional \"title\", \"language\", and \"count\": sentences for that row) and\n\
         \x20                           write {\"id\", \"sentences\": [...], \"indices\": [...], \"language\"} per line\n\
         \x20                           ({\"id\", \"error\"} on failure)\n\
         \x20     --split               print every sentence the splitter finds, one per line, boilerplate\n\
         \x20                           included (only --language applies); with --json, the language and\n\
         \x20                           each sentence's byte offsets; with --jsonl, rows {\"id\", \"text\"}\n\
         \x20                           (optional \"language\") give {\"id\", \"language\", \"sentences\": [...]}\n\
         \x20 -h, --help                this help\n\
         \x20 -V, --version             the version\n",
    );
    out
}

/// Output format.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Plain,
    Json,
    JsonLines,
}

struct Args {
    input: Option<String>,
    options: Options,
    format: Format,
    /// Hidden `--dump-features` (with `--jsonl`): per row, the sentences and what scoring sees of them
    /// instead of a summary, for fitting the weights offline (scripts/eval/fit.py).
    dump_features: bool,
    /// `--split`: the sentences instead of a summary.
    split: bool,
    /// Hidden `--dump-blocks` (with `--jsonl`): per row, the paragraphs with what the article models
    /// read of them, for fitting those models offline (scripts/eval/fit_article.py).
    dump_blocks: bool,
}

/// Runs the command; returns the exit status (0 ok, 1 the text could not be summarized, 2 usage).
pub fn main() -> i32 {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return 0,
        Err(message) => {
            eprintln!("abridge: {message}\nTry `abridge --help`.");
            return 2;
        }
    };
    let result = match (args.format, args.split) {
        (Format::JsonLines, _) => run_batch(&args),
        (_, true) => run_split(&args),
        _ => run_one(&args),
    };
    match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("abridge: {message}");
            1
        }
    }
}

fn parse_args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut input = None;
    let mut builder = abridge::OptionsBuilder::default();
    let mut weights = None;
    let mut format = Format::Plain;
    let mut dump_features = false;
    let mut split = false;
    let mut dump_blocks = false;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        // A summary option, by its long name or its letter, from the library's table.
        let spec = match &arg {
            Long(name) => abridge::OPTIONS.iter().find(|o| o.name == *name),
            Short(c) => abridge::OPTIONS.iter().find(|o| o.short == Some(*c)),
            Value(_) => None,
        };
        if let Some(spec) = spec {
            let raw = parser.value().map_err(|e| e.to_string())?;
            let raw = raw.to_str().ok_or(format!("--{}: not UTF-8", spec.name))?;
            let given = match spec.value {
                abridge::ValueKind::Text | abridge::ValueKind::LanguageTag => abridge::OptionValue::Text(raw),
                _ => abridge::OptionValue::Number(raw.trim().parse().map_err(|_| format!("--{}: `{raw}` is not a number", spec.name))?),
            };
            builder.set(spec.name, given).map_err(|e| e.to_string())?;
            continue;
        }
        match arg {
            Long("weights") => weights = Some(parser.value().map_err(|e| e.to_string())?.string().map_err(|_| "--weights is not UTF-8")?),
            Long("json") => format = Format::Json,
            Long("jsonl") => format = Format::JsonLines,
            Long("dump-features") => dump_features = true,
            Long("split") => split = true,
            Long("dump-blocks") => dump_blocks = true,
            Short('h') | Long("help") => {
                print!("{}", usage());
                return Ok(None);
            }
            Short('V') | Long("version") => {
                println!("abridge {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            Value(path) if input.is_none() => {
                input = Some(path.string().map_err(|_| "the file name is not UTF-8")?);
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let mut options = builder.build().map_err(|e| e.to_string())?;
    for pair in weights.iter().flat_map(|spec| spec.split(',')).filter(|p| !p.trim().is_empty()) {
        let (name, value) = pair.split_once('=').ok_or(format!("--weights: `{pair}` is not name=value"))?;
        let value: f64 = value.trim().parse().map_err(|e| format!("--weights: {name}: {e}"))?;
        options.weights.set(name.trim(), value).map_err(|e| format!("--weights: {e}"))?;
    }
    options.validate().map_err(|e| e.to_string())?;
    if split && (dump_features || dump_blocks) {
        return Err("--split and --dump-features/--dump-blocks are different outputs: give one".into());
    }
    Ok(Some(Args {
        input: input.filter(|p| p != "-"),
        options,
        format,
        dump_features,
        split,
        dump_blocks,
    }))
}

/// Reads the whole input as text; bytes that are not UTF-8 become U+FFFD rather than an error, so
/// that any file can be summarized.
fn read_input(path: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        Some(path) => bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?,
        None => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("standard input: {e}"))?;
        }
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn run_one(args: &Args) -> Result<(), String> {
    let text = read_input(args.input.as_deref())?;
    let summary = summarize(&text, &args.options).map_err(|e| e.to_string())?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = if args.format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &summary_json(&text, &summary))
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        summary
            .sentences
            .iter()
            .try_for_each(|s| writeln!(out, "{}", s.span.reading(&text)))
    };
    written
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
}

/// `--split` on one text: its sentences one per line, or as JSON with their byte offsets.
fn run_split(args: &Args) -> Result<(), String> {
    let text = read_input(args.input.as_deref())?;
    let found = abridge::split(&text, args.options.language);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = if args.format == Format::Json {
        let sentences: Vec<SpanJson> = found.sentences.iter().map(|&s| SpanJson::new(&text, s)).collect();
        serde_json::to_writer_pretty(&mut out, &SplitJson { language: found.language.tag(), sentences })
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        found.sentences.iter().try_for_each(|s| writeln!(out, "{}", s.one_line(&text)))
    };
    written.and_then(|()| out.flush()).or_else(ignore_broken_pipe)
}

/// A summary as JSON: the library's result with the text of each span beside its byte offsets. Serialized from borrowed fields rather than built as a `serde_json::Value`, whose
/// map for each keyword occurrence cost about a kilobyte: 2 GB for 4 MB of one repeated sentence.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SummaryJson<'a> {
    article_found: bool,
    keywords: Vec<KeywordJson<'a>>,
    language: &'a str,
    left_out: Vec<LeftOutJson<'a>>,
    sentences: Vec<SentenceJson<'a>>,
    stats: Stats,
    title: Option<SpanJson<'a>>,
}

#[derive(Serialize)]
struct KeywordJson<'a> {
    occurrences: &'a [Span],
    score: f64,
    term: &'a str,
}

#[derive(Serialize)]
struct LeftOutJson<'a> {
    end: usize,
    kind: &'a str,
    start: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct SentenceJson<'a> {
    end: usize,
    index: usize,
    score: f64,
    start: usize,
    text: &'a str,
}

/// `--split --json`: the sentences with their byte offsets.
#[derive(Serialize)]
struct SplitJson<'a> {
    language: &'a str,
    sentences: Vec<SpanJson<'a>>,
}

#[derive(Serialize)]
struct SpanJson<'a> {
    end: usize,
    start: usize,
    text: &'a str,
}

impl<'a> SpanJson<'a> {
    fn new(text: &'a str, span: Span) -> Self {
        SpanJson { end: span.end, start: span.start, text: span.slice(text) }
    }
}

fn summary_json<'a>(text: &'a str, summary: &'a Summary) -> SummaryJson<'a> {
    SummaryJson {
        article_found: summary.article_found,
        keywords: summary.keywords.iter().map(|k| KeywordJson { occurrences: &k.occurrences, score: k.score, term: &k.term }).collect(),
        language: summary.language.tag(),
        left_out: summary
            .left_out
            .iter()
            .map(|b| LeftOutJson { end: b.span.end, kind: b.kind.as_str(), start: b.span.start, text: b.span.slice(text) })
            .collect(),
        sentences: summary
            .sentences
            .iter()
            .map(|s| SentenceJson { end: s.span.end, index: s.index, score: s.score, start: s.span.start, text: s.span.slice(text) })
            .collect(),
        stats: summary.stats,
        title: summary.title.map(|t| SpanJson::new(text, t)),
    }
}

fn run_batch(args: &Args) -> Result<(), String> {
    let reader: Box<dyn BufRead> = match &args.input {
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?,
        )),
        None => Box::new(io::stdin().lock()),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (number, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| format!("line {}: {e}", number + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let output = match jsonl::parse_row(&line, number + 1) {
            Ok(row) if args.dump_features => features_row(&row, &args.options),
            Ok(row) if args.split => split_row(&row, &args.options),
            Ok(row) if args.dump_blocks => blocks_row(&row, &args.options),
            Ok(row) => jsonl::summarize_row(&row, &args.options),
            Err(error_line) => error_line,
        };
        writeln!(out, "{output}").or_else(ignore_broken_pipe)?;
    }
    out.flush().or_else(ignore_broken_pipe)
}

/// `--split --jsonl`: the sentences of a row's text, exactly as they stand in it, and the language used.
fn split_row(row: &Row, defaults: &Options) -> String {
    let options = match jsonl::row_options(row, defaults) {
        Ok(options) => options,
        Err(e) => return json!({ "id": row.id, "error": e }).to_string(),
    };
    let Some(text) = &row.text else {
        return json!({ "id": row.id, "error": "--split needs \"text\"" }).to_string();
    };
    let found = abridge::split(text, options.language);
    let sentences: Vec<&str> = found.sentences.iter().map(|s| s.slice(text)).collect();
    json!({ "id": row.id, "language": found.language.tag(), "sentences": sentences }).to_string()
}

/// `--dump-features`: the sentences of a row as `summarize` scores them (text rows: the body
/// paragraphs' sentences, falling back like the library on texts without prose), with their positions,
/// stemmed content terms, word counts, the title's terms and the LexRank centrality, as JSON. The
/// library's [`abridge::prepare`] does the work, so these are exactly the sentences `summarize` sees.
fn features_row(row: &Row, defaults: &Options) -> String {
    use abridge::score;
    let options = match jsonl::row_options(row, defaults) {
        Ok(options) => options,
        Err(e) => return json!({ "id": row.id, "error": e }).to_string(),
    };
    let prepared = match (&row.text, &row.sentences) {
        (Some(text), None) => abridge::prepare(text, &options),
        (None, Some(sentences)) => abridge::prepare_sentences(sentences, &options),
        _ => return json!({ "id": row.id, "error": "give exactly one of \"text\" and \"sentences\"" }).to_string(),
    };
    let p = match prepared {
        Ok(p) => p,
        Err(e) => return json!({ "id": row.id, "error": e.to_string() }).to_string(),
    };
    let centrality = score::Graph::new(&p.vectors).pagerank();
    let k = abridge::select::summary_sentences(options.length, &p.tokens.word_counts);
    let scores = score::score(&p.tokens, &p.vectors, &p.positions, &options.weights, k);
    json!({
        "id": row.id,
        "language": p.language.tag(),
        "sentences": p.sentences.iter().map(|s| s.slice(&p.text)).collect::<Vec<_>>(),
        "paragraph": p.positions.iter().map(|q| q.paragraph).collect::<Vec<_>>(),
        "paragraph_start": p.positions.iter().map(|q| q.paragraph_start).collect::<Vec<_>>(),
        "introduction": p.positions.iter().map(|q| q.introduction).collect::<Vec<_>>(),
        "lead_in": p.positions.iter().map(|q| q.lead_in).collect::<Vec<_>>(),
        "terms": (0..p.sentences.len()).map(|i| p.tokens.sentence_terms(i).to_vec()).collect::<Vec<_>>(),
        "words": p.tokens.word_counts,
        "title_terms": p.tokens.title_terms,
        "lexrank": centrality,
        "score": scores.total,
    })
    .to_string()
}

/// `--dump-blocks`: a text row's paragraphs as the article models of `clean` see them, as JSON.
fn blocks_row(row: &Row, defaults: &Options) -> String {
    let Some(text) = &row.text else {
        return json!({ "id": row.id, "error": "--dump-blocks needs \"text\" rows" }).to_string();
    };
    let options = match jsonl::row_options(row, defaults) {
        Ok(options) => options,
        Err(e) => return json!({ "id": row.id, "error": e }).to_string(),
    };
    let language = options.language.unwrap_or_else(|| abridge::detect_language(text));
    let a = abridge::clean::analyse(text, language);
    json!({
        "id": row.id,
        "language": language.tag(),
        "block_features": abridge::clean::article::BLOCK_FEATURES,
        "title_features": &abridge::clean::article::TITLE_FEATURES[..],
        "blocks": a.paragraphs.iter().enumerate().map(|(i, p)| json!({
            "text": p.slice(text),
            "features": a.features[i],
            "p": a.probabilities[i],
            "words": a.shapes[i].words,
            "furniture": a.furniture[i].map(|k| k.as_str()),
        })).collect::<Vec<_>>(),
        "run": a.run.map(|r| [r.start, r.end]),
        "title_candidates": a.title_candidates().iter().map(|c| json!({"block": c.paragraph, "features": &c.features[..], "ends_breadcrumb": c.ends_breadcrumb})).collect::<Vec<_>>(),
    })
    .to_string()
}

/// `abridge big.txt | head` closes the pipe early; that is not an error worth reporting.
fn ignore_broken_pipe(e: io::Error) -> Result<(), String> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e.to_string())
    }
}
