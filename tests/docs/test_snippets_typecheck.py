"""Every program in the README and the docs passes ``mypy --strict`` and pyright strict.

One batched run of each checker over all programs (fragments are not programs): each is
written to its own module, and each error is reported at its page and line. mypy runs
from the repository root, so it uses the project's configuration and shares its cache
with ``make typecheck``; pyright is the version pinned in ``tests/typecheck`` (``make
pyright`` installs it; a missing install fails, it never skips).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.docs.snippets import ROOT, Snippet, of_kind

CHECKED = of_kind("program", "test-module")
PYRIGHT = ROOT / "tests" / "typecheck" / "node_modules" / ".bin" / "pyright"


def _write(directory: Path) -> dict[str, Snippet]:
    by_file = {}
    for snippet in CHECKED:
        path = directory / f"{snippet.module_name}.py"
        path.write_text(snippet.padded(), encoding="utf-8")
        by_file[path.name] = snippet
    return by_file


def _located(by_file: dict[str, Snippet], file: str, line: int, message: str) -> str:
    snippet = by_file.get(Path(file).name)
    where = f"{snippet.page}:{line}" if snippet else f"{file}:{line}"
    return f"{where}: {message}"


def test_there_are_programs_to_check() -> None:
    assert len(CHECKED) >= 40


def test_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    by_file = _write(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--no-pretty",
            *(str(tmp_path / name) for name in by_file),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = [
        _located(by_file, match[1], int(match[2]), match[3])
        for match in re.finditer(r"^(.+?\.py):(\d+): (error: .*)$", result.stdout, re.M)
    ]
    assert errors == [], "\n".join(errors)
    assert result.returncode == 0, result.stdout + result.stderr


def test_snippets_pass_pyright_strict(tmp_path: Path) -> None:
    assert PYRIGHT.exists(), "pyright is not installed: run `make pyright` (npm, Node 20)"
    by_file = _write(tmp_path)
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.10",
        "include": sorted(by_file),
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "-p", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout)
    errors = [
        _located(
            by_file,
            diagnostic["file"],
            diagnostic["range"]["start"]["line"] + 1,
            f"{diagnostic['message']} ({diagnostic.get('rule', '')})",
        )
        for diagnostic in report["generalDiagnostics"]
        if diagnostic["severity"] == "error"
    ]
    assert errors == [], "\n".join(errors)
    assert report["summary"]["filesAnalyzed"] == len(by_file)
