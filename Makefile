# Two commands matter: `make run` and `make test`. The venv is made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench soak clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]' --config-settings editable_mode=compat
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/workstation $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check workstation tests benchmarks
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check workstation tests benchmarks

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen WORKSTATION_KILLS=200 $(BIN)/python -m pytest -q \
	  tests/engine/test_crash_and_races.py -k killed

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info
