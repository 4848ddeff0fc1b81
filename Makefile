# Abridge: every command a person or CI needs. Each target installs what it is missing first through the
# one installer, scripts/setup.sh (idempotent), so `make test` works on a fresh machine.
SHELL := /bin/bash
HOST ?= 127.0.0.1
PORT ?= 8080
EVAL_DATA ?= ../shared/eval
# The one Python environment of eval and bench (scripts/setup.sh eval|bench, scripts/requirements.txt).
VENV_PYTHON := .venv/bin/python
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup build serve test eval bench pastes fuzz reliability clean

setup:
	@bash scripts/setup.sh

build: setup
	@python3 scripts/build.py

serve: build
	@python3 scripts/serve.py --host $(HOST) --port $(PORT)

test: build
	@bash scripts/test.sh

# Knobs: EVAL_DATA, and the EVAL_* variables in scripts/eval/run.py and scripts/eval/multi.py (the
# multilingual table).
eval:
	@bash scripts/setup.sh eval
	@$(VENV_PYTHON) scripts/eval/run.py --data $(EVAL_DATA) --out target/eval
	@$(VENV_PYTHON) scripts/eval/multi.py --data $(EVAL_DATA) --out target/eval

# Knobs: the BENCH_* variables in scripts/bench/run.py.
bench: build
	@bash scripts/setup.sh bench
	@$(VENV_PYTHON) scripts/bench/run.py

# FUZZ_SECONDS a target (default 300), one target after another; knobs in fuzz/run.py.
fuzz:
	@bash scripts/setup.sh fuzz
	@python3 fuzz/run.py

# Bad inputs through the CLI and the .wasm, and native = .wasm over the evaluation sets (docs/reliability.md).
reliability: build
	@python3 scripts/reliability/run.py

# Both paths (plain text, HTML) over the pasted real pages beside Lead-3 and sumy LexRank, scored by
# ../shared/pastes/score.py (docs/quality.md). Minutes, so not part of `make test`. The eval's Python tools.
pastes: build
	@bash scripts/setup.sh eval
	@$(VENV_PYTHON) scripts/pastes/run.py

clean:
	rm -rf target www/pkg pkg dist fuzz/target fuzz/corpus fuzz/artifacts
