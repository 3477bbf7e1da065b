"""``FakeTwilio``: an in-memory Twilio (every product), served as an ASGI app on Starlette."""

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
)
from twilio_async.testing._generic import GenericApi
from twilio_async.testing._generic_request import GenericRequest
from twilio_async.testing._handlers import Form, Handler, MessagesApi, Reply
from twilio_async.testing._records import FakeMessage, FakeStats, RecordedRequest
from twilio_async.testing._resources import ResourceStore
from twilio_async.testing._routing import Routed, resolve, strip_product
from twilio_async.testing._store import Lifecycle, MessageStore, new_sid
from twilio_async.testing._table import load_table

if TYPE_CHECKING:
    from twilio_async import Client

__all__ = ["TEST_ACCOUNT_SID", "TEST_AUTH_TOKEN", "FakeTwilio"]

TEST_ACCOUNT_SID = "AC" + "fa4e" * 8
"""The Account SID a ``FakeTwilio()`` built without arguments accepts (not a real account)."""
TEST_AUTH_TOKEN = "fake-twilio-test-auth-token"
"""The auth token a ``FakeTwilio()`` built without arguments accepts (a test credential)."""

_ACCOUNT_SID = re.compile(r"AC[0-9a-fA-F]{32}")
#: The scope key of the operation id a request was routed to (for ``fake.requests``).
_OPERATION = "twilio_async.fake.operation"
_BEARER = "twilio_async.fake.bearer"
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
    """A fake of Twilio's whole REST API that is itself an ASGI app.

    Every operation of every product is emulated from Twilio's OpenAPI files (a table the
    generator writes, like the client): records are created, fetched, updated, deleted and
    listed with SIDs of the right prefix, fields from the request and the spec's examples,
    the spec's list filters and each product's paging style. An unknown SID is a 404
    (20404), a missing required parameter a 400 naming it (20001, or Twilio's own code), and
    an operation the fake cannot emulate a 501 naming it (see ``refused_operations()``).
    Read-only resources (Lookups, pricing, usage, ...) make their records up from the
    spec's examples on first use. ``records()`` and ``add_record()`` show and seed state.

    Messages get richer treatment, as Twilio's v2010 Messages API behaves: it validates
    like Twilio (21604, 21602, 21211, 21212, 21603, ...), stores messages (``fake.messages``)
    and moves their status along. Twilio's magic test numbers (``+15005550001``... as To or
    From) fail with their documented codes unless ``magic_numbers=False``.

    It checks Basic auth (Account SID + auth token, or an API Key SID + secret from
    ``api_keys``). Requests for another account's path get 401 / 20003, as Twilio answers
    credentials that do not own the account (subaccounts created through the fake are owned).

    Every answered request is appended to ``fake.requests`` unless ``record_requests=False``
    (for long runs where only ``fake.stats`` matters).

    Use it in-process with ``fake.client()``, on a real socket with ``fake.run_in_thread()``,
    or from the command line: ``python -m twilio_async.testing serve``. Products share
    paths (``/v1/Services``), so a client over HTTP names the product in its base URL:
    ``Client(..., base_url=f"{url}/{{product}}")``.

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
        self._table = load_table()
        self._generic = GenericApi(self._table, ResourceStore(), account_sid, clock or _utc_now)
        self._generic.add_account(account_sid, "FakeTwilio test account")
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
            default=request_response(self._generic_endpoint),
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

    def records(self, resource: str) -> list[dict[str, Any]]:
        """The stored records of a resource in creation order, as a fetch would answer them.

        ``resource`` is the dotted name its operations' ids start with, as in
        ``client.verify.v2.services``: ``"verify.v2.services"``,
        ``"api.v2010.accounts.calls"``. Messages are in ``fake.messages`` instead.
        ``KeyError`` for an unknown resource.
        """
        return self._generic.records(self._table.collection_named(resource))

    def add_record(self, resource: str, *parents: str, **fields: Any) -> dict[str, Any]:
        """Store a record as if the API had created it; return it as a fetch would.

        ``parents`` are the path values above the record (``add_record(
        "verify.v2.services.entities", service_sid, identity="alice")``); for v2010
        resources the account's SID, which comes first, may be left out. ``fields`` set
        record fields, the key (``sid``, ``identity``, ...) too, else a SID is made with the
        spec's prefix. ``KeyError`` for an unknown resource or a parent record that does not
        exist; ``TypeError`` for the wrong number of parents.
        """
        return self._generic.add(self._table.collection_named(resource), parents, fields)

    @staticmethod
    def refused_operations() -> dict[str, str]:
        """The operations the fake answers 501 for, by id, with the reason."""
        return {op.id: op.refused for op in load_table().operations if op.refused}

    @staticmethod
    def emulated_operations() -> list[str]:
        """The ids of every operation the fake emulates (all the others are refused)."""
        return [op.id for op in load_table().operations if not op.refused]

    def client(self, **kwargs: Any) -> Client:
        """A ``twilio_async.Client`` whose requests this fake answers in-process.

        Keyword arguments go to ``Client`` (``max_concurrency``, ``retry``, ``timeout``, ...);
        pass ``api_key``/``api_secret`` to authenticate with one of ``api_keys`` instead of the
        auth token. Its ``httpx.AsyncClient`` uses ``httpx.ASGITransport``, which holds no
        sockets, so nothing is left open when the client is closed.
        """
        import httpx

        from twilio_async import Client

        # The product goes in the path (``/verify/v2/Services``): products share paths.
        kwargs.setdefault("base_url", self.base_url + "/{product}")
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
        if scope["type"] == "http":
            scope = dict(scope)
            strip_product(scope, self._table.products)
        await self._router(scope, receive, send)

    def _endpoint(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await self._serve(request, handler)

        return endpoint

    async def _generic_endpoint(self, request: Request) -> Response:
        """Every path but the Messages ones: routed through the generated table."""
        routed = resolve(self._table, request.scope)
        match = routed.match
        if match is not None and match.operation is not None:
            request.scope[_OPERATION] = match.operation.id
            request.scope[_BEARER] = match.operation.bearer
            if match.operation.path.startswith("/2010-04-01/Accounts/{AccountSid}"):
                request.scope["path_params"] = {"account_sid": match.values[0]}

        async def handler(request: Request, form: Form) -> Reply:
            return await self._generic_reply(routed, request, form)

        return await self._serve(request, handler, subaccounts=True)

    async def _generic_reply(self, routed: Routed, request: Request, form: Form) -> Reply:
        match = routed.match
        if match is None or match.operation is None:
            raise routed.error(request.method, request.url.path)
        generic = GenericRequest(
            match.operation,
            match.values,
            path=request.url.path,
            query=request.query_params,
            headers=request.headers,
            form=form,
            body=await request.body(),
        )
        return self._generic.handle(generic)

    async def _serve(
        self, request: Request, handler: Handler, *, subaccounts: bool = False
    ) -> Response:
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
            username = self._authenticate(request, subaccounts)
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
        if 300 <= status < 400 and isinstance(payload, dict) and payload.get("redirect_to"):
            headers["Location"] = str(payload["redirect_to"])
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
                    operation=self._operation_of(request),
                )
            )
        content = b"" if payload is None else orjson.dumps(payload)
        return Response(content, status, headers=headers, media_type="application/json")

    def _authenticate(self, request: Request, subaccounts: bool) -> str:
        """The username (Account or API Key SID) of valid Basic credentials for the account
        in the path (or one of its subaccounts, with ``subaccounts``); ``ApiError`` 401
        otherwise."""
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and request.scope.get(_BEARER) and encoded.strip():
            # An OAuth2-only operation: any token the client holds stands for the organization
            # (the fake issues none and checks none; ``oauth=StaticBearerToken(...)``).
            return "bearer"
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
                and self._owns(request.path_params.get("account_sid"), subaccounts)
            ):
                return username
        raise ApiError(*AUTHENTICATE)

    def _operation_of(self, request: Request) -> str | None:
        known: str | None = request.scope.get(_OPERATION)
        if known is None:  # a Messages route (or a path the fake does not know)
            match = resolve(self._table, request.scope).match
            known = match.operation.id if match and match.operation else None
        return known

    def _owns(self, account_sid: str | None, subaccounts: bool) -> bool:
        if account_sid is None or account_sid == self._account_sid:
            return True
        return subaccounts and self._generic.has_account(account_sid)
