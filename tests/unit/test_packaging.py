"""The distribution's metadata: the MIT license file and the project URLs.

Read from the installed distribution (``make install`` builds it with hatchling, the same
backend and metadata as the wheel), so a change to ``pyproject.toml`` is checked as shipped.
"""

from __future__ import annotations

from importlib.metadata import distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_license_file_ships_with_the_distribution() -> None:
    dist = distribution("twilio-async")
    assert dist.metadata["License-Expression"] == "MIT"
    shipped = [f for f in dist.files or [] if f.name == "LICENSE"]
    assert shipped, "LICENSE is not in the distribution's metadata"
    text = shipped[0].read_text(encoding="utf-8")
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")


def test_project_urls_name_the_repository_docs_issues_and_changelog() -> None:
    urls = dict(
        entry.split(", ", 1)
        for entry in distribution("twilio-async").metadata.get_all("Project-URL") or []
    )
    assert set(urls) == {"Homepage", "Documentation", "Repository", "Issues", "Changelog"}
    assert all(url.startswith("https://") for url in urls.values())
