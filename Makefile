# Two commands on a fresh machine: `make test` and `make demo`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PRISM_DIR := tests/prism

.PHONY: test demo lint typecheck pytest docs install prism bench clean generate generated-check

test: install prism generated-check lint typecheck pytest docs

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Prism (Twilio's spec as a mock server) for the contract tests, pinned by the lock file.
prism: $(PRISM_DIR)/node_modules/.installed

$(PRISM_DIR)/node_modules/.installed: $(PRISM_DIR)/package.json $(PRISM_DIR)/package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node 20) is required for the Prism contract tests"; exit 1; }
	npm ci --prefix $(PRISM_DIR) --no-audit --no-fund --loglevel=error
	touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy --strict twilio_async codegen

pytest: install prism
	$(BIN)/pytest -q

# The documentation site (mkdocs-material + mkdocstrings); --strict turns any warning, such as
# a reference to a name that no longer exists, into a failure. Output in site/.
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

demo: install
	$(BIN)/python -m twilio_async.demo $(ARGS)

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) $(PRISM_DIR)/node_modules .mypy_cache .pytest_cache .ruff_cache site

# Regenerate twilio_async/rest/ (and the README's coverage table) from specs/twilio-oai/.
generate: install
	$(BIN)/python -m codegen

# The committed generated tree must be exactly what the generator writes.
generated-check: install
	$(BIN)/python -m codegen --check
