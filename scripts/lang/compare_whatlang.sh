#!/usr/bin/env bash
# Abridge's language detection against the whatlang crate, on the same evaluation set and in the same
# page build: accuracy (scripts/lang/detect_eval.py through each variant's command line) and the cost
# in the page's .wasm (gzip), measured against a build whose detect() always answers `und`.
#
# Builds three variants in a scratch worktree of HEAD (nothing here is committed or left in this tree):
#   abridge   the code as it is
#   whatlang  detect() = whatlang 0.18 (its 69 languages; the ones Abridge lacks map to `und`)
#   none      detect() = `und`
# Usage: bash scripts/lang/compare_whatlang.sh [dev|test]     (about 10 minutes on 2 cores)
set -euo pipefail
split=${1:-test}
root=$(git rev-parse --show-toplevel)
scratch=$(mktemp -d /tmp/abridge-whatlang.XXXXXX)
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="$scratch/target"
trap 'git -C "$root" worktree remove --force "$scratch/tree" >/dev/null 2>&1 || true' EXIT
git -C "$root" worktree add --detach "$scratch/tree" HEAD >/dev/null
ln -s "$root/node_modules" "$scratch/tree/node_modules"
ln -s "$root/../shared" "$scratch/shared"
cd "$scratch/tree"

detect_rs=src/lang/detect.rs
cp "$detect_rs" "$scratch/detect.rs.orig"

variant() {
    local name=$1
    cp "$scratch/detect.rs.orig" "$detect_rs"
    case $name in
    whatlang)
        grep -q '^whatlang' Cargo.toml || sed -i 's/^\[dependencies\]$/[dependencies]\nwhatlang = "=0.18.0"/' Cargo.toml
        cat >>"$detect_rs" <<'EOF'

pub fn detect_whatlang(text: &str) -> Language {
    let tag = match whatlang::detect_lang(text).map(|l| l.code()) {
        Some("eng") => "en", Some("deu") => "de", Some("fra") => "fr", Some("spa") => "es", Some("ita") => "it",
        Some("por") => "pt", Some("nld") => "nl", Some("dan") => "da", Some("swe") => "sv", Some("nob") => "no",
        Some("fin") => "fi", Some("hun") => "hu", Some("ron") => "ro", Some("ell") => "el", Some("rus") => "ru",
        Some("ukr") => "uk", Some("pol") => "pl", Some("ces") => "cs", Some("tur") => "tr", Some("ara") => "ar",
        Some("hin") => "hi", Some("ind") => "id", Some("vie") => "vi", Some("cmn") => "zh", Some("jpn") => "ja",
        Some("kor") => "ko", Some("tha") => "th", _ => "und",
    };
    Language::from_tag(tag).unwrap_or(Language::UNDETERMINED)
}
EOF
        sed -i 's/^pub fn detect(text: &str) -> Language {$/pub fn detect(text: \&str) -> Language {\n    if true { return detect_whatlang(text); }/' "$detect_rs"
        ;;
    none)
        git checkout -q Cargo.toml
        sed -i 's/^pub fn detect(text: &str) -> Language {$/pub fn detect(text: \&str) -> Language {\n    if true { return Language::UNDETERMINED; }/' "$detect_rs"
        ;;
    abridge)
        git checkout -q Cargo.toml
        ;;
    esac
    cargo build --quiet --release 2>/dev/null
    cp "$CARGO_TARGET_DIR/release/abridge" "$scratch/abridge-$name"
    python3 scripts/build.py page 2>/dev/null | grep '^build page' | sed "s/^/$name: /"
}

for name in abridge whatlang none; do
    variant "$name"
done
for name in abridge whatlang; do
    echo "== $name, $split split"
    python3 "$root/scripts/lang/detect_eval.py" --split "$split" --bin "$scratch/abridge-$name" --shared "$root/../shared/eval"
done
