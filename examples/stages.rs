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
    // The stages' inputs as the library assembles them; each stage is then timed alone on them.
    let options = Options::sentences(10);
    let p = abridge::prepare(&text, &options).expect("a text to summarize");
    let names = ["detect", "clean", "segment", "tokenize", "vectors", "graph", "pagerank", "select", "summarize", "(score)", "(keywords)"];
    let mut best = [Duration::MAX; 11];
    let mut report = String::new();
    for _ in 0..runs {
        let mut timed = |slot: usize, run: &mut dyn FnMut()| {
            let t = Instant::now();
            run();
            best[slot] = best[slot].min(t.elapsed());
        };
        timed(0, &mut || {
            std::hint::black_box(abridge::detect_language(&text));
        });
        timed(1, &mut || drop(std::hint::black_box(clean::structure(&text, p.language))));
        timed(2, &mut || {
            std::hint::black_box(segment::sentences(&text, &p.paragraphs, p.language).count());
        });
        timed(3, &mut || drop(std::hint::black_box(tokenize::tokenize_with_title(&text, &p.sentences, p.title.as_deref(), p.language))));
        timed(4, &mut || drop(std::hint::black_box(score::SentenceVectors::new(&p.tokens))));
        let graph = score::Graph::new(&p.vectors);
        timed(5, &mut || drop(std::hint::black_box(score::Graph::new(&p.vectors))));
        let mut rank = Vec::new();
        timed(6, &mut || rank = graph.pagerank());
        let mut scores = None;
        timed(9, &mut || scores = Some(score::score(&p.tokens, &p.vectors, &p.positions, &score::WEIGHTS, abridge::DEFAULT_SENTENCES)));
        let scores = scores.expect("scored");
        let mut chosen = Vec::new();
        timed(7, &mut || chosen = select::select(&scores.total, &p.vectors, &p.tokens.word_counts, Length::Sentences(10), 0.3));
        timed(10, &mut || drop(std::hint::black_box(keywords::keywords(&text, &p.tokens, &scores.centrality, abridge::DEFAULT_KEYWORDS))));
        let mut summary = None;
        timed(8, &mut || summary = Some(abridge::summarize(&text, &options).expect("a summary")));
        let picked: Vec<usize> = summary.iter().flat_map(|s| s.sentences.iter().map(|s| s.index)).collect();
        report = format!(
            "{} ({}), {} paragraphs, {} sentences, {} terms, {} vocabulary, {} chosen, rank sum {:.3}\nsummary: {picked:?}",
            p.language.name(), p.language.tag(), p.paragraphs.len(), p.sentences.len(), p.tokens.terms.len(),
            p.tokens.vocabulary.len(), chosen.len(), rank.iter().sum::<f64>()
        );
    }
    println!("{report}");
    for (name, d) in names.iter().zip(best) {
        println!("{name:>10}: {:8.2} ms", d.as_secs_f64() * 1e3);
    }
}
