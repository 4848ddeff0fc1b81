//! Times each stage of the pipeline on one file:
//! `cargo run --release --example stages -- FILE [RUNS] [summarize]` (with `summarize`, only the whole
//! call is run and timed: for a profiler).
//! A quick profile for development; `make bench` is the measurement of record. Each stage is run
//! `RUNS` times (default 5) and the fastest run is shown: on a shared machine the minimum is the figure
//! least disturbed by other work. `summarize` times the whole of `abridge::summarize` the same way;
//! `(score)` is the score function (graph and PageRank included) and `(keywords)` the keyword stage.

use abridge::{clean, keywords, score, segment, select, tokenize, Length, Options};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: stages FILE [RUNS] [summarize]");
    let runs: usize = args.next().map_or(5, |r| r.parse().expect("RUNS is a whole number"));
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    if args.next().as_deref() == Some("summarize") {
        // Only the whole call, for a profiler: `perf record … stages FILE 50 summarize`.
        let best = (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(abridge::summarize(&text, &Options::sentences(10)).expect("a summary"));
                t.elapsed()
            })
            .min()
            .unwrap_or_default();
        println!("summarize: {:8.2} ms", best.as_secs_f64() * 1e3);
        return;
    }
    let mut best = [Duration::MAX; 10];
    let mut keep = |slot: usize, d: Duration| best[slot] = best[slot].min(d);
    let mut report = String::new();
    for _ in 0..runs {
        let t = Instant::now();
        let structure = clean::structure(&text);
        keep(0, t.elapsed());
        let t = Instant::now();
        let paragraphs: Vec<abridge::Span> =
            structure.blocks.iter().filter(|b| b.kind == clean::BlockKind::Body).map(|b| b.span).collect();
        let sentences: Vec<abridge::Span> = segment::sentences(&text, &paragraphs).collect();
        keep(1, t.elapsed());
        let t = Instant::now();
        let tokens = tokenize::tokenize(&text, &sentences, tokenize::Language::English);
        keep(2, t.elapsed());
        let t = Instant::now();
        let vectors = score::SentenceVectors::new(&tokens);
        keep(3, t.elapsed());
        let t = Instant::now();
        let graph = score::Graph::new(&vectors);
        keep(4, t.elapsed());
        let t = Instant::now();
        let rank = graph.pagerank();
        keep(5, t.elapsed());
        let positions: Vec<score::Position> =
            (0..sentences.len()).map(|index| score::Position { index, paragraph_start: false }).collect();
        let t = Instant::now();
        let scores = score::score(&tokens, &vectors, &positions, &score::WEIGHTS, abridge::DEFAULT_SENTENCES);
        keep(8, t.elapsed());
        let t = Instant::now();
        let keywords = keywords::keywords(&text, &tokens, &scores.centrality, abridge::DEFAULT_KEYWORDS);
        keep(9, t.elapsed());
        let t = Instant::now();
        let chosen = select::select(&scores.total, &vectors, &tokens.word_counts, Length::Sentences(10), 0.3);
        keep(6, t.elapsed());
        let t = Instant::now();
        let summary = abridge::summarize(&text, &Options::sentences(10)).expect("a summary");
        keep(7, t.elapsed());
        assert!(keywords.len() <= abridge::DEFAULT_KEYWORDS);
        let picked: Vec<usize> = summary.sentences.iter().map(|s| s.index).collect();
        report = format!(
            "{} paragraphs, {} sentences, {} terms, {} vocabulary, {} chosen, rank sum {:.3}\nsummary: {picked:?}",
            paragraphs.len(), sentences.len(), tokens.terms.len(), tokens.vocabulary.len(), chosen.len(),
            rank.iter().sum::<f64>()
        );
    }
    println!("{report}");
    let names = ["clean", "segment", "tokenize", "vectors", "graph", "pagerank", "select", "summarize", "(score)", "(keywords)"];
    for (name, d) in names.iter().zip(best) {
        println!("{name:>10}: {:8.2} ms", d.as_secs_f64() * 1e3);
    }
}
