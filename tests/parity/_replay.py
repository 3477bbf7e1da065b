"""Repeat the oracle's calls on ``twilio_async`` and compare the requests it sends.

Each :class:`~tests.parity._oracle.OracleCall` is followed on our client with the same steps
(``getattr`` and calls with the same keys), the same method is called with the same keywords
(awaited; a stream is consumed for one item), and the first request is captured with respx
(the ``httpx`` mocker, so every request is intercepted whatever transport it would take).
Compared: HTTP method, scheme + host + percent-decoded path, the query and form multidicts
(order-insensitive), a JSON body, and the headers the SDK's operation set explicitly
(``X-Twilio-Webhook-Enabled``, ``If-Match``, ...).
"""

from __future__ import annotations

import contextlib
import inspect
import warnings
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

import anyio
import httpx
import respx

import twilio_async
from tests.parity._oracle import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    CANNED_BODY,
    CapturedRequest,
    OracleCall,
    Pairs,
    normalise,
)
from twilio_async.oauth import StaticBearerToken

#: A call that takes longer than this has hung (every response is canned and immediate).
CALL_TIMEOUT = 5.0


@dataclass(frozen=True)
class Outcome:
    """The verdict on one operation: ``category`` is None when the requests match."""

    call: OracleCall
    category: str | None = None  # e.g. "navigation", "keywords", "query differs"
    detail: str = ""

    @property
    def matched(self) -> bool:
        return self.category is None

    @property
    def reason(self) -> str:
        return f"{self.category}: {self.detail}" if self.detail else str(self.category)


def capture_httpx(request: httpx.Request, explicit: Iterable[str]) -> CapturedRequest:
    """Normalise an httpx request the way the oracle normalises the SDK's."""
    return normalise(
        method=request.method,
        url=str(request.url),
        body=request.content.decode(),
        headers=request.headers.items(),
        wanted=set(explicit),
    )


def _url_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{unquote(parts.path)}"


def _pairs_diff(expected: Pairs, actual: Pairs) -> str:
    """Short description of how two multidicts differ (names only where values agree)."""
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    missing_names = {k for k, _ in missing}
    extra_names = {k for k, _ in extra}
    wrong = sorted(missing_names & extra_names)
    parts = []
    if wrong:
        shown = [f"{k} {dict(missing)[k]!r}->{dict(extra)[k]!r}" for k in wrong[:3]]
        parts.append("value " + ", ".join(shown) + (" ..." if len(wrong) > 3 else ""))
    if missing_names - extra_names:
        parts.append("missing " + ",".join(sorted(missing_names - extra_names)))
    if extra_names - missing_names:
        parts.append("extra " + ",".join(sorted(extra_names - missing_names)))
    return "; ".join(parts)


def compare(expected: CapturedRequest, actual: CapturedRequest) -> tuple[str, str] | None:
    """None if equal, else ``(category, detail)``."""
    if expected.method != actual.method:
        return "HTTP method differs", f"{expected.method} != {actual.method}"
    if _url_key(expected.url) != _url_key(actual.url):
        return "URL differs", f"{_url_key(expected.url)} != {_url_key(actual.url)}"
    if expected.query != actual.query:
        return "query differs", _pairs_diff(expected.query, actual.query)
    if expected.body_kind != actual.body_kind:
        return "body kind differs", f"{expected.body_kind} != {actual.body_kind}"
    if expected.form != actual.form:
        return "form differs", _pairs_diff(expected.form, actual.form)
    if expected.json_body != actual.json_body:
        return "JSON body differs", ""
    if expected.headers != actual.headers:
        return "headers differ", _pairs_diff(expected.headers, actual.headers)
    return None


class Recorder:
    """Captures every request our client sends and answers like the oracle's mock."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "DELETE":
            return httpx.Response(204)
        return httpx.Response(
            200, content=CANNED_BODY, headers={"Content-Type": "application/json"}
        )


async def _drive(result: Any) -> None:
    """Await a coroutine, or take one item from an async iterator."""
    if inspect.isawaitable(result):
        result = await result
    if hasattr(result, "__aiter__"):
        iterator = result.__aiter__()
        try:
            await iterator.__anext__()
        except StopAsyncIteration:
            pass
        finally:
            close = getattr(iterator, "aclose", None)
            if close is not None:
                await close()


async def replay_one(client: Any, call: OracleCall, recorder: Recorder) -> Outcome:
    """Repeat one oracle call on ``client`` and judge the request it sent."""
    with anyio.move_on_after(CALL_TIMEOUT):
        return await _replay_one(client, call, recorder)
    return Outcome(call, "timed out", f"no verdict within {CALL_TIMEOUT} s")


async def _replay_one(client: Any, call: OracleCall, recorder: Recorder) -> Outcome:
    recorder.requests.clear()
    obj = client
    walked = "client"
    for kind, arg in call.steps:
        if kind == "attr":
            if not hasattr(obj, arg):
                return Outcome(call, "navigation", f"no attribute {arg!r} on {walked}")
            obj = getattr(obj, arg)
            walked += f".{arg}"
        else:
            try:
                obj = obj(*arg)
            except TypeError as exc:
                return Outcome(call, "navigation", f"{walked}(...) rejected the key: {exc}")
            walked += "(...)"
    method = getattr(obj, call.method, None)
    if method is None:
        return Outcome(call, "no method", f"{walked} has no {call.method}()")
    try:
        result = method(**call.kwargs)
    except TypeError as exc:
        return Outcome(call, "keywords rejected", str(exc).split(")", 1)[-1].strip())
    except Exception as exc:
        return Outcome(call, "raised before sending", f"{type(exc).__name__}: {exc}")
    error: Exception | None = None
    try:
        await _drive(result)
    except Exception as exc:  # canned bodies do not decode into everything
        error = exc
    if not recorder.requests:
        if isinstance(error, TypeError):  # our keyword validation runs inside the coroutine
            return Outcome(call, "keywords rejected", str(error)[:200])
        detail = f"{type(error).__name__}: {error}" if error else "no request"
        return Outcome(call, "raised before sending", detail[:200])
    expected = call.request
    assert expected is not None
    actual = capture_httpx(recorder.requests[0], explicit={n for n, _ in expected.headers})
    diff = compare(expected, actual)
    return Outcome(call) if diff is None else Outcome(call, *diff)


@contextlib.asynccontextmanager
async def mocked_client() -> AsyncIterator[tuple[twilio_async.Client, Recorder]]:
    """Our client with the oracle's credentials, every request answered by a recorder."""
    recorder = Recorder()
    with respx.mock(using="httpx", assert_all_called=False) as router:
        router.route().mock(side_effect=recorder)
        async with (
            httpx.AsyncClient() as http_client,
            twilio_async.Client(
                ACCOUNT_SID,
                AUTH_TOKEN,
                http_client=http_client,
                retry=None,
                # The organization operations take only a bearer token (the oracle's SDK
                # client sends Basic there, which Twilio refuses); the request is the same.
                oauth=StaticBearerToken("parity-oauth-token"),
            ) as client,
        ):
            yield client, recorder


async def replay_all(calls: list[OracleCall]) -> list[Outcome]:
    """Replay every oracle call on one ``twilio_async.Client``."""
    # Flex Insights' ``authorization`` keyword warns that it is not sent (the SDK drops it
    # silently); the comparison, not the warning, is what counts here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        async with mocked_client() as (client, recorder):
            return [await replay_one(client, call, recorder) for call in calls]


def run_replay(calls: list[OracleCall]) -> list[Outcome]:
    """Synchronous entry point (pytest fixtures, the report script)."""
    return anyio.run(replay_all, calls)
