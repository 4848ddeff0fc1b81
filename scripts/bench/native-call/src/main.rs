//! Times `abridge::summarize` in-process: the native counterpart of `scripts/bench/wasm_runner.mjs`.
//!
//! Usage: `abridge-native-call FILE N [RUNS] [BUDGET_MS]`. Calls `summarize` once, then again up to RUNS
//! times (until the calls so far took BUDGET_MS), and prints the summary sentences one per line on stdout
//! and one line `BENCH {"ms": …, "first_ms": …, "runs": …}` on stderr: `ms` is the median of the calls
//! after the first.
use std::{env, fs, process, time::Instant};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let number = |i: usize, default: f64| args.get(i).map_or(Ok(default), |s| s.parse::<f64>());
    let (Some(file), Ok(n), Ok(max_runs), Ok(budget_ms)) =
        (args.first(), number(1, 10.0), number(2, 10.0), number(3, 5000.0))
    else {
        eprintln!("usage: abridge-native-call FILE N [RUNS] [BUDGET_MS]");
        process::exit(2);
    };
    let text = fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("abridge-native-call: {file}: {e}");
        process::exit(1);
    });
    let options = abridge::Options::sentences(n as usize);
    let call = || {
        let start = Instant::now();
        let summary = abridge::summarize(&text, &options).unwrap_or_else(|e| {
            eprintln!("abridge-native-call: {e}");
            process::exit(1);
        });
        (start.elapsed().as_secs_f64() * 1e3, summary)
    };
    let (first_ms, mut summary) = call();
    let mut times = Vec::new();
    let mut spent = first_ms;
    while (times.len() as f64) < max_runs && spent < budget_ms {
        let (ms, s) = call();
        times.push(ms);
        spent += ms;
        summary = s;
    }
    times.sort_by(f64::total_cmp);
    let median = match times.len() {
        0 => first_ms,
        len if len % 2 == 1 => times[len / 2],
        len => (times[len / 2 - 1] + times[len / 2]) / 2.0,
    };
    for sentence in &summary.sentences {
        println!("{}", sentence.span.slice(&text).split_whitespace().collect::<Vec<_>>().join(" "));
    }
    eprintln!("BENCH {{\"ms\": {median:.4}, \"first_ms\": {first_ms:.4}, \"runs\": {}}}", times.len() + 1);
}
