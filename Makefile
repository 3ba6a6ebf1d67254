# Two commands matter: `make run` and `make test`. The venv is made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The Debian/Ubuntu packages Qt needs (one list, in that script): as root with apt it installs what
# is missing, otherwise it prints the apt-get line and stops before pip; elsewhere it does nothing.
# `make SYSTEM_DEPS=true run` skips it.
SYSTEM_DEPS ?= .ci/system-deps --install

.PHONY: run test lint typecheck bench soak clean system-deps translations dist dist-check deb

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

# mypy over the package ([tool.mypy] in pyproject.toml: domain, services and runner strictly)
typecheck: $(STAMP)
	$(BIN)/mypy

# Nightly (docs/reliability.md T1, T2, T5): SOAK_KILLS killed `book` processes on SQLite and on PostgreSQL
# (WORKSTATION_TEST_PG_URL; without it that half is skipped, and says so), a fifth of them at least
# inside held creates, and the 10 000-step ledger state machine. Takes hours; figures are printed.
SOAK_KILLS ?= 500
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen WORKSTATION_KILLS=$(SOAK_KILLS) WORKSTATION_KILLS_MIN_HELD=$$(( $(SOAK_KILLS) / 5 )) \
	  WORKSTATION_MACHINE_STEPS=10000 $(BIN)/python -m pytest -q -s -rs \
	  tests/engine/test_kill_harness.py tests/engine/test_ledger_machine.py

# Extract every text of the window, merge into resources/translations/*.ts, compile the .qm files;
# new texts arrive as type="unfinished" and the i18n tests fail until they are translated.
translations: $(STAMP)
	$(BIN)/python resources/translations/update.py

# A frozen build in dist/workstation/ (window, CLI and sandbox in one folder; PyInstaller), and
# its smoke test: the three programs from the folder alone on a fresh data directory.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/workstation.spec

dist-check: dist
	$(BIN)/python packaging/smoke.py dist/workstation

# A .deb around that folder (packaging/build-deb.sh): /opt/workstation, /usr/bin/workstation and
# workstation-cli, a .desktop entry; Depends on the libraries of .ci/system-deps.
deb: dist
	packaging/build-deb.sh dist/workstation dist

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

system-deps:
	@$(SYSTEM_DEPS)

clean:
	rm -rf $(VENV) build dist *.egg-info
