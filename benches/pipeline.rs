//! Criterion benches of each pipeline stage, so a regression names its stage: `cargo bench --bench pipeline`
//! (filter: `cargo bench --bench pipeline -- score/1m`). `make bench` is the measurement of record (whole
//! runs, memory, the peers side by side); these are for finding which stage moved.
//!
//! Inputs, each cut at a paragraph break (the same as `scripts/bench/inputs.py`):
//! - `article`: `tests/fixtures/pasted-news-article.txt`, a news page pasted whole (about 700 words);
//! - `100k`: the first 100 KiB of `austen-1mb.txt`;
//! - `1m`: `austen-1mb.txt`, *Pride and Prejudice* + *Persuasion* (1,048,445 bytes, about 8,750 sentences).
//!
//! The Austen texts are Project Gutenberg's, from Debian's `r-cran-janeaustenr`, in `../shared/bench/`
//! (`ABRIDGE_BENCH_DIR` overrides); when they are missing only `article` is run.
//!
//! Each stage is timed on the output of the stages before it, computed once outside the timing, in the
//! order `abridge::summarize` runs them: clean → segment → tokenize → vectors → graph (the weighted
//! degrees) → pagerank (graph included) → score (graph and pagerank again, plus position and title) →
//! select → keywords; `summarize` is the whole.
use std::{env, fs, hint::black_box, path::PathBuf, time::Duration};

use abridge::{clean, keywords, score, segment, select, tokenize, Options, Span};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Sentences asked for, as in `make bench`.
const SENTENCES: usize = 10;
/// The `100k` input: 100 KiB, then back to the last paragraph break.
const CUT_100K: usize = 100 * 1024;

struct Input {
    name: &'static str,
    text: String,
}

fn inputs() -> Vec<Input> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut inputs = vec![Input {
        name: "article",
        text: fs::read_to_string(root.join("tests/fixtures/pasted-news-article.txt")).expect("the article fixture"),
    }];
    let bench_dir = env::var_os("ABRIDGE_BENCH_DIR").map_or_else(|| root.join("../shared/bench"), PathBuf::from);
    match fs::read_to_string(bench_dir.join("austen-1mb.txt")) {
        Ok(novels) => {
            inputs.push(Input { name: "100k", text: first_paragraphs(&novels, CUT_100K) });
            inputs.push(Input { name: "1m", text: novels });
        }
        Err(e) => eprintln!("pipeline: {}: {e}; benching the article only", bench_dir.display()),
    }
    inputs
}

/// The longest prefix of at most `limit` bytes that ends at a paragraph break (a blank line).
fn first_paragraphs(text: &str, limit: usize) -> String {
    let mut end = limit.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind("\n\n").unwrap_or(end);
    format!("{}\n", &text[..cut])
}

/// Everything the stages produce for one text, computed once so each stage can be timed alone.
struct Prepared<'a> {
    text: &'a str,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    positions: Vec<score::Position>,
    title: Option<&'a str>,
    tokens: tokenize::Tokens,
    vectors: score::SentenceVectors,
    scores: score::Scores,
}

/// Stage 2 (segment): the body paragraphs' sentences with their positions, as `abridge::summarize` does.
fn segment_all(text: &str, paragraphs: &[Span]) -> (Vec<Span>, Vec<score::Position>) {
    let mut sentences = Vec::new();
    let mut positions = Vec::new();
    for &paragraph in paragraphs {
        for (i, sentence) in segment::paragraph_sentences(text, paragraph).into_iter().enumerate() {
            positions.push(score::Position { index: sentences.len(), paragraph_start: i == 0 });
            sentences.push(sentence);
        }
    }
    (sentences, positions)
}

fn body(structure: &clean::Structure) -> Vec<Span> {
    structure.blocks.iter().filter(|b| b.kind == clean::BlockKind::Body).map(|b| b.span).collect()
}

fn prepare(text: &str) -> Prepared<'_> {
    let structure = clean::structure(text);
    let paragraphs = body(&structure);
    let (sentences, positions) = segment_all(text, &paragraphs);
    let title = structure.title().map(|t| t.slice(text));
    let tokens = tokenize::tokenize_with_title(text, &sentences, title, tokenize::Language::English);
    let vectors = score::SentenceVectors::new(&tokens);
    let scores = score::score(&tokens, &vectors, &positions, &score::WEIGHTS, abridge::DEFAULT_SENTENCES);
    Prepared { text, paragraphs, sentences, positions, title, tokens, vectors, scores }
}

fn pipeline(c: &mut Criterion) {
    let inputs = inputs();
    let prepared: Vec<(&Input, Prepared)> = inputs.iter().map(|input| (input, prepare(&input.text))).collect();
    let options = Options::sentences(SENTENCES);

    // One group per stage, one benchmark per input: `tokenize/1m` names both what and where.
    macro_rules! stage {
        ($name:literal, |$p:ident| $body:expr) => {{
            let mut group = c.benchmark_group($name);
            group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
            for (input, $p) in &prepared {
                group.throughput(Throughput::Bytes(input.text.len() as u64));
                group.bench_with_input(BenchmarkId::from_parameter(input.name), $p, |b, $p| b.iter(|| black_box($body)));
            }
            group.finish();
        }};
    }

    stage!("clean", |p| clean::structure(black_box(p.text)));
    stage!("segment", |p| segment_all(p.text, black_box(&p.paragraphs)));
    stage!("tokenize", |p| tokenize::tokenize_with_title(
        p.text,
        black_box(&p.sentences),
        p.title,
        tokenize::Language::English
    ));
    stage!("vectors", |p| score::SentenceVectors::new(black_box(&p.tokens)));
    stage!("graph", |p| score::Graph::new(black_box(&p.vectors)));
    // The graph borrows the vectors, so this one builds it too (the degrees: one product more).
    stage!("pagerank", |p| score::Graph::new(black_box(&p.vectors)).pagerank());
    stage!("score", |p| score::score(black_box(&p.tokens), &p.vectors, &p.positions, &score::WEIGHTS, abridge::DEFAULT_SENTENCES));
    stage!("select", |p| select::select(
        black_box(&p.scores.total),
        &p.vectors,
        &p.tokens.word_counts,
        options.length,
        options.diversity
    ));
    stage!("keywords", |p| keywords::keywords(p.text, black_box(&p.tokens), &p.scores.centrality, options.keywords));
    stage!("summarize", |p| abridge::summarize(black_box(p.text), &options));
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
