//! Times each stage of the pipeline on one file: `cargo run --release --example stages -- FILE`.
//! A quick profile for development; `make bench` is the measurement of record.

use abridge::{clean, score, segment, select, tokenize, Length};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let t = Instant::now();
    let structure = clean::structure(&text);
    let t_clean = t.elapsed();
    let t = Instant::now();
    let paragraphs: Vec<abridge::Span> =
        structure.blocks.iter().filter(|b| b.kind == clean::BlockKind::Body).map(|b| b.span).collect();
    let sentences: Vec<abridge::Span> = segment::sentences(&text, &paragraphs).collect();
    let t_segment = t.elapsed();
    let t = Instant::now();
    let tokens = tokenize::tokenize(&text, &sentences, tokenize::Language::English);
    let t_tokenize = t.elapsed();
    let t = Instant::now();
    let vectors = score::SentenceVectors::new(&tokens);
    let t_vectors = t.elapsed();
    let t = Instant::now();
    let graph = score::Graph::new(&vectors);
    let t_graph = t.elapsed();
    let t = Instant::now();
    let rank = graph.pagerank();
    let t_rank = t.elapsed();
    let positions: Vec<score::Position> =
        (0..sentences.len()).map(|index| score::Position { index, paragraph_start: false }).collect();
    let scores = score::score(&tokens, &vectors, &positions, &score::WEIGHTS);
    let t = Instant::now();
    let chosen = select::select(&scores.total, &vectors, &tokens.word_counts, Length::Sentences(10), 0.3);
    let t_select = t.elapsed();
    println!(
        "{} paragraphs, {} sentences, {} terms, {} vocabulary, {} chosen, rank sum {:.3}",
        paragraphs.len(), sentences.len(), tokens.terms.len(), tokens.vocabulary.len(), chosen.len(), rank.iter().sum::<f64>()
    );
    for (name, d) in [("clean", t_clean), ("segment", t_segment), ("tokenize", t_tokenize), ("vectors", t_vectors), ("graph", t_graph), ("pagerank", t_rank), ("select", t_select)] {
        println!("{name:>10}: {:8.2} ms", d.as_secs_f64() * 1e3);
    }
}
