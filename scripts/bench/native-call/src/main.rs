//! Times `abridge::summarize` in-process: the native counterpart of `scripts/bench/wasm_runner.mjs`.
//!
//! Usage: `abridge-native-call FILE N [RUNS] [BUDGET_MS]`. Calls `summarize` once, then again up to RUNS
//! times (until the calls so far took BUDGET_MS), and prints the summary sentences one per line on stdout
//! and one line `BENCH {"ms": …, "cpu_ms": …, "first_ms": …, "runs": …}` on stderr: `ms` and `cpu_ms` are the
//! medians of the wall and CPU time of the calls after the first.
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
        let (start, cpu_start) = (Instant::now(), cpu_ms());
        let summary = abridge::summarize(&text, &options).unwrap_or_else(|e| {
            eprintln!("abridge-native-call: {e}");
            process::exit(1);
        });
        let cpu = cpu_start.zip(cpu_ms()).map(|(a, b)| b - a);
        (start.elapsed().as_secs_f64() * 1e3, cpu, summary)
    };
    let (first_ms, first_cpu, mut summary) = call();
    let (mut times, mut cpus) = (Vec::new(), Vec::new());
    let mut spent = first_ms;
    while (times.len() as f64) < max_runs && spent < budget_ms {
        let (ms, cpu, s) = call();
        times.push(ms);
        cpus.extend(cpu);
        spent += ms;
        summary = s;
    }
    let median_ms = median(&mut times).unwrap_or(first_ms);
    let median_cpu = median(&mut cpus).or(first_cpu).map_or("null".to_string(), |c| format!("{c:.4}"));
    for sentence in &summary.sentences {
        println!("{}", sentence.span.slice(&text).split_whitespace().collect::<Vec<_>>().join(" "));
    }
    eprintln!(
        "BENCH {{\"ms\": {median_ms:.4}, \"cpu_ms\": {median_cpu}, \"first_ms\": {first_ms:.4}, \"runs\": {}}}",
        times.len() + 1
    );
}

fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let len = values.len();
    match len {
        0 => None,
        _ if len % 2 == 1 => Some(values[len / 2]),
        _ => Some((values[len / 2 - 1] + values[len / 2]) / 2.0),
    }
}

/// CPU time of this process so far, in ms: unlike wall time, it barely moves when other processes
/// compete for the cores. `None` where the system cannot tell.
fn cpu_ms() -> Option<f64> {
    cpu_time::ProcessTime::try_now().ok().map(|t| t.as_duration().as_secs_f64() * 1e3)
}
