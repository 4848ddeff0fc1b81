#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; does nothing when all is there.
# Versions and traps: ../shared/TOOLCHAIN.md. Versions of the wasm tools come from wasm-pack.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

toml() { python3 -c "import tomllib,sys; print(tomllib.load(open('wasm-pack.toml','rb'))['wasm-pack'][sys.argv[1]])" "$1"; }
WASM_PACK_VERSION=$(toml version)
WASM_BINDGEN_VERSION=$(toml wasm-bindgen-version)
# Firefox's WebDriver, for the second browser engine (not a wasm tool, so pinned here rather than in wasm-pack.toml).
GECKODRIVER_VERSION=0.37.1
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
fi

if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
  say "installing wasm-pack $WASM_PACK_VERSION (about 7 minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

# npm dev dependencies: binaryen (wasm-opt), playwright-core and typescript (checks the package's types).
# Reinstall when package.json changed.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package.json -nt node_modules/.installed ]; then
  say "installing npm dev dependencies"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  touch node_modules/.installed
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian chromium and chromium-driver"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver
fi

# The second engine for the wasm-bindgen browser tests: Firefox ESR from Debian, driven by geckodriver from
# crates.io (Mozilla's own downloads are out of reach here). geckodriver takes about 6 minutes to build.
if ! command -v firefox-esr >/dev/null && ! command -v firefox >/dev/null; then
  say "installing Debian firefox-esr"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq firefox-esr
fi

if ! command -v geckodriver >/dev/null; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 6 minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi
