"""``FakeTwilio``: an in-memory Twilio Messages API, served as an ASGI app on Starlette."""

from __future__ import annotations

import base64
import binascii
import hmac
import random
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import anyio
import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, Router, request_response
from starlette.types import Receive, Scope, Send

from twilio_async.testing import _server
from twilio_async.testing._errors import (
    AUTHENTICATE,
    SERVICE_UNAVAILABLE,
    TOO_MANY_REQUESTS,
    ApiError,
    not_found,
)
from twilio_async.testing._handlers import Form, Handler, MessagesApi, Reply
from twilio_async.testing._records import FakeMessage, FakeStats, RecordedRequest
from twilio_async.testing._store import Lifecycle, MessageStore, new_sid

if TYPE_CHECKING:
    from twilio_async import Client

__all__ = ["TEST_ACCOUNT_SID", "TEST_AUTH_TOKEN", "FakeTwilio"]

TEST_ACCOUNT_SID = "AC" + "fa4e" * 8
"""The Account SID a ``FakeTwilio()`` built without arguments accepts (not a real account)."""
TEST_AUTH_TOKEN = "fake-twilio-test-auth-token"
"""The auth token a ``FakeTwilio()`` built without arguments accepts (a test credential)."""

_ACCOUNT_SID = re.compile(r"AC[0-9a-fA-F]{32}")
DelayHook = Callable[[Request], Awaitable[None]]
# Every route takes every method, so that an unsupported one gets Twilio's 405 body.
_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _seconds(value: float | timedelta | None) -> timedelta | None:
    if value is None or isinstance(value, timedelta):
        return value
    return timedelta(seconds=value)


class FakeTwilio:
    """A fake of Twilio's v2010 Messages API that is itself an ASGI app.

    It checks Basic auth (Account SID + auth token, or an API Key SID + secret from
    ``api_keys``), validates like Twilio (21604, 21602, 21211, 21212, 21603, ...), stores
    messages in memory, and answers with every field of Twilio's schemas. Requests for another
    account's path get 401 / 20003, as Twilio answers credentials that do not own the account.
    Twilio's magic test numbers (``+15005550001``... as To or From) fail with their documented
    codes unless ``magic_numbers=False``.

    Every answered request is appended to ``fake.requests`` unless ``record_requests=False``
    (for long runs where only ``fake.stats`` matters).

    Use it in-process with ``fake.client()``, on a real socket with ``fake.run_in_thread()``,
    or from the command line: ``python -m twilio_async.testing serve``.

    Realism knobs (all off by default):

    - ``max_concurrency``: beyond this many requests in flight, answer 429 / 20429 with a
      ``Retry-After: retry_after`` header (omitted when ``retry_after`` is None).
    - ``fail_rate``: this fraction of requests is answered 503 / 20503, drawn from
      ``random.Random(seed)`` once per request, so a sequential run is reproducible. With
      ``fail_after_processing`` the request takes effect first (a message is created) and only
      its answer is lost, like a response dropped on the way back.
    - ``latency`` (seconds) and ``delay_hook`` (awaited with the Starlette request): hold each
      admitted request before handling it, so it counts as in flight; gate the hook on an
      event to drive concurrency deterministically.
    - status progression: ``fake.advance()`` moves messages queued → sent → delivered;
      ``advance_on_fetch`` moves a message one step on each fetch; ``sent_after`` /
      ``delivered_after`` (seconds or timedelta after creation, on ``clock``) move them as
      time passes. Pass a ``FakeClock`` as ``clock`` to control time. A message gets its price
      when it reaches ``sent``. Scheduled messages become ``queued`` once ``SendAt`` passes.
    """

    base_url = "http://fake-twilio.test"
    """The base URL ``client()`` uses for in-process requests (nothing listens there)."""

    def __init__(
        self,
        account_sid: str = TEST_ACCOUNT_SID,
        auth_token: str = TEST_AUTH_TOKEN,
        *,
        api_keys: Mapping[str, str] | None = None,
        max_concurrency: int | None = None,
        retry_after: int | None = 1,
        fail_rate: float = 0.0,
        fail_after_processing: bool = False,
        seed: int | None = 0,
        latency: float = 0.0,
        delay_hook: DelayHook | None = None,
        clock: Callable[[], datetime] | None = None,
        advance_on_fetch: bool = False,
        sent_after: float | timedelta | None = None,
        delivered_after: float | timedelta | None = None,
        magic_numbers: bool = True,
        record_requests: bool = True,
    ) -> None:
        if not _ACCOUNT_SID.fullmatch(account_sid):
            raise ValueError("account_sid must be 'AC' followed by 32 hex digits")
        if not auth_token:
            raise ValueError("auth_token must not be empty")
        keys = dict(api_keys or {})
        if any(not sid.startswith("SK") or not secret for sid, secret in keys.items()):
            raise ValueError("api_keys maps API Key SIDs ('SK...') to non-empty secrets")
        if max_concurrency is not None and max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1 (or None for no cap)")
        if not 0.0 <= fail_rate <= 1.0:
            raise ValueError("fail_rate is a fraction between 0 and 1")
        if latency < 0:
            raise ValueError("latency must not be negative")
        self._account_sid = account_sid
        self._auth_token = auth_token
        self._secrets = {account_sid: auth_token, **keys}
        self._max_concurrency = max_concurrency
        self._retry_after = retry_after
        self._fail_rate = fail_rate
        self._fail_after_processing = fail_after_processing
        self._random = random.Random(seed)
        self._latency = latency
        self._delay_hook = delay_hook
        lifecycle = Lifecycle(advance_on_fetch, _seconds(sent_after), _seconds(delivered_after))
        self._store = MessageStore(account_sid, clock or _utc_now, lifecycle)
        self._requests: list[RecordedRequest] = []
        self._record_requests = record_requests
        self.stats = FakeStats()
        """Live counters (requests, created, rate_limited, injected_failures, in flight)."""
        api = MessagesApi(account_sid, self._store, self.stats, magic_numbers=magic_numbers)
        self._router = Router(
            routes=[
                Route(path, self._endpoint(handler), methods=_METHODS)
                for path, handler in api.routes()
            ],
            redirect_slashes=False,
            default=request_response(self._endpoint(self._unknown_path)),
        )

    def __repr__(self) -> str:
        return f"FakeTwilio(account_sid={self._account_sid!r}, messages={len(self.messages)})"

    @property
    def account_sid(self) -> str:
        """The Account SID this fake serves."""
        return self._account_sid

    @property
    def auth_token(self) -> str:
        """The (test) auth token this fake accepts; kept out of ``repr``."""
        return self._auth_token

    @property
    def messages(self) -> list[FakeMessage]:
        """The stored messages in creation order (deleted ones are gone), status up to date.

        The records are live: the fake keeps updating them. ``stats.created`` counts every
        message ever created, deleted or not.
        """
        return self._store.all()

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every answered request, in the order the answers were sent."""
        return list(self._requests)

    def advance(self, sid: str | None = None, *, steps: int = 1) -> None:
        """Move one message (or every stored message) ``steps`` statuses along
        accepted/scheduled → queued → sent → delivered. ``KeyError`` for an unknown SID."""
        self._store.advance(sid, steps)

    def client(self, **kwargs: Any) -> Client:
        """A ``twilio_async.Client`` whose requests this fake answers in-process.

        Keyword arguments go to ``Client`` (``max_concurrency``, ``retry``, ``timeout``, ...);
        pass ``api_key``/``api_secret`` to authenticate with one of ``api_keys`` instead of the
        auth token. Its ``httpx.AsyncClient`` uses ``httpx.ASGITransport``, which holds no
        sockets, so nothing is left open when the client is closed.
        """
        import httpx

        from twilio_async import Client

        kwargs.setdefault("base_url", self.base_url)
        if "http_client" not in kwargs:
            kwargs["http_client"] = httpx.AsyncClient(transport=httpx.ASGITransport(app=self))
        if "api_key" in kwargs:
            return Client(account_sid=self._account_sid, **kwargs)
        return Client(self._account_sid, self._auth_token, **kwargs)

    def run_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> AbstractContextManager[str]:
        """Serve this fake with uvicorn on a real socket in a background thread.

        ``with fake.run_in_thread() as base_url:`` yields ``http://127.0.0.1:<port>`` (a free
        port unless ``port`` is given) once the server is up, and stops it on exit. Works for
        clients on any event loop (asyncio or trio), since the server has its own.
        """
        return _server.run_in_thread(self, host, port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point."""
        await self._router(scope, receive, send)

    async def _unknown_path(self, request: Request, form: Form) -> Reply:
        raise not_found(request.url.path)

    def _endpoint(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await self._serve(request, handler)

        return endpoint

    async def _serve(self, request: Request, handler: Handler) -> Response:
        """Every request's path: fault injection, auth, concurrency cap, delay, handler."""
        started = time.perf_counter()
        stats = self.stats
        stats.requests += 1
        username: str | None = None
        form: Form = ()
        admitted = False
        fail = self._fail_rate > 0 and self._random.random() < self._fail_rate
        try:
            if fail and not self._fail_after_processing:
                raise ApiError(*SERVICE_UNAVAILABLE)
            username = self._authenticate(request)
            if self._max_concurrency is not None and stats.in_flight >= self._max_concurrency:
                raise ApiError(*TOO_MANY_REQUESTS)
            admitted = True
            stats.in_flight += 1
            stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
            if self._latency:
                await anyio.sleep(self._latency)
            if self._delay_hook is not None:
                await self._delay_hook(request)
            if request.method in ("POST", "PUT", "PATCH"):
                body = await request.body()
                form = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            status, payload = await handler(request, form)
            if fail:
                raise ApiError(*SERVICE_UNAVAILABLE)
        except ApiError as error:
            status, payload = error.status, error.body()
        finally:
            concurrent = stats.in_flight
            if admitted:
                stats.in_flight -= 1
        request_id = new_sid("RQ")
        headers = {
            "Twilio-Request-Id": request_id,
            "Twilio-Concurrent-Requests": str(concurrent),
            "Twilio-Request-Duration": f"{time.perf_counter() - started:.3f}",
        }
        if status == 429:
            stats.rate_limited += 1
            if self._retry_after is not None:
                headers["Retry-After"] = str(self._retry_after)
        elif status == 401:
            headers["WWW-Authenticate"] = 'Basic realm="Twilio API"'
        if fail and status == 503:
            stats.injected_failures += 1
        stats.statuses[status] = stats.statuses.get(status, 0) + 1
        if self._record_requests:
            self._requests.append(
                RecordedRequest(
                    method=request.method,
                    path=request.scope["path"],
                    query=request.scope["query_string"].decode("latin-1"),
                    form=tuple(form),
                    status=status,
                    request_id=request_id,
                    username=username,
                )
            )
        content = b"" if payload is None else orjson.dumps(payload)
        return Response(content, status, headers=headers, media_type="application/json")

    def _authenticate(self, request: Request) -> str:
        """The username (Account or API Key SID) of valid Basic credentials for the account
        in the path; ``ApiError`` 401 otherwise."""
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                decoded = ""
            username, colon, password = decoded.partition(":")
            expected = self._secrets.get(username)
            if (
                colon
                and expected is not None
                and hmac.compare_digest(password.encode(), expected.encode())
                and request.path_params.get("account_sid", self._account_sid) == self._account_sid
            ):
                return username
        raise ApiError(*AUTHENTICATE)
