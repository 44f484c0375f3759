# The two commands of the README. Both work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install install-dev run test lint bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3

install: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'

# `make run`: installs, applies migrations, serves the API on :8000 and, with
# TELEGRAM_BOT_TOKEN set, the bot (SQLite file kawan.db unless DATABASE_URL says otherwise).
run: install
	$(BIN)/kawan run

# `make test`: installs, starts PostgreSQL if it is down, then lint, types, content, tests.
test: install-dev
	bash scripts/test.sh

bench: install-dev
	bash scripts/bench.sh
