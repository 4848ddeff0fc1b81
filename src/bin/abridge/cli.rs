//! Argument parsing, input and output of the `abridge` command.

use crate::jsonl::{self, Row};
use abridge::{summarize, Length, Options, Summary};
use serde_json::json;
use std::io::{self, BufRead, BufWriter, Read, Write};

const USAGE: &str = "\
Usage: abridge [FILE] [--sentences N | --ratio R | --words N] [options]

Summarizes FILE (or standard input, or `-`) by picking its most important sentences.

Length (one of):
  -n, --sentences N   that many sentences (default 3)
  -r, --ratio R       that fraction of the sentences, 0 < R <= 1
  -w, --words N       as many sentences as fit in N words
Options:
  -k, --keywords N    keywords to report with --json (default 8, at most 50)
  -d, --diversity D   redundancy removal, 0 to 1 (default 0.5, fading as the summary gets longer)
  -t, --title TEXT    the article's title, when it is not in the text
      --weights W     scoring weights for tuning, as name=value,… (names: centrality, centroid,
                      position, paragraph_start, title, length, coverage; docs/quality.md)
      --json          print the whole summary as JSON (byte offsets, keywords, left-out blocks, figures)
      --jsonl         batch mode: read JSON lines {\"id\", \"text\"} or {\"id\", \"sentences\": [...]}
                      (optional \"title\", and \"count\": sentences for that row) and write
                      {\"id\", \"sentences\": [...], \"indices\": [...]} per line ({\"id\", \"error\"} on failure)
  -h, --help          this help
  -V, --version       the version
";

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
}

/// Runs the command; returns the exit status (0 ok, 1 the text could not be summarized, 2 usage).
pub fn main() -> i32 {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return 0,
        Err(message) => {
            eprintln!("abridge: {message}\n\n{USAGE}");
            return 2;
        }
    };
    let result = match args.format {
        Format::JsonLines => run_batch(&args),
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
    let mut length: Option<(&str, Length)> = None;
    let mut options = Options::default();
    let mut format = Format::Plain;
    let mut dump_features = false;
    let set_length =
        |flag: &'static str, value: Length, length: &mut Option<(&str, Length)>| match length {
            Some((other, _)) if *other != flag => Err(format!(
                "give only one of --sentences, --ratio, --words (got {other} and {flag})"
            )),
            _ => {
                *length = Some((flag, value));
                Ok(())
            }
        };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('n') | Long("sentences") => {
                let n = value(&mut parser, "--sentences")?;
                set_length("--sentences", Length::Sentences(n), &mut length)?;
            }
            Short('r') | Long("ratio") => {
                let r = value(&mut parser, "--ratio")?;
                set_length("--ratio", Length::Ratio(r), &mut length)?;
            }
            Short('w') | Long("words") => {
                let w = value(&mut parser, "--words")?;
                set_length("--words", Length::Words(w), &mut length)?;
            }
            Short('k') | Long("keywords") => {
                options.keywords = value(&mut parser, "--keywords")?;
            }
            Short('d') | Long("diversity") => {
                options.diversity = value(&mut parser, "--diversity")?;
            }
            Short('t') | Long("title") => {
                options.title = Some(
                    parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|_| "--title is not UTF-8")?,
                );
            }
            Long("weights") => {
                let spec = parser.value().map_err(|e| e.to_string())?.string().map_err(|_| "--weights is not UTF-8")?;
                for pair in spec.split(',').filter(|p| !p.trim().is_empty()) {
                    let (name, value) = pair.split_once('=').ok_or(format!("--weights: `{pair}` is not name=value"))?;
                    let value: f64 = value.trim().parse().map_err(|e| format!("--weights: {name}: {e}"))?;
                    options.weights.set(name.trim(), value).map_err(|e| format!("--weights: {e}"))?;
                }
            }
            Long("json") => format = Format::Json,
            Long("jsonl") => format = Format::JsonLines,
            Long("dump-features") => dump_features = true,
            Short('h') | Long("help") => {
                print!("{USAGE}");
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
    if let Some((_, value)) = length {
        options.length = value;
    }
    options.validate().map_err(|e| e.to_string())?;
    Ok(Some(Args {
        input: input.filter(|p| p != "-"),
        options,
        format,
        dump_features,
    }))
}

/// The value of the flag just read, parsed; the error names the flag.
fn value<T: std::str::FromStr>(parser: &mut lexopt::Parser, flag: &str) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    let raw = parser.value().map_err(|e| e.to_string())?;
    let raw = raw.to_str().ok_or(format!("{flag}: not UTF-8"))?;
    raw.parse().map_err(|e| format!("{flag}: {e}"))
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
            .try_for_each(|s| writeln!(out, "{}", one_line(s.span.slice(&text))))
    };
    written
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
}

/// A summary as JSON: the library's result with the text of each span beside its byte offsets.
fn summary_json(text: &str, summary: &Summary) -> serde_json::Value {
    json!({
        "sentences": summary.sentences.iter().map(|s| json!({
            "index": s.index, "start": s.span.start, "end": s.span.end, "score": s.score, "text": s.span.slice(text),
        })).collect::<Vec<_>>(),
        "keywords": summary.keywords.iter().map(|k| json!({
            "term": k.term, "score": k.score,
            "occurrences": k.occurrences.iter().map(|o| json!({"start": o.start, "end": o.end})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "title": summary.title.map(|t| json!({"start": t.start, "end": t.end, "text": t.slice(text)})),
        "leftOut": summary.left_out.iter().map(|b| json!({
            "start": b.span.start, "end": b.span.end, "kind": b.kind.as_str(), "text": b.span.slice(text),
        })).collect::<Vec<_>>(),
        "stats": {
            "sentencesIn": summary.stats.sentences_in, "sentencesOut": summary.stats.sentences_out,
            "wordsIn": summary.stats.words_in, "wordsOut": summary.stats.words_out,
            "blocksLeftOut": summary.stats.blocks_left_out,
        },
    })
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
            Ok(row) => jsonl::summarize_row(&row, &args.options),
            Err(error_line) => error_line,
        };
        writeln!(out, "{output}").or_else(ignore_broken_pipe)?;
    }
    out.flush().or_else(ignore_broken_pipe)
}

/// `--dump-features`: the sentences of a row as `summarize` scores them (text rows: the body
/// paragraphs' sentences, falling back like the library on texts without prose), with their positions,
/// stemmed content terms, word counts, the title's terms and the LexRank centrality, as JSON.
fn features_row(row: &Row, options: &Options) -> String {
    use abridge::score::{self, Position, SentenceVectors};
    use abridge::tokenize::{tokenize_with_title, Language};
    use abridge::{clean, segment, Span};
    let mut text = String::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut positions: Vec<Position> = Vec::new();
    let mut paragraph: Vec<usize> = Vec::new();
    let mut title = options.title.clone().or(row.title.clone());
    match (&row.text, &row.sentences) {
        (Some(t), None) => {
            text = t.clone();
            let structure = clean::structure(&text);
            let kinds: [fn(clean::BlockKind) -> bool; 3] = [
                |k| k == clean::BlockKind::Body,
                |k| matches!(k, clean::BlockKind::Heading | clean::BlockKind::Title),
                |_| true,
            ];
            let blocks = kinds
                .iter()
                .map(|keep| structure.blocks.iter().filter(|b| keep(b.kind)).copied().collect::<Vec<_>>())
                .find(|b| !b.is_empty())
                .unwrap_or_default();
            for (p, block) in blocks.iter().enumerate() {
                for (i, s) in segment::paragraph_sentences(&text, block.span).into_iter().enumerate() {
                    positions.push(Position { index: spans.len(), paragraph_start: i == 0 });
                    paragraph.push(p);
                    spans.push(s);
                }
            }
            if title.is_none() {
                title = structure.title().map(|t| t.slice(&text).to_string());
            }
        }
        (None, Some(list)) => {
            for (i, s) in list.iter().enumerate() {
                if i > 0 {
                    text.push('\n');
                }
                let start = text.len();
                text.push_str(s);
                spans.push(Span::new(start, text.len()));
                positions.push(Position { index: i, paragraph_start: i == 0 });
                paragraph.push(0);
            }
        }
        _ => return json!({ "id": row.id, "error": "give exactly one of \"text\" and \"sentences\"" }).to_string(),
    }
    let tokens = tokenize_with_title(&text, &spans, title.as_deref(), Language::English);
    let vectors = SentenceVectors::new(&tokens);
    let centrality = score::Graph::new(&vectors).pagerank();
    let length = row.count.map_or(options.length, Length::Sentences);
    let k = abridge::select::summary_sentences(length, &tokens.word_counts);
    let scores = score::score(&tokens, &vectors, &positions, &options.weights, k);
    json!({
        "id": row.id,
        "sentences": spans.iter().map(|s| s.slice(&text)).collect::<Vec<_>>(),
        "paragraph": paragraph,
        "paragraph_start": positions.iter().map(|p| p.paragraph_start).collect::<Vec<_>>(),
        "terms": (0..spans.len()).map(|i| tokens.sentence_terms(i).to_vec()).collect::<Vec<_>>(),
        "words": tokens.word_counts,
        "title_terms": tokens.title_terms,
        "lexrank": centrality,
        "score": scores.total,
    })
    .to_string()
}

/// A sentence on one line: hard-wrap line breaks and runs of white space become single spaces.
fn one_line(sentence: &str) -> String {
    sentence.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `abridge big.txt | head` closes the pipe early; that is not an error worth reporting.
fn ignore_broken_pipe(e: io::Error) -> Result<(), String> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e.to_string())
    }
}
