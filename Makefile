# Two commands on a fresh machine: `make test` and `make demo`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PRISM_DIR := tests/prism
PYRIGHT_DIR := tests/typecheck

.PHONY: test demo lint typecheck pytest docs install prism pyright redis other-pythons bench clean generate generated-check

test: install prism pyright redis other-pythons generated-check lint typecheck pytest docs

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

# Pyright for the strict type check of the documentation's snippets (tests/docs), pinned by
# the lock file like Prism; mypy is a Python dependency.
pyright: $(PYRIGHT_DIR)/node_modules/.installed

$(PYRIGHT_DIR)/node_modules/.installed: $(PYRIGHT_DIR)/package.json $(PYRIGHT_DIR)/package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node 20) is required for the snippet type check"; exit 1; }
	npm ci --prefix $(PYRIGHT_DIR) --no-audit --no-fund --loglevel=error
	touch $@

# Other Pythons (from pyenv) for the tests that must also pass there: asyncio's cancellation
# changed in 3.12 (tests/integration/cancel runs its stress test under 3.10 and 3.11), and
# tests/integration/pythons runs a smoke test under each of them plus 3.13, 3.14 and the
# free-threaded 3.13t/3.14t builds. One small venv per interpreter found (.venv-py313,
# .venv-py313t, ...): the package, pytest and pytest-asyncio, nothing more. A version that
# pyenv does not have is skipped with a message: `pyenv install` (and `uv python install`)
# download CPython from python.org or GitHub, which this machine and CI cannot reach, so
# `make` cannot install one reproducibly; the tests say which were skipped.
PYENV_ROOT ?= $(HOME)/.pyenv
OTHER_PYTHONS := 3.10 3.11 3.13 3.14 3.13t 3.14t

other-pythons:
	@for version in $(OTHER_PYTHONS); do \
	  venv=.venv-py$$(echo $$version | tr -d .); \
	  case $$version in \
	    *t) pattern="$${version%t}.*t" ;; \
	    *) pattern="$$version.*[0-9]" ;; \
	  esac; \
	  python=$$(ls -d $(PYENV_ROOT)/versions/$$pattern/bin/python 2>/dev/null | sort -V | tail -n 1); \
	  if [ -z "$$python" ]; then \
	    echo "Python $$version not found under $(PYENV_ROOT)/versions (pyenv cannot download it here): its tests will be skipped"; \
	    continue; \
	  fi; \
	  if [ ! -f $$venv/.installed ] || [ pyproject.toml -nt $$venv/.installed ]; then \
	    echo "building $$venv with $$python"; \
	    rm -rf $$venv && $$python -m venv $$venv && \
	    $$venv/bin/python -m pip install --quiet --upgrade pip && \
	    $$venv/bin/python -m pip install --quiet -e . 'pytest>=8' 'pytest-asyncio>=0.23' && \
	    touch $$venv/.installed || exit 1; \
	  fi; \
	done

# A real redis-server for the shared-limiter, journal and job-queue tests (each test starts
# its own on a free 127.0.0.1 port); Debian's package.
redis:
	@command -v redis-server >/dev/null || (apt-get update && apt-get install -y redis-server)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

typecheck: install
	$(BIN)/mypy --strict twilio_async codegen tests/static

pytest: install prism pyright redis
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
	rm -rf $(VENV) .venv-py3* $(PRISM_DIR)/node_modules $(PYRIGHT_DIR)/node_modules .mypy_cache .pytest_cache .ruff_cache site

# Regenerate twilio_async/rest/ (and the README's coverage table) from specs/twilio-oai/.
generate: install
	$(BIN)/python -m codegen

# The committed generated tree must be exactly what the generator writes.
generated-check: install
	$(BIN)/python -m codegen --check
