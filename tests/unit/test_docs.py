"""Every public name is in the API reference, with a docstring.

The guides' snippets are run and type-checked by ``tests/docs``.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

import twilio_async
from twilio_async import twiml, webhooks

DOCS = Path(__file__).resolve().parents[2] / "docs"


def documented_names() -> set[str]:
    found: set[str] = set()
    for page in (DOCS / "reference").glob("*.md"):
        found.update(re.findall(r"^::: ([\w.]+)", page.read_text(encoding="utf-8"), re.M))
    return found


def test_every_public_name_is_in_the_reference() -> None:
    documented = documented_names()
    whole_modules = {"twilio_async.twiml", "twilio_async.webhooks", "twilio_async.testing"}
    assert whole_modules <= documented
    missing = {
        f"twilio_async.{name}" for name in twilio_async.__all__ if name != "__version__"
    } - documented
    assert missing == set()


@pytest.mark.parametrize("module", [twilio_async, twiml, webhooks], ids=lambda m: m.__name__)
def test_public_names_have_docstrings(module: object) -> None:
    undocumented = [
        name
        for name in getattr(module, "__all__", [])
        if (inspect.isclass(value := getattr(module, name)) or inspect.isfunction(value))
        and not inspect.getdoc(value)
    ]
    assert undocumented == []


def test_rst_roles_become_markdown_for_the_reference() -> None:
    import importlib.util

    path = DOCS.parent / "tools" / "griffe_rst_roles.py"
    spec = importlib.util.spec_from_file_location("griffe_rst_roles", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "See :class:`~twilio_async.Client` and :meth:`TwiML.add_child`. Like this::\n\n    x"
    assert module.markdown(text) == (
        "See `twilio_async.Client` and `TwiML.add_child`. Like this:\n\n    x"
    )
    assert module.markdown("a :: b") == "a :: b"
