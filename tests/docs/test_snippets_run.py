"""Every program in the README and the docs runs, unchanged, against the fake Twilio.

Each program gets a fresh ``FakeTwilio`` on a 127.0.0.1 socket and the environment a user
would set (``TWILIO_ACCOUNT_SID``, ``TWILIO_AUTH_TOKEN``, ``TWILIO_API_KEY``,
``TWILIO_API_SECRET``) plus ``TWILIO_BASE_URL``, which points an unchanged ``Client()`` at
the fake. It runs as ``__main__`` in a fresh namespace
(its ``asyncio.run(main())`` included) in a scratch directory. A respx router around it
lets requests reach 127.0.0.1 only: nothing can leave the machine. Test modules (programs
with ``test_*`` functions) run under pytest in a subprocess, as a user's test file would.
"""

from __future__ import annotations

import base64
import functools
import importlib.metadata
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from tests.docs.snippets import ROOT, Snippet, of_kind, snippets
from twilio_async import NotFoundError
from twilio_async.testing import FakeTwilio
from twilio_async.testing._redis_server import redis_server

PROGRAMS = of_kind("program")
TEST_MODULES = of_kind("test-module")
_CLEARED = ("TWILIO_REGION", "TWILIO_EDGE", "REDIS_URL")
#: The API key of the user's environment, which the fake accepts too.
API_KEY, API_SECRET = "SK" + "d0c5" * 8, "api-key-secret-for-the-docs"


def test_every_guide_has_programs_and_markers_are_known() -> None:
    guides = {path.stem for path in (ROOT / "docs" / "guides").glob("*.md")}
    with_programs = {
        Path(snippet.page).stem
        for snippet in [*PROGRAMS, *TEST_MODULES]
        if snippet.page.startswith("docs/guides/")
    }
    assert with_programs == guides
    assert {marker for snippet in snippets() for marker in snippet.markers} <= {"whole-api"}
    fragments = of_kind("fragment")
    assert all(snippet.source.startswith("# fragment: ") for snippet in fragments)
    assert len(fragments) <= 5  # a fragment is the exception: a program is the rule


@functools.cache
def whole_api_template() -> str | None:
    """How ``FakeTwilio`` serves products beyond Messages on a socket, if it does.

    Products share paths (``/v1/Services``), so a fake of every product may want the
    product in the path: ``"/{product}"`` appended to its base URL (``TWILIO_BASE_URL``
    takes that template as ``base_url`` does). ``None``: a Messages-only fake.
    """
    fake = FakeTwilio()
    token = base64.b64encode(f"{fake.account_sid}:{fake.auth_token}".encode()).decode()
    with fake.run_in_thread() as base_url:
        for suffix in ("/{product}", ""):
            url = (base_url + suffix).replace("{product}", "conversations") + "/v1/Conversations"
            answer = httpx.get(url, headers={"Authorization": f"Basic {token}"})
            if answer.status_code == 200:
                return suffix
    return None


def fake_serves_whole_api() -> bool:
    """Whether ``FakeTwilio`` answers products beyond Messages (a Conversations list here)."""
    return whole_api_template() is not None


@pytest.fixture
def twilio_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeTwilio]:
    """A user's environment pointing at a fresh fake, in a scratch working directory."""
    fake = FakeTwilio(api_keys={API_KEY: API_SECRET})
    for name in _CLEARED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", fake.account_sid)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", fake.auth_token)
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)  # Client() prefers the key when both are set
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    monkeypatch.chdir(tmp_path)
    # A program may turn on DEBUG logging for the package or add handlers: undo it after.
    loggers = [logging.getLogger(name) for name in _package_loggers()]
    saved = [(logger, logger.level, list(logger.handlers)) for logger in loggers]
    with fake.run_in_thread() as base_url:
        monkeypatch.setenv("TWILIO_BASE_URL", base_url + (whole_api_template() or ""))
        yield fake
    for logger, level, handlers in saved:
        logger.setLevel(level)
        logger.handlers[:] = handlers


def _package_loggers() -> list[str]:
    names = [name for name in logging.Logger.manager.loggerDict if name.startswith("twilio_async")]
    return ["twilio_async", "twilio_async.webhooks", *names]


def _expect_whole_api(snippet: Snippet, request: pytest.FixtureRequest) -> None:
    if snippet.needs_whole_api and not fake_serves_whole_api():
        request.applymarker(
            pytest.mark.xfail(
                raises=NotFoundError,
                strict=True,
                reason="uses products beyond Messages; runs once FakeTwilio serves the whole API",
            )
        )


@pytest.mark.parametrize("snippet", PROGRAMS, ids=lambda snippet: snippet.id)
def test_program_runs_against_the_fake(
    snippet: Snippet,
    twilio_env: FakeTwilio,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    _expect_whole_api(snippet, request)
    if snippet.mocks_http:
        monkeypatch.delenv("TWILIO_BASE_URL")  # it answers its own requests
    code = compile(snippet.padded(), snippet.page, "exec")
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as guard:
        guard.route(host="127.0.0.1").pass_through()
        if snippet.needs_redis:
            with redis_server() as redis:
                monkeypatch.setenv("REDIS_URL", redis.url)
                exec(code, {"__name__": "__main__"})
        else:
            exec(code, {"__name__": "__main__"})


@pytest.mark.parametrize("snippet", TEST_MODULES, ids=lambda snippet: snippet.id)
def test_test_module_passes_under_pytest(
    snippet: Snippet, twilio_env: FakeTwilio, tmp_path: Path
) -> None:
    (tmp_path / f"test_{snippet.module_name}.py").write_text(snippet.padded(), encoding="utf-8")
    # The fake's fixtures: through the package's pytest11 entry point when it has one,
    # else loaded explicitly, as the docs' conftest.py line does.
    autoloaded = any(
        point.value.startswith("twilio_async")
        for point in importlib.metadata.entry_points(group="pytest11")
    )
    plugin = [] if autoloaded else ["-p", "twilio_async.testing.pytest_plugin"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *plugin],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout
