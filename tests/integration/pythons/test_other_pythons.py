"""The client under Python 3.10, 3.11, 3.13, 3.14 and the free-threaded 3.13t/3.14t builds.

``make other-pythons`` (part of ``make test``) builds a small venv (``.venv-py313``, ...)
for each interpreter it finds under ``~/.pyenv/versions``; this runs ``smoke_checks.py`` in
each. An interpreter that is not installed is skipped with a message saying so: this
machine reaches PyPI, npm and Debian but not python.org, so ``make`` cannot install one
(``pyenv install`` and ``uv python install`` both download from elsewhere).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.pythons._venvs import run_module_under

SMOKE = Path(__file__).with_name("smoke_checks.py")


@pytest.mark.parametrize("version", ["3.10", "3.11", "3.13", "3.14", "3.13t", "3.14t"])
def test_smoke_under_other_python(version: str) -> None:
    assert "3 passed" in run_module_under(version, SMOKE)
