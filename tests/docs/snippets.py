"""The Python snippets of the README and the documentation site, as the tests see them.

The convention the docs follow (see the README's "Development" section):

- Every fenced ```` ```python ```` block is a **complete program**: its imports, its
  ``async def main()`` and ``asyncio.run(main())`` (or a module that only defines things,
  such as a web app). Copied into a file, it runs. The tests run it against the package's
  fake Twilio and type-check it with ``mypy --strict`` and pyright strict.
- A block whose first line is a comment starting ``# fragment`` is a **fragment** (a
  line to paste into a program shown elsewhere); it says so to the reader, and the tests
  neither run nor type-check it.
- A program with top-level ``test_*`` functions is a **test module**, run by pytest.
- ``<!-- snippet: whole-api -->`` on the line before a block marks a program that uses
  products beyond Messages (Lookups, Verify, Conversations, ...): it runs once the fake
  Twilio serves the whole API, and until then is expected to fail with a 404.
- A program that reads ``REDIS_URL`` gets a real ``redis-server`` of its own.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
MARKER = re.compile(r"<!-- snippet: ([\w -]+) -->\s*$")


@dataclass(frozen=True)
class Snippet:
    """One ```` ```python ```` block of one page."""

    page: str  # relative to the repository root: README.md, docs/guides/verify.md
    line: int  # the page's line number of the block's first line of code
    source: str
    markers: frozenset[str]

    @property
    def id(self) -> str:
        """``README.md:42``: where to find it."""
        return f"{self.page}:{self.line}"

    @property
    def module_name(self) -> str:
        """A unique Python module name for the snippet written to a file."""
        stem = re.sub(r"\W+", "_", self.page.removesuffix(".md").lower()).strip("_")
        return f"snippet_{stem}_l{self.line}"

    @property
    def kind(self) -> str:
        """``fragment``, ``test-module`` or ``program``."""
        if self.source.lstrip().startswith("# fragment"):
            return "fragment"
        tree = ast.parse(self.source)
        tests = [
            node
            for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.name.startswith("test_")
        ]
        return "test-module" if tests else "program"

    @property
    def needs_whole_api(self) -> bool:
        """Marked as using products the Messages-only fake does not serve."""
        return "whole-api" in self.markers

    @property
    def needs_redis(self) -> bool:
        """Reads ``REDIS_URL``: the runner starts a redis-server for it."""
        return "REDIS_URL" in self.source

    @property
    def mocks_http(self) -> bool:
        """Answers its own requests (respx, ``httpx.MockTransport``): no fake is pointed at."""
        return "respx" in self.source or "MockTransport" in self.source

    def padded(self) -> str:
        """The source with blank lines before it, so line numbers are the page's."""
        return "\n" * (self.line - 1) + self.source


def pages() -> list[Path]:
    """The README and every page of the documentation site."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


@functools.cache
def snippets() -> tuple[Snippet, ...]:
    """Every Python block of every page, in page order."""
    found = []
    for path in pages():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for match in FENCE.finditer(text):
            fence_line = text.count("\n", 0, match.start())  # 0-based line of the fence
            before = lines[fence_line - 1] if fence_line > 0 else ""
            markers = MARKER.search(before)
            found.append(
                Snippet(
                    str(path.relative_to(ROOT)),
                    fence_line + 2,
                    match[1],
                    frozenset(markers[1].split()) if markers else frozenset(),
                )
            )
    return tuple(found)


def of_kind(*kinds: str) -> list[Snippet]:
    """The snippets of these kinds."""
    return [snippet for snippet in snippets() if snippet.kind in kinds]
