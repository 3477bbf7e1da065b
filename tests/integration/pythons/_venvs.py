"""The small venvs ``make other-pythons`` builds, and running a test module in one."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"


def installed(version: str) -> bool:
    """Whether pyenv has ``3.13`` (a release, not a free-threaded build) or ``3.13t``."""
    if version.endswith("t"):
        return any(PYENV_VERSIONS.glob(f"{version[:-1]}.*t/bin/python"))
    found = PYENV_VERSIONS.glob(f"{version}.*/bin/python")
    return any(path.parent.parent.name[-1].isdigit() for path in found)


def run_module_under(version: str, module: Path) -> str:
    """Run ``module``'s tests in ``.venv-py<version>``; return pytest's output.

    Skips when pyenv has no such interpreter (it cannot be downloaded here: the machine
    reaches PyPI, npm and Debian, not python.org); fails when it has one but the venv is
    missing, or when a test fails.
    """
    venv_python = ROOT / f".venv-py{version.replace('.', '')}" / "bin" / "python"
    if not venv_python.exists():
        if not installed(version):
            pytest.skip(
                f"no Python {version} under {PYENV_VERSIONS}; `pyenv install {version}` needs "
                "python.org, which this machine cannot reach (then `make other-pythons`)"
            )
        pytest.fail(f"Python {version} is installed but not {venv_python}: `make other-pythons`")
    result = subprocess.run(
        [str(venv_python), "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(module)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, f"under Python {version}:\n{result.stdout}\n{result.stderr}"
    return result.stdout
