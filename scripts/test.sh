#!/usr/bin/env bash
# Every test, in three layers: the Rust core natively (unit, doc, integration, golden, property and CLI
# tests), the WebAssembly boundary in headless Chromium (wasm-bindgen-test), and the page end to end in
# headless Chromium (Playwright through playwright-core). `make test` runs setup and build first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Rust core: unit, doc, integration, golden, property and CLI tests (release build: the 50 MB case)"
cargo test --release

step "WebAssembly boundary in headless Chromium (tests/wasm.rs)"
WASM_BINDGEN_TEST_TIMEOUT=120 cargo test --target wasm32-unknown-unknown --no-default-features --test wasm

step "The page end to end in headless Chromium (tests/e2e/)"
node --test tests/e2e/
