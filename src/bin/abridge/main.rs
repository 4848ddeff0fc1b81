//! `abridge`: the command line over the Abridge core.
//!
//! Summarizes a file or standard input to standard output, one sentence per line, or as JSON; with
//! `--jsonl` it summarizes a batch of articles, one JSON object per line, which is how the evaluation
//! and the benchmarks drive the core. Built only with the `cli` feature (the default for native builds;
//! the `.wasm` is built without it).

mod cli;
mod jsonl;

fn main() {
    std::process::exit(cli::main());
}
