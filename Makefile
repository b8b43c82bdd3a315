# Two commands on a fresh machine with Python 3.11+ and make: `make run`, `make test`.
# `make run ARGS="--jira-port 9001"` passes options through to `glanceapp sandbox`.
PYTHON ?= python3
ARGS ?=
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run serve test lint typecheck pytest bench mutation mutation-connect mutation-auth mutation-links clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/glanceapp sandbox $(ARGS)

serve: $(STAMP)
	$(BIN)/glanceapp serve $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python tools/ensure_browser.py
	$(BIN)/pytest

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m bench

# Mutation testing (minutes, not part of `make test`; see docs/testing.md). Each target
# judges its mutants by its own unit suite only (fresh stats, earlier verdicts kept).
MUTMUT_RUN = rm -f mutants/mutmut-stats.json && GLANCEAPP_MUTATION_TESTS="$(2)" \
	$(BIN)/mutmut run $(1) && $(BIN)/python tools/mutation_summary.py $(3)
mutation-connect: $(STAMP)
	$(call MUTMUT_RUN,"glanceapp.connect*" "glanceapp.forge*",tests/connect tests/forge,glanceapp.connect glanceapp.forge)
mutation-auth: $(STAMP)
	$(call MUTMUT_RUN,"glanceapp.web.auth*",tests/web/test_auth.py tests/web/test_lifecycle.py,glanceapp.web.auth)
mutation-links: $(STAMP)
	$(call MUTMUT_RUN,"glanceapp.service.links*" "glanceapp.service.apikeys*",tests/service,glanceapp.service)
mutation: mutation-connect mutation-auth mutation-links

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache mutants
