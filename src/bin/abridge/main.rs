//! `abridge`: the command line over the Abridge core.
//!
//! Summarizes a file or standard input to standard output, one sentence per line, or as JSON; with
//! `--jsonl` it summarizes a batch of articles, one JSON object per line, which is how the evaluation
//! and the benchmarks drive the core. The `.wasm` never contains this code (see Cargo.toml).

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::main());
}

// The command line has no meaning in the browser build; an empty main keeps `cargo test --target
// wasm32-unknown-unknown`, which builds every target, compiling.
#[cfg(target_arch = "wasm32")]
fn main() {}
