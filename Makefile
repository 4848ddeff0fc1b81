# Abridge: every command a person or CI needs. Each target installs what it is missing first
# (scripts/setup.sh is idempotent), so `make test` works on a fresh machine.
SHELL := /bin/bash
HOST ?= 127.0.0.1
PORT ?= 8080
EVAL_DATA ?= ../shared/eval
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup build serve test eval bench pastes clean

setup:
	@bash scripts/setup.sh

build: setup
	@python3 scripts/build.py

serve: build
	@python3 scripts/serve.py --host $(HOST) --port $(PORT)

test: build
	@bash scripts/test.sh

eval: setup
	@bash scripts/eval.sh $(EVAL_DATA)

bench: build
	@bash scripts/bench.sh

# Both paths (plain text, HTML) over the pasted real pages beside Lead-3 and sumy LexRank, scored by
# ../shared/pastes/score.py (docs/quality.md). Minutes, so not part of `make test`. The eval's Python tools.
pastes: build
	@bash scripts/setup.sh eval
	@.venv/bin/python scripts/pastes/run.py

clean:
	rm -rf target www/pkg pkg dist
