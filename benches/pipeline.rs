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
//! order `abridge::prepare` and `abridge::summarize` run them: detect → clean → segment → tokenize →
//! vectors → graph (the weighted degrees) → pagerank (graph included) → score (graph and pagerank again,
//! plus position and title) → select → keywords; `summarize` is the whole.
use std::{env, fs, hint::black_box, path::PathBuf, time::Duration};

use abridge::{clean, keywords, score, segment, select, tokenize, Options};
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

/// Everything the stages produce for one text, as `abridge::prepare` assembles it, plus the scores,
/// computed once so that each stage can be timed alone on the output of the stages before it.
struct Prepared<'a> {
    prepared: abridge::Prepared<'a>,
    scores: score::Scores,
}

fn prepare(text: &str) -> Prepared<'_> {
    let prepared = abridge::prepare(text, &Options::sentences(SENTENCES)).expect("a text to summarize");
    let p = &prepared;
    let scores = score::score(&p.tokens, &p.vectors, &p.positions, &score::WEIGHTS, abridge::DEFAULT_SENTENCES);
    Prepared { prepared, scores }
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

    stage!("detect", |p| abridge::detect_language(black_box(&p.prepared.text)));
    stage!("clean", |p| clean::structure(black_box(&p.prepared.text), p.prepared.language));
    stage!("segment", |p| segment::sentences(&p.prepared.text, black_box(&p.prepared.paragraphs), p.prepared.language)
        .count());
    stage!("tokenize", |p| tokenize::tokenize_with_title(
        &p.prepared.text,
        black_box(&p.prepared.sentences),
        p.prepared.title.as_deref(),
        p.prepared.language
    ));
    stage!("vectors", |p| score::SentenceVectors::new(black_box(&p.prepared.tokens)));
    stage!("graph", |p| score::Graph::new(black_box(&p.prepared.vectors)));
    // The graph borrows the vectors, so this one builds it too (the degrees: one product more).
    stage!("pagerank", |p| score::Graph::new(black_box(&p.prepared.vectors)).pagerank());
    stage!("score", |p| score::score(
        black_box(&p.prepared.tokens),
        &p.prepared.vectors,
        &p.prepared.positions,
        &score::WEIGHTS,
        abridge::DEFAULT_SENTENCES
    ));
    stage!("select", |p| select::select(
        black_box(&p.scores.total),
        &p.prepared.vectors,
        &p.prepared.tokens.word_counts,
        options.length,
        options.diversity
    ));
    stage!("keywords", |p| keywords::keywords(
        &p.prepared.text,
        black_box(&p.prepared.tokens),
        &p.scores.centrality,
        options.keywords
    ));
    stage!("summarize", |p| abridge::summarize(black_box(&p.prepared.text), &options));
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
