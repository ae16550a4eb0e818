# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.stamp-run
STAMP_DEV := $(VENV)/.stamp-dev
SRC := $(wildcard synthguard tests benchmarks)

.PHONY: run test lint format typecheck docs bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "synthguard needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV) || { scripts/apt-install.sh python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[service,c2pa,safety,faces,fingerprint]'
	@touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[service,c2pa,safety,faces,fingerprint,dev]'
	@touch $@

## Install the default feature set into .venv/ and serve http://127.0.0.1:8000
run: $(STAMP_RUN)
	$(BIN)/synthguard serve

## Install the dev extras and run lint, type checks and the default test suite
## (the store tests start their own PostgreSQL server from the Debian package)
test: $(STAMP_DEV) lint typecheck
	scripts/apt-install.sh postgresql
	SYNTHGUARD_REQUIRE_POSTGRES=1 $(BIN)/coverage run -m pytest
	$(BIN)/coverage report

lint: $(STAMP_DEV)
	$(BIN)/ruff check $(SRC)
	$(BIN)/ruff format --check $(SRC)

typecheck: $(STAMP_DEV)
	$(BIN)/mypy

format: $(STAMP_DEV)
	$(BIN)/ruff check --fix $(SRC)
	$(BIN)/ruff format $(SRC)

## Regenerate the generated docs (settings reference)
docs: $(STAMP_DEV)
	$(BIN)/python -c 'from synthguard.config import settings_markdown as md; print(md(), end="")' > docs/settings.md

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage
