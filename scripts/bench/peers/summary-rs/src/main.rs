//! Peer harness: crates.io `summary` 0.1.0 asked for N sentences of FILE.
//!
//! Usage: `summary-rs-bench FILE N`. Prints the summary sentences one per line on stdout and, on stderr,
//! one line `BENCH {"ms": …, "cpu_ms": …}`: the wall and CPU time of the summarize call alone, without
//! process start or file read.
use std::{env, fs, num::NonZeroU32, process, time::Instant};

use summary::{Language, Summarizer};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let (Some(file), n) = (args.first(), args.get(1).map_or(Ok(10), |n| n.parse::<u32>())) else {
        eprintln!("usage: summary-rs-bench FILE N");
        process::exit(2);
    };
    let Some(n) = n.ok().and_then(NonZeroU32::new) else {
        eprintln!("summary-rs-bench: N must be a positive integer");
        process::exit(2);
    };
    let text = fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("summary-rs-bench: {file}: {e}");
        process::exit(1);
    });
    let (start, cpu_start) = (Instant::now(), cpu_ms());
    let summarizer = Summarizer::new(Language::English);
    let summary = summarizer.summarize_sentences(&text, n);
    let ms = start.elapsed().as_secs_f64() * 1e3;
    let cpu = cpu_start.zip(cpu_ms()).map_or("null".to_string(), |(a, b)| format!("{:.3}", b - a));
    for sentence in summary {
        println!("{}", sentence.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    eprintln!("BENCH {{\"ms\": {ms:.3}, \"cpu_ms\": {cpu}}}");
}

/// CPU time of this process so far, in ms: unlike wall time, it barely moves when other processes
/// compete for the cores. `None` where the system cannot tell.
fn cpu_ms() -> Option<f64> {
    cpu_time::ProcessTime::try_now().ok().map(|t| t.as_duration().as_secs_f64() * 1e3)
}
