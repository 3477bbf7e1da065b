"""The client under Python 3.10, 3.11, 3.13, 3.14 and the free-threaded 3.13t/3.14t builds.

``make other-pythons`` (part of ``make test``) builds a small venv (``.venv-py313``, ...)
for each interpreter it finds under ``~/.pyenv/versions``; this runs ``smoke_checks.py`` in
each. An interpreter that is not installed is skipped with a message saying so: this
machine reaches PyPI, npm and Debian but not python.org, so ``make`` cannot install one
(``pyenv install`` and ``uv python install`` both download from elsewhere).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SMOKE = Path(__file__).with_name("smoke_checks.py")
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"


def installed(version: str) -> bool:
    """Whether pyenv has an interpreter for ``3.13`` (a release) or ``3.13t`` (free-threaded)."""
    if version.endswith("t"):
        return any(PYENV_VERSIONS.glob(f"{version[:-1]}.*t/bin/python"))
    return any(
        p.parent.parent.name[-1].isdigit() for p in PYENV_VERSIONS.glob(f"{version}.*/bin/python")
    )


@pytest.mark.parametrize("version", ["3.10", "3.11", "3.13", "3.14", "3.13t", "3.14t"])
def test_smoke_under_other_python(version: str) -> None:
    venv_python = ROOT / f".venv-py{version.replace('.', '')}" / "bin" / "python"
    if not venv_python.exists():
        if not installed(version):
            pytest.skip(
                f"no Python {version} under {PYENV_VERSIONS}; `pyenv install {version}` needs "
                "python.org, which this machine cannot reach (then `make other-pythons`)"
            )
        pytest.fail(f"Python {version} is installed but not {venv_python}: `make other-pythons`")
    result = subprocess.run(
        [str(venv_python), "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(SMOKE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, f"under Python {version}:\n{result.stdout}\n{result.stderr}"
    assert "3 passed" in result.stdout
