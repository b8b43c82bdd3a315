# Two commands on a fresh machine with Python 3.11+, make, node and npm: `make run`, `make test`.
# `make run ARGS="--jira-port 9001"` passes options through to `glanceapp sandbox`.
PYTHON ?= python3
ARGS ?=
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The certified OpenID Connect provider the tests and `sandbox --sign-in oidc` run (npm, pinned).
PROVIDER := tools/oidc-provider
PROVIDER_STAMP := $(PROVIDER)/node_modules/.installed
FORGE_STAMP := forge/node_modules/.installed

.PHONY: run serve test lint typecheck pytest bench mutation mutation-connect mutation-auth mutation-links clean provider forge-ui

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(PROVIDER_STAMP): $(PROVIDER)/package.json $(PROVIDER)/package-lock.json
	cd $(PROVIDER) && npm ci --no-audit --no-fund --loglevel=error
	touch $(PROVIDER_STAMP)

provider: $(PROVIDER_STAMP)

# The Forge app's pinned npm packages: the bundler, @forge/bridge and Atlassian's
# manifest validator, which the tests call (npm ci: exactly the lock file).
$(FORGE_STAMP): forge/package.json forge/package-lock.json
	cd forge && npm ci --no-audit --no-fund --loglevel=error
	touch $(FORGE_STAMP)

# Rebuild the Custom UI resource (forge/static/glance/) after editing forge/src/ or static/app.css.
forge-ui: $(STAMP) $(FORGE_STAMP)
	$(BIN)/python tools/build_forge_ui.py

run: $(STAMP)
	$(BIN)/glanceapp sandbox $(ARGS)

serve: $(STAMP)
	$(BIN)/glanceapp serve $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(PROVIDER_STAMP) $(FORGE_STAMP)
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
	$(call MUTMUT_RUN,"glanceapp.connect*" "glanceapp.forge*" "glanceapp.rules*",tests/connect tests/forge tests/test_rules.py,glanceapp.connect glanceapp.forge glanceapp.rules)
mutation-auth: $(STAMP)
	$(call MUTMUT_RUN,"glanceapp.web.auth*" "glanceapp.web.guards*",tests/web/test_auth.py tests/web/test_guards.py tests/web/test_lifecycle.py,glanceapp.web.auth glanceapp.web.guards)
mutation-links: $(STAMP)
	$(call MUTMUT_RUN,"glanceapp.service.links*" "glanceapp.service.link_status*" "glanceapp.service.lease*" "glanceapp.service.recovery*" "glanceapp.service.apikeys*" "glanceapp.text*",tests/service tests/web/test_errors.py,glanceapp.service glanceapp.text)
mutation: mutation-connect mutation-auth mutation-links

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(PROVIDER)/node_modules forge/node_modules mutants
