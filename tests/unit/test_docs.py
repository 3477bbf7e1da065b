"""Every Python snippet in the documentation runs, and every public name is in the reference.

The snippets of one page run in order in one namespace (a page may build on its earlier
blocks), with top-level ``await`` allowed, against the package's fake Twilio: the test sets
the environment credentials to the fake's, and every request to a ``*.twilio.com`` host is
answered by the fake in-process (respx routes it there), so nothing leaves the machine.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import httpx
import pytest
import respx

import twilio_async
from twilio_async import twiml, webhooks
from twilio_async.testing import FakeTwilio

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
TWILIO_HOST = re.compile(r"(.+\.)?twilio\.com")


def snippets(page: Path) -> list[tuple[int, str]]:
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, match.start()) + 2, match[1]) for match in FENCE.finditer(text)]


PAGES_WITH_SNIPPETS = [page for page in PAGES if snippets(page)]


def test_the_guides_have_snippets_to_run() -> None:
    guides = {page.stem for page in PAGES_WITH_SNIPPETS if page.parent.name == "guides"}
    assert guides == {
        "quick-start",
        "credentials",
        "bulk-sending",
        "retries",
        "testing",
        "webhooks-and-twiml",
        "webhooks",
        "migrating",
    }


@pytest.mark.parametrize("page", PAGES_WITH_SNIPPETS, ids=lambda page: page.stem)
async def test_page_snippets_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTwilio()
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", fake.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", fake.auth_token)
    for name in ("TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE"):
        monkeypatch.delenv(name, raising=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake)) as to_fake:

        async def answer_from_fake(request: httpx.Request) -> httpx.Response:
            url = request.url.copy_with(scheme="http", host="fake-twilio.test", port=None)
            headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
            answer = await to_fake.request(
                request.method, url, headers=headers, content=request.content
            )
            return httpx.Response(
                answer.status_code, headers=answer.headers, content=answer.content
            )

        namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
        with respx.mock(assert_all_called=False) as router:
            # Only the fake's account: a snippet's own respx mock of another account wins.
            router.route(host__regex=TWILIO_HOST, path__regex=fake.account_sid).mock(
                side_effect=answer_from_fake
            )
            router.route(host="127.0.0.1").pass_through()  # fake.run_in_thread()
            for line, source in snippets(page):
                code = compile(
                    ast.parse(source),
                    f"{page.relative_to(DOCS)}:{line}",
                    "exec",
                    flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                )
                result = eval(code, namespace)
                if inspect.iscoroutine(result):
                    await result


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
