# Two commands matter: `make run` and `make test`. The venv is made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The Debian/Ubuntu packages Qt needs (one list, in that script): as root with apt it installs what
# is missing, otherwise it prints the apt-get line and stops before pip; elsewhere it does nothing.
# `make SYSTEM_DEPS=true run` skips it.
SYSTEM_DEPS ?= .ci/system-deps --install

.PHONY: run test lint bench soak clean system-deps

# Order-only: checked (quickly) before every venv use, never a reason to reinstall the venv.
$(STAMP): pyproject.toml | system-deps
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

system-deps:
	@$(SYSTEM_DEPS)

clean:
	rm -rf $(VENV) build *.egg-info
