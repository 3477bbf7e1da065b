"""Show the parity figure and the main mismatch reasons at the end of every test run."""

from __future__ import annotations

import pytest

from tests.parity.report import evaluate, render


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if evaluate.cache_info().currsize:  # only when the parity tests ran
        terminalreporter.write_sep("-", "parity with the official SDK")
        terminalreporter.write_line(render(evaluate(), top=10))
