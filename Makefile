# Two commands on a fresh machine: `make demo` and `make test`. Both build .venv from the lock file.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= $(or $(BILAN_SHARED),../shared)
OUT ?= out

.PHONY: setup demo test eval places lint typecheck gold clean lock

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/bilan extract examples/corpus.jsonl -o $(OUT)/demo.jsonl
	$(BIN)/bilan extract examples/corpus.jsonl --pretty -o $(OUT)/demo.txt
	@cat $(OUT)/demo.txt
	@rm -f $(OUT)/demo.duckdb
	$(BIN)/bilan ingest examples/corpus.jsonl --db $(OUT)/demo.duckdb
	$(BIN)/bilan events --db $(OUT)/demo.duckdb
	$(BIN)/bilan tally --db $(OUT)/demo.duckdb --outcome killed
	@echo "wrote $(OUT)/demo.jsonl, $(OUT)/demo.txt and $(OUT)/demo.duckdb; now scoring the gold sets:"
	$(BIN)/bilan eval --shared $(SHARED) --out $(OUT)/eval

test: $(STAMP)
	$(BIN)/ruff check src tests eval
	$(BIN)/mypy
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/bilan eval --shared $(SHARED)

places: $(STAMP)
	$(BIN)/python eval/places.py

gold: $(STAMP)
	$(BIN)/python eval/build_gold.py

lock:
	pip-compile --extra dev --strip-extras --generate-hashes --allow-unsafe -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
