# The two commands a newcomer needs are `make run` and `make test`; both set up .venv.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Translations: the .ts and the .qm built from it are both committed, so a wheel built
# anywhere carries English without Qt's tools; a test checks the .qm matches the .ts.
TS := resources/translations/genwerkt_en.ts
QM := resources/translations/genwerkt_en.qm
TR_SOURCES = $(shell find genwerkt_desktop/ui -name '*.py' | sort) genwerkt_desktop/app.py

.PHONY: run test bench lint typecheck screenshots translations clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) niet gevonden; zet PYTHON=..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# Refresh the .ts from the sources (new strings arrive as "unfinished"; translate them in
# pyside6-linguist), then build the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -source-language nl_BE \
		-target-language en_GB $(TR_SOURCES) -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	$(BIN)/genwerkt-desktop

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m genwerkt_desktop.ui.screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Adversarial proof of the command-line contract (proof/README.md): real SIGKILLs,
# tampered stores, bad input, two processes, a full disk.  ~15 min; --short ~3 min.
# The full run rewrites proof/results.json, the record proof/README.md points to.
.PHONY: proof proof-short
proof: $(STAMP)
	$(BIN)/python -m proof.run

proof-short: $(STAMP)
	$(BIN)/python -m proof.run --short --out proof/results-short.json
