"""Run the cancellation stress test under Python 3.10 and 3.11 too.

Their ``asyncio`` differs from 3.12's exactly where item 1 of issue 11 lived, and the default
interpreter covers only one version. ``make other-pythons`` (part of ``make test``) builds
``.venv-py310`` and ``.venv-py311`` from the interpreters pyenv installed under
``~/.pyenv/versions``; a version is skipped only when no such interpreter exists.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
MODULE = Path(__file__).with_name("test_cancel_connect.py")
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"


@pytest.mark.parametrize("version", ["3.10", "3.11"])
def test_cancel_stress_under_other_python(version: str) -> None:
    venv_python = ROOT / f".venv-py{version.replace('.', '')}" / "bin" / "python"
    if not venv_python.exists():
        if not any(PYENV_VERSIONS.glob(f"{version}.*/bin/python")):
            pytest.skip(f"no Python {version} under {PYENV_VERSIONS} (install it with pyenv)")
        pytest.fail(f"Python {version} is installed but not {venv_python}: `make other-pythons`")
    result = subprocess.run(
        [str(venv_python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(MODULE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"under Python {version}:\n{result.stdout}\n{result.stderr}"
    assert "2 passed" in result.stdout
