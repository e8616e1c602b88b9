# CivicDesk: `make run` opens the app, `make test` runs every test. Both set everything up.
SHELL := /bin/sh
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PEOPLE ?= 100000

.PHONY: setup sysdeps run test test-slow test-dates demo forms lint bench translations screenshots dist clean

## setup: the virtual environment with CivicDesk and its dev tools (idempotent)
setup: sysdeps $(STAMP)

sysdeps:
	@scripts/sysdeps.sh

$(STAMP): pyproject.toml
	@scripts/setup_venv.sh $(PYTHON) $(VENV)
	@touch $@

## run: open CivicDesk on the default database (offers demo data when it is empty)
run: setup
	@if [ "$$(uname)" = Linux ] && [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]; then \
		echo "No screen found (DISPLAY is not set). Run 'make run' from a desktop session."; exit 1; fi
	$(BIN)/civicdesk

## test: the whole test suite, offscreen, except the slow tests (pyproject.toml's addopts),
## on SQLite, then again on a throw-away PostgreSQL server when PostgreSQL is installed
## (scripts/test_backends.sh; it says so when it skips that run)
test: setup
	@scripts/sysdeps.sh test
	@scripts/sysdeps.sh postgres
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} scripts/test_backends.sh $(BIN)/python $(PYTEST_ARGS)

## test-slow: the slow tests (marked `slow`): civicdesk demo and a loop of writes, each
## killed (SIGKILL) at 20 random moments, the file checked after every kill; all of
## Unicode's BidiTest.txt. On SQLite only, as test-dates: their subjects (a file killed
## mid-write, the clock) are not the back end's
test-slow: setup
	@scripts/sysdeps.sh test
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

## test-dates: the date-sensitive tests (marked `dates`) again under shifted clocks (faketime):
## the first of a month, and 29 February late at night west of New York; on SQLite only
test-dates: setup
	@scripts/sysdeps.sh test
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} scripts/test_dates.sh $(BIN)/python $(PYTEST_ARGS)

## demo: open CivicDesk on a temporary database full of demo data
demo: setup
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/civicdesk --data-dir "$$tmp" demo --people 2000 && $(BIN)/civicdesk --data-dir "$$tmp"

## forms: regenerate civicdesk/gui/forms from ui/*.ui
forms: setup
	$(BIN)/python scripts/build_forms.py

## lint: ruff
lint: setup
	$(BIN)/ruff check civicdesk tests bench scripts build.spec

## bench: the benchmark suite (make bench PEOPLE=100000); writes bench/results.json
bench: setup
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m bench --people $(PEOPLE)

## translations: update resources/translations/*.ts from the sources, then build the .qm files
translations: setup
	$(BIN)/python scripts/translations.py

## screenshots: every screen as PNG into build/screenshots/ (100 % and 200 %, Spanish, French,
## the pseudo-language, right to left, high contrast), under Xvfb when it is there
SHOTS := --scale 1|--scale 2|--lang es|--lang fr|--scale 1.5 --lang es|--scale 2 --lang fr|--pseudo|--scale 2 --pseudo|--rtl|--scale 2 --rtl|--theme high-contrast|--scale 2 --theme high-contrast
screenshots: setup
	@scripts/sysdeps.sh screenshots
	@shots='$(SHOTS)'; IFS='|'; for args in $$shots; do \
		IFS=' '; $(BIN)/python scripts/screenshots.py $$args || exit 1; done

## dist: the installable app: dist/CivicDesk/ (PyInstaller, build.spec), checked with its own
## --self-test, then on Linux dist/civicdesk_<version>_<arch>.deb and a .tar.gz of the bundle
dist: setup
	@scripts/sysdeps.sh dist
	rm -rf dist build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level ERROR --workpath build/pyinstaller \
		--distpath dist build.spec
	dist/CivicDesk/$(if $(filter Linux,$(shell uname)),civicdesk,CivicDesk) --self-test
	@if [ "$$(uname)" = Linux ]; then $(BIN)/python scripts/package_linux.py; fi

clean:
	rm -rf $(VENV) build dist .pytest_cache
