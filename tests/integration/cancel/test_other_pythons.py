"""Run the cancellation stress test under Python 3.10 and 3.11 too.

Their ``asyncio`` differs from 3.12's exactly where item 1 of issue 11 lived, and the default
interpreter covers only one version. ``make other-pythons`` (part of ``make test``) builds
``.venv-py310`` and ``.venv-py311`` from the interpreters pyenv installed under
``~/.pyenv/versions``; a version is skipped only when no such interpreter exists.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.pythons._venvs import run_module_under

MODULE = Path(__file__).with_name("test_cancel_connect.py")


@pytest.mark.parametrize("version", ["3.10", "3.11"])
def test_cancel_stress_under_other_python(version: str) -> None:
    assert "2 passed" in run_module_under(version, MODULE)
