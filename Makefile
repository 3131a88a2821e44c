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

.PHONY: run test bench bench-large lint typecheck screenshots translations clean

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
	@packaging/linux_qt_libs.sh
	$(BIN)/genwerkt-desktop

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The program's bytecode is compiled first, as an installed genwerkt has it (pip and the
# frozen app both ship it): the process timings then measure genwerkt, not the compiler,
# also where PYTHONDONTWRITEBYTECODE keeps Python from caching it.
bench: $(STAMP)
	$(BIN)/python -m compileall -q genwerkt_desktop
	$(BIN)/python -m benchmarks.run

# 8,000 clients (issue 18); not part of CI, takes a good while.
bench-large: $(STAMP)
	$(BIN)/python -m compileall -q genwerkt_desktop
	$(BIN)/python -m benchmarks.run --large --out benchmarks/results-large.json

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m genwerkt_desktop.ui.screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# --- Packaging (README "Packaging and installing"; packaging/README.md) -------------------
# make wheel-check  the wheel in a fresh venv outside the repository, smoke-tested
# make dist         the PyInstaller one-folder build dist/genwerkt/ (+ the Linux tarball)
# make dist-check   smoke test of that folder, copied to a path with a space
DIST_VENV := build/venv-dist
DIST_STAMP := $(DIST_VENV)/.installed
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' genwerkt_desktop/__init__.py)
UNAME := $(shell uname -s)

.PHONY: wheel-check dist dist-check

wheel-check:
	$(PYTHON) packaging/wheel_check.py

$(DIST_STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) niet gevonden; zet PYTHON=..."; exit 1; }
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DIST_VENV)/bin/python -m pip install --quiet ".[dist]"
	@touch $(DIST_STAMP)

# The project is installed (not editable) into the build venv afresh each time, so the
# frozen app carries the sources as they are now.
dist: $(DIST_STAMP)
ifeq ($(UNAME),Linux)
	packaging/linux_qt_libs.sh --always
endif
	rm -rf build/lib build/bdist.* dist/genwerkt dist/genwerkt.app dist/genwerkt-*.tar.gz
	$(DIST_VENV)/bin/python -m pip install --quiet --no-deps --force-reinstall .
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/genwerkt.spec
ifeq ($(UNAME),Linux)
	packaging/linux/tarball.sh $(VERSION)
endif
	@du -sh dist/genwerkt

dist-check:
	@test -x dist/genwerkt/genwerkt || { echo "make dist eerst"; exit 2; }
	@tmp=$$(mktemp -d) && mkdir "$$tmp/a folder with spaces" && \
	  cp -a dist/genwerkt "$$tmp/a folder with spaces/genwerkt" && \
	  cd "$$tmp" && $(PYTHON) $(CURDIR)/packaging/smoke.py \
	    "$$tmp/a folder with spaces/genwerkt/genwerkt" \
	    --desktop "$$tmp/a folder with spaces/genwerkt/genwerkt-desktop"; \
	  status=$$?; rm -rf "$$tmp"; exit $$status

# Adversarial proof of the command-line contract (proof/README.md): real SIGKILLs,
# tampered stores, bad input, two processes, a full disk.  ~15 min; --short ~3 min.
# The full run rewrites proof/results.json, the record proof/README.md points to.
.PHONY: proof proof-short
proof: $(STAMP)
	$(BIN)/python -m proof.run

proof-short: $(STAMP)
	$(BIN)/python -m proof.run --short --out proof/results-short.json
