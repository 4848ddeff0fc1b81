#!/usr/bin/env bash
# Every test, in three layers: the Rust core natively (unit, doc, integration, golden, property and CLI
# tests, then clippy with warnings as errors), the WebAssembly boundary in headless Chromium and again in headless Firefox ESR (wasm-bindgen-test),
# and the page, the widget, the API, the offline copy and the npm package end to end in headless Chromium
# (Playwright through playwright-core). `make test` runs setup and build first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Rust core: unit, doc, integration, golden, property and CLI tests (release build: the 50 MB case)"
cargo test --release

step "Lints: clippy on the library, the command line, the tests, benches and examples, and the wasm32 binding, and rustdoc (warnings fail)"
cargo clippy --release --all-targets -- -D warnings
# The binding (src/wasm.rs) and its browser tests compile for wasm32 only.
cargo clippy --release --target wasm32-unknown-unknown --no-default-features --lib --test wasm -- -D warnings
# The API documentation (`cargo doc`): a broken link or a stray "<tag>" fails too.
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "WebAssembly boundary in headless Chromium (tests/wasm.rs)"
WASM_BINDGEN_TEST_TIMEOUT=120 cargo test --target wasm32-unknown-unknown --no-default-features --test wasm

step "WebAssembly boundary in headless Firefox ESR (tests/wasm.rs, second engine)"
# wasm-bindgen-test-runner picks the browser from CHROMEDRIVER / GECKODRIVER / SAFARIDRIVER, in that order:
# CHROMEDRIVER must be empty for GECKODRIVER to count. MOZ_HEADLESS keeps Firefox off any display; as root
# Firefox wants a profile directory it owns, hence a HOME of its own (rustup and cargo keep theirs).
FIREFOX_HOME=$(mktemp -d)
trap 'rm -rf "$FIREFOX_HOME"' EXIT
CHROMEDRIVER= GECKODRIVER="$(command -v geckodriver)" MOZ_HEADLESS=1 WASM_BINDGEN_TEST_TIMEOUT=120 \
  RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" HOME="$FIREFOX_HOME" \
  cargo test --target wasm32-unknown-unknown --no-default-features --test wasm

step "The page, the widget, the API, the offline copy and the npm package in headless Chromium (tests/e2e/)"
node --test tests/e2e/
