"""A fake of Twilio's Messages API on a real socket that injects faults, for resilience tests.

:class:`FaultServer` is a small HTTP/1.1 server (asyncio ``Protocol`` + ``httptools``,
keep-alive, form-encoded bodies) running its own event loop in a background thread on
``127.0.0.1``, so test clients on asyncio and on trio in the main thread can talk to it. It
serves just enough of Twilio (create, fetch, update, delete and list Messages; basic auth;
Twilio's error JSON; a ``Twilio-Request-Id`` on every response) and keeps, under a lock, a
*ledger* of every message it actually created and a log of every request it received.

For every request the server has read, a plan chooses an :class:`Action`. What each action
does, and which ones *act* (run the request like Twilio would: create the message, delete it):

=====================  ======  =========================================================
action                 acts    what the client sees
=====================  ======  =========================================================
``ok``                 yes     the normal answer (201, 200, 204, or 400/401/404)
``delay``              yes     the normal answer, after an extra service delay
``status_429``         no      429, code 20429, ``Retry-After`` only if configured
``status_503``         no      503, code 20503, ``Retry-After`` only if configured
``status_500/502/504`` choice  500/502/504; ``acts=True`` by default: the worst case, where
                               the request took effect and only the answer is an error
``drop_after_read``    yes     the connection closes without a response byte
``stall``              yes     nothing, until the client gives up or the server stops
``drop_before_read``   no      the connection closes without a response byte
=====================  ======  =========================================================

What ``drop_before_read`` guarantees, exactly: the server did not act on the request (nothing
enters the ledger, nothing is deleted) and sent no byte on the connection. The plan needs the
request to choose, so the server has received it; it then discards it unprocessed, as a server
that closed the connection before reading would have. It does NOT guarantee that the client
failed to send: a client's write normally succeeds (the bytes reach the kernel's buffers), and
its failure shows on the read, as ``httpx.RemoteProtocolError`` ("Server disconnected without
sending a response", after a FIN) or ``httpx.ReadError`` (after a reset, with ``reset=True``).
That is exactly what the client sees after ``drop_after_read``, where the message WAS
created, so a client cannot tell the two apart and must not retry a POST after either. Only a
failure to get a connection (``httpx.ConnectError``, ``ConnectTimeout``, ``PoolTimeout``)
proves a request never left.

Concurrency: a request is *in flight* from the moment it has been fully received until the
server answers it (or drops its connection, or its stall ends). The count, the request log and
the ledger are brought up to date in the same event-loop step as the write, just before it:
so a client that has read a response (or seen the disconnect) finds them current when it looks,
and a client that sends its next request only after reading a response can never make the
server count both. ``max_in_flight`` is the peak of that count, including a request the
concurrency cap then rejects (so a client that overshoots a cap of 10 shows as 11).

Requests are numbered from 0 in the order they are fully received; scripted and seeded-random
plans choose by that number, so the seeded mix gives the same action to request number ``n``
on every run, whatever the order in which concurrent requests happen to arrive.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import email.utils
import enum
import http
import itertools
import random
import secrets
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any, Protocol, TypeAlias, runtime_checkable
from urllib.parse import parse_qsl, urlencode, urlsplit

import anyio.to_thread
import attrs
import httptools
import orjson

__all__ = [
    "DEFAULT_ACCOUNT_SID",
    "DEFAULT_AUTH_TOKEN",
    "Action",
    "ActionKind",
    "CallablePlan",
    "FaultPlan",
    "FaultServer",
    "FaultServerError",
    "FixedPlan",
    "LedgerEntry",
    "PlanLike",
    "RandomPlan",
    "RequestRecord",
    "ScriptedPlan",
    "as_plan",
]

DEFAULT_ACCOUNT_SID = "AC" + "0" * 32
"""The account SID a :class:`FaultServer` accepts unless told otherwise."""
DEFAULT_AUTH_TOKEN = "secret"
"""The auth token a :class:`FaultServer` accepts unless told otherwise."""

_API_PREFIX = "/2010-04-01/Accounts/"
_SHUTDOWN_TIMEOUT = 5.0


class ActionKind(str, enum.Enum):
    """What the server does with one request (see the module docstring for details)."""

    OK = "ok"
    DELAY = "delay"
    STATUS_429 = "status_429"
    STATUS_503 = "status_503"
    STATUS_500 = "status_500"
    STATUS_502 = "status_502"
    STATUS_504 = "status_504"
    DROP_BEFORE_READ = "drop_before_read"
    DROP_AFTER_READ = "drop_after_read"
    STALL = "stall"
    CAPPED_429 = "capped_429"
    """Set by the server (never by a plan) on requests the concurrency cap rejected."""


_ALWAYS_ACTS = frozenset(
    {ActionKind.OK, ActionKind.DELAY, ActionKind.DROP_AFTER_READ, ActionKind.STALL}
)
_MAY_ACT = frozenset({ActionKind.STATUS_500, ActionKind.STATUS_502, ActionKind.STATUS_504})
_WITH_RETRY_AFTER = frozenset({ActionKind.STATUS_429, ActionKind.STATUS_503, ActionKind.CAPPED_429})
_DROPS = frozenset({ActionKind.DROP_BEFORE_READ, ActionKind.DROP_AFTER_READ})
_ERROR_STATUS = {
    ActionKind.STATUS_429: 429,
    ActionKind.CAPPED_429: 429,
    ActionKind.STATUS_503: 503,
    ActionKind.STATUS_500: 500,
    ActionKind.STATUS_502: 502,
    ActionKind.STATUS_504: 504,
}


def _default_acts(action: Action) -> bool:
    return action.kind in _ALWAYS_ACTS or action.kind in _MAY_ACT


@attrs.frozen
class Action:
    """One fault (or none) to apply to a request; build them with the class methods.

    ``retry_after`` (429/503 only) is the ``Retry-After`` header: seconds as a number, or a raw
    string to send verbatim (an HTTP date, or garbage to test parsing); ``None`` sends none.
    ``acts`` says whether the server runs the request before answering; it is fixed by the
    kind except for 500/502/504. ``reset`` (drops only) closes with a TCP reset instead of a
    FIN. ``delay`` is the extra service time of ``delay`` actions, in seconds.
    """

    kind: ActionKind
    retry_after: float | str | None = None
    delay: float = 0.0
    acts: bool = attrs.field(default=attrs.Factory(_default_acts, takes_self=True))
    reset: bool = False

    def __attrs_post_init__(self) -> None:
        if self.retry_after is not None and self.kind not in _WITH_RETRY_AFTER:
            raise ValueError(f"retry_after only applies to 429 and 503, not {self.kind.value}")
        if self.delay and self.kind is not ActionKind.DELAY:
            raise ValueError(f"delay only applies to delay actions, not {self.kind.value}")
        if self.delay < 0:
            raise ValueError("delay must be >= 0")
        if self.reset and self.kind not in _DROPS:
            raise ValueError(f"reset only applies to drops, not {self.kind.value}")
        if self.kind not in _MAY_ACT and self.acts != (self.kind in _ALWAYS_ACTS):
            raise ValueError(f"{self.kind.value} cannot have acts={self.acts}")

    @classmethod
    def ok(cls) -> Action:
        """Answer normally."""
        return cls(ActionKind.OK)

    @classmethod
    def delayed(cls, seconds: float) -> Action:
        """Answer normally after ``seconds`` more of service time."""
        return cls(ActionKind.DELAY, delay=seconds)

    @classmethod
    def status_429(cls, retry_after: float | str | None = None) -> Action:
        """Reject with 429 / 20429 without acting (Twilio: "not processed, safe to retry")."""
        return cls(ActionKind.STATUS_429, retry_after=retry_after)

    @classmethod
    def status_503(cls, retry_after: float | str | None = None) -> Action:
        """Reject with 503 / 20503 without acting."""
        return cls(ActionKind.STATUS_503, retry_after=retry_after)

    @classmethod
    def status_500(cls, *, acts: bool = True) -> Action:
        """Answer 500 / 20500, after acting on the request unless ``acts=False``."""
        return cls(ActionKind.STATUS_500, acts=acts)

    @classmethod
    def status_502(cls, *, acts: bool = True) -> Action:
        """Answer 502 / 20502, after acting on the request unless ``acts=False``."""
        return cls(ActionKind.STATUS_502, acts=acts)

    @classmethod
    def status_504(cls, *, acts: bool = True) -> Action:
        """Answer 504 / 20504, after acting on the request unless ``acts=False``."""
        return cls(ActionKind.STATUS_504, acts=acts)

    @classmethod
    def drop_before_read(cls, *, reset: bool = False) -> Action:
        """Close the connection without acting or answering (guarantees: module docstring)."""
        return cls(ActionKind.DROP_BEFORE_READ, reset=reset)

    @classmethod
    def drop_after_read(cls, *, reset: bool = False) -> Action:
        """Act on the request (a create enters the ledger), then close without answering."""
        return cls(ActionKind.DROP_AFTER_READ, reset=reset)

    @classmethod
    def stall(cls) -> Action:
        """Act on the request, then never answer (until the client leaves or the server stops)."""
        return cls(ActionKind.STALL)


_OK = Action.ok()
_CAPPED = Action(ActionKind.CAPPED_429)

Pairs: TypeAlias = tuple[tuple[str, str], ...]


def _first(pairs: Pairs, name: str) -> str | None:
    return next((value for key, value in pairs if key == name), None)


@attrs.frozen
class RequestRecord:
    """One request the server received, as logged (``action`` is None while a plan chooses).

    ``number`` counts requests from 0 in arrival order; ``connection_id`` counts accepted
    connections from 1; times are ``time.monotonic()``; ``status`` is the status sent, None if
    nothing was sent (drops, stalls) or not yet.
    """

    number: int
    connection_id: int
    request_id: str
    method: str
    path: str
    query: Pairs
    form: Pairs
    headers: Pairs
    received_at: float
    action: Action | None = None
    status: int | None = None
    finished_at: float | None = None

    def param(self, name: str) -> str | None:
        """The first form value named ``name`` (``"To"``, ``"Body"``...), or None."""
        return _first(self.form, name)

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        return _first(self.headers, name.lower())

    @property
    def is_create(self) -> bool:
        """Whether this is ``POST .../Messages.json``, a message create."""
        return self.method == "POST" and self.path.endswith("/Messages.json")


@attrs.frozen
class LedgerEntry:
    """One message the server created (it stays here after a DELETE)."""

    sid: str
    to: str | None
    from_: str | None
    body: str | None
    messaging_service_sid: str | None
    form: Pairs
    request_number: int
    connection_id: int
    date_created: datetime


@runtime_checkable
class FaultPlan(Protocol):
    """Chooses the action for each request; called on the server's thread."""

    def choose(self, request: RequestRecord) -> Action:
        """Return the action for ``request``."""
        ...


@attrs.frozen
class FixedPlan:
    """The same action for every request."""

    action: Action

    def choose(self, request: RequestRecord) -> Action:
        """Return the fixed action."""
        return self.action


def _to_actions(actions: Iterable[Action]) -> tuple[Action, ...]:
    return tuple(actions)


@attrs.frozen
class ScriptedPlan:
    """``actions[n]`` for request number ``n``; ``default`` past the end of the script."""

    actions: tuple[Action, ...] = attrs.field(converter=_to_actions)
    default: Action = _OK

    def choose(self, request: RequestRecord) -> Action:
        """Return the scripted action for the request's number."""
        if request.number < len(self.actions):
            return self.actions[request.number]
        return self.default


@attrs.frozen
class RandomPlan:
    """A reproducible random mix: each action with its probability, ``default`` otherwise.

    ``RandomPlan({Action.status_429(): 0.1, Action.status_503(): 0.1}, seed=7)`` answers 10%
    429s and 10% 503s. The draw for request number ``n`` depends only on ``seed`` and ``n``.
    """

    probabilities: Mapping[Action, float]
    seed: int
    default: Action = _OK

    def __attrs_post_init__(self) -> None:
        if any(p < 0 for p in self.probabilities.values()):
            raise ValueError("probabilities must be >= 0")
        if sum(self.probabilities.values()) > 1 + 1e-9:
            raise ValueError("probabilities must add up to at most 1")

    def choose(self, request: RequestRecord) -> Action:
        """Return the action drawn for the request's number."""
        return self.action_for(request.number)

    def action_for(self, number: int) -> Action:
        """The action this plan gives request number ``number``."""
        draw = random.Random(f"{self.seed}/{number}").random()
        for action, probability in self.probabilities.items():
            if draw < probability:
                return action
            draw -= probability
        return self.default


@attrs.frozen
class CallablePlan:
    """Delegates to a function of the request (called on the server's thread)."""

    function: Callable[[RequestRecord], Action]

    def choose(self, request: RequestRecord) -> Action:
        """Return what the function returns."""
        return self.function(request)


PlanLike: TypeAlias = "FaultPlan | Action | Callable[[RequestRecord], Action]"


def as_plan(plan: PlanLike) -> FaultPlan:
    """Turn an action (fixed plan), a plan, or a function of the request into a plan."""
    if isinstance(plan, Action):
        return FixedPlan(plan)
    if isinstance(plan, FaultPlan):
        return plan
    return CallablePlan(plan)


class FaultServerError(RuntimeError):
    """The server failed internally (a plan raised, a bug); raised when it stops."""


@attrs.frozen
class _Response:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


def _json_response(status: int, payload: object) -> _Response:
    return _Response(status, orjson.dumps(payload))


def _error(status: int, code: int, message: str) -> _Response:
    return _json_response(
        status,
        {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        },
    )


def _format_retry_after(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@attrs.define
class _RawRequest:
    method: str
    target: str
    headers: Pairs
    body: bytes
    keep_alive: bool


class FaultServer:
    """A fault-injecting fake Twilio on ``127.0.0.1`` (see the module docstring).

    Configure with the constructor or, at any time, the attributes ``plan``,
    ``service_time`` (seconds of simulated work before acting, for every request the server
    acts on or answers normally), ``concurrency_limit`` (more requests in flight than this are
    rejected with 429 / 20429) and ``concurrency_retry_after`` (the ``Retry-After`` of those).
    Read the results from any thread: ``ledger``, ``requests``, ``max_in_flight``...
    """

    def __init__(
        self,
        account_sid: str = DEFAULT_ACCOUNT_SID,
        auth_token: str = DEFAULT_AUTH_TOKEN,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        plan: PlanLike = _OK,
        service_time: float = 0.0,
        concurrency_limit: int | None = None,
        concurrency_retry_after: float | str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.service_time = service_time
        self.concurrency_limit = concurrency_limit
        self.concurrency_retry_after = concurrency_retry_after
        self._plan = as_plan(plan)
        self._credentials = {(account_sid, auth_token)}
        if api_key is not None and api_secret is not None:
            self._credentials.add((api_key, api_secret))
        self._clock = clock
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._connection_ids = itertools.count(1)
        self._generation = 0
        self._in_flight = 0
        self._reset_state()
        self._connections: set[_Connection] = set()
        self._errors: list[BaseException] = []
        self._held = False
        self._hold_waiters: list[asyncio.Future[None]] = []
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._port: int | None = None

    def _reset_state(self) -> None:
        self._generation += 1
        self._requests: list[RequestRecord] = []
        self._ledger: list[LedgerEntry] = []
        self._messages: dict[str, dict[str, Any]] = {}
        self._max_in_flight = self._in_flight
        self._capped_count = 0
        self._connection_count = 0

    # --- lifecycle -----------------------------------------------------------------------

    @contextlib.contextmanager
    def running(self) -> Iterator[str]:
        """Run the server for the ``with`` block, yielding its base URL; errors raise after."""
        base_url = self.start()
        try:
            yield base_url
        finally:
            self.stop()
        self.raise_errors()

    def start(self) -> str:
        """Start the server thread and return the base URL (``http://127.0.0.1:PORT``)."""
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        ready = threading.Event()
        startup_errors: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._thread_main, args=(ready, startup_errors), name="FaultServer", daemon=True
        )
        self._thread.start()
        ready.wait()
        if startup_errors:
            self._thread.join()
            self._thread = None
            raise FaultServerError("the server failed to start") from startup_errors[0]
        return self.base_url

    def stop(self) -> None:
        """Stop: close the listener and every connection (stalled ones too), join the thread."""
        thread, loop, stop_event = self._thread, self._loop, self._stop_event
        if thread is None:
            return
        if loop is not None and stop_event is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended on its own
                loop.call_soon_threadsafe(stop_event.set)
        thread.join(_SHUTDOWN_TIMEOUT)
        if thread.is_alive():
            raise FaultServerError(f"the server thread did not stop in {_SHUTDOWN_TIMEOUT} s")
        self._thread = self._loop = self._stop_event = None
        self._port = None

    def raise_errors(self) -> None:
        """Raise :class:`FaultServerError` if the server failed internally so far."""
        with self._lock:
            errors = list(self._errors)
        if errors:
            raise FaultServerError(f"{len(errors)} internal error(s): {errors!r}") from errors[0]

    @property
    def is_running(self) -> bool:
        """Whether the server thread is running."""
        return self._thread is not None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` while running."""
        if self._port is None:
            raise RuntimeError("the server is not running")
        return f"http://127.0.0.1:{self._port}"

    @property
    def messages_path(self) -> str:
        """The path of the account's Messages list, ``/2010-04-01/Accounts/AC.../Messages.json``."""
        return f"{_API_PREFIX}{self.account_sid}/Messages.json"

    def _thread_main(self, ready: threading.Event, startup_errors: list[BaseException]) -> None:
        try:
            asyncio.run(self._serve(ready))
        except BaseException as exc:  # reported to start(), or kept for raise_errors()
            if ready.is_set():
                with self._lock:
                    self._errors.append(exc)
            else:
                startup_errors.append(exc)
                ready.set()

    async def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.get_running_loop()
        self._loop = loop
        self._stop_event = asyncio.Event()
        server = await loop.create_server(
            lambda: _Connection(self), host="127.0.0.1", port=0, backlog=1024
        )
        self._port = server.sockets[0].getsockname()[1]
        ready.set()
        try:
            await self._stop_event.wait()
        finally:
            server.close()
            for connection in list(self._connections):
                connection.abort()
            tasks = [c.task for c in self._connections if c.task is not None]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await server.wait_closed()

    # --- configuration and results (any thread) ------------------------------------------

    @property
    def plan(self) -> FaultPlan:
        """The plan choosing each request's action; assign a plan, an action or a function."""
        return self._plan

    @plan.setter
    def plan(self, plan: PlanLike) -> None:
        self._plan = as_plan(plan)

    def set_plan(self, plan: PlanLike) -> None:
        """Same as assigning :attr:`plan`."""
        self.plan = plan

    @property
    def ledger(self) -> list[LedgerEntry]:
        """A copy of every message created, in creation order."""
        with self._lock:
            return list(self._ledger)

    @property
    def requests(self) -> list[RequestRecord]:
        """A copy of the log of every request received; ``requests[n].number == n``."""
        with self._lock:
            return list(self._requests)

    @property
    def in_flight(self) -> int:
        """Requests in flight now (a stalled one until the server sees its client hang up)."""
        with self._lock:
            return self._in_flight

    @property
    def max_in_flight(self) -> int:
        """The peak of :attr:`in_flight` (since start or :meth:`clear`)."""
        with self._lock:
            return self._max_in_flight

    @property
    def capped_count(self) -> int:
        """How many requests the concurrency cap rejected."""
        with self._lock:
            return self._capped_count

    @property
    def connection_count(self) -> int:
        """How many connections the server accepted (since start or :meth:`clear`)."""
        with self._lock:
            return self._connection_count

    def clear(self) -> None:
        """Forget requests, ledger, messages and counters; numbering restarts at 0."""
        with self._lock:
            self._reset_state()
            self._changed.notify_all()

    def hold(self) -> None:
        """Hold every request the plan has chosen for, before it is served, until release."""
        with self._lock:
            self._held = True

    def release(self) -> None:
        """Let held requests (and later ones) proceed."""
        with self._lock:
            self._held = False
            waiters, self._hold_waiters = self._hold_waiters, []
        if waiters and self._loop is not None:
            self._loop.call_soon_threadsafe(_wake_all, waiters)

    def wait_until(
        self, predicate: Callable[[FaultServer], bool], within_seconds: float = 5.0
    ) -> None:
        """Block until ``predicate(self)`` holds (checked on every change), else TimeoutError."""
        with self._changed:
            if not self._changed.wait_for(lambda: predicate(self), within_seconds):
                raise TimeoutError(f"predicate still false after {within_seconds} s")

    async def wait_until_async(
        self, predicate: Callable[[FaultServer], bool], within_seconds: float = 5.0
    ) -> None:
        """:meth:`wait_until` from async code (asyncio or trio) without blocking its loop."""
        await anyio.to_thread.run_sync(self.wait_until, predicate, within_seconds)

    # --- request handling (server thread) ------------------------------------------------

    def _connection_opened(self, connection: _Connection) -> int:
        with self._lock:
            self._connections.add(connection)
            self._connection_count += 1
            self._changed.notify_all()
            return next(self._connection_ids)

    def _connection_closed(self, connection: _Connection) -> None:
        with self._lock:
            self._connections.discard(connection)
            self._changed.notify_all()

    def _admit(self, connection: _Connection, raw: _RawRequest) -> tuple[RequestRecord, int, int]:
        """Log the request and count it in flight; return it, the generation and the count."""
        split = urlsplit(raw.target)
        form: Pairs = ()
        if raw.body:
            form = tuple(parse_qsl(raw.body.decode("utf-8", "replace"), keep_blank_values=True))
        with self._lock:
            record = RequestRecord(
                number=len(self._requests),
                connection_id=connection.id,
                request_id="RQ" + secrets.token_hex(16),
                method=raw.method,
                path=split.path,
                query=tuple(parse_qsl(split.query, keep_blank_values=True)),
                form=form,
                headers=raw.headers,
                received_at=time.monotonic(),
            )
            self._requests.append(record)
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)
            self._changed.notify_all()
            return record, self._generation, self._in_flight

    def _update(self, number: int, generation: int, **changes: Any) -> None:
        """Change the logged record of request ``number``, unless the log was cleared since."""
        with self._lock:
            if generation == self._generation:
                self._requests[number] = attrs.evolve(self._requests[number], **changes)
                self._changed.notify_all()

    async def _handle(self, connection: _Connection, raw: _RawRequest) -> bool:
        """Serve one request; return whether the connection stays open for another."""
        record, generation, in_flight = self._admit(connection, raw)
        response: _Response | None = None
        reset = False
        try:
            response, reset = await self._respond_to(connection, record, generation, in_flight)
        except Exception as exc:
            with self._lock:
                self._errors.append(exc)
        finally:
            # Logged and counted out before any byte leaves, so that whoever has seen the answer
            # (or the disconnect) also sees the log, the ledger and in_flight up to date. Nothing
            # can run on this loop between here and the write, so counting out now is the same,
            # for the server, as counting out after the write.
            with self._lock:
                concurrent = self._in_flight
                self._in_flight -= 1
                sent = response is not None and connection.is_open
                self._update(
                    record.number,
                    generation,
                    status=response.status if sent and response else None,
                    finished_at=time.monotonic(),
                )
        if response is None:
            connection.drop(reset=reset)
            return False
        return connection.send(response, record.request_id, raw.keep_alive, concurrent)

    async def _respond_to(
        self, connection: _Connection, record: RequestRecord, generation: int, in_flight: int
    ) -> tuple[_Response | None, bool]:
        """Apply the cap and the plan; return the response (None: close) and whether to reset."""
        limit = self.concurrency_limit
        if limit is not None and in_flight > limit:
            with self._lock:
                self._capped_count += 1
                self._update(record.number, generation, action=_CAPPED)
            return self._fault_response(_CAPPED), False
        action = self._plan.choose(record)
        self._update(record.number, generation, action=action)
        await self._pass_hold()
        kind = action.kind
        if kind is ActionKind.DROP_BEFORE_READ:
            return None, action.reset
        if kind in (ActionKind.STATUS_429, ActionKind.STATUS_503):
            return self._fault_response(action), False
        if self.service_time:
            await asyncio.sleep(self.service_time)
        if action.delay:
            await asyncio.sleep(action.delay)
        response = self._route(record, generation) if action.acts else None
        if kind is ActionKind.DROP_AFTER_READ:
            return None, action.reset
        if kind is ActionKind.STALL:
            await connection.closed.wait()
            return None, False
        if kind in _MAY_ACT:
            return self._fault_response(action), False
        assert response is not None, f"{kind} acts"
        return response, False

    async def _pass_hold(self) -> None:
        with self._lock:
            if not self._held:
                return
            waiter = asyncio.get_running_loop().create_future()
            self._hold_waiters.append(waiter)
        await waiter

    def _fault_response(self, action: Action) -> _Response:
        status = _ERROR_STATUS[action.kind]
        retry_after = action.retry_after
        if action.kind is ActionKind.CAPPED_429:
            retry_after = self.concurrency_retry_after
        if status == 429:
            response = _error(429, 20429, "Too Many Requests")
        else:
            response = _error(status, 20000 + status, http.HTTPStatus(status).phrase)
        if retry_after is None:
            return response
        return attrs.evolve(response, headers=(("Retry-After", _format_retry_after(retry_after)),))

    def _route(self, record: RequestRecord, generation: int) -> _Response:
        if not self._authenticated(record):
            return attrs.evolve(
                _error(401, 20003, "Authenticate"),
                headers=(("WWW-Authenticate", 'Basic realm="Twilio API"'),),
            )
        not_found = _error(404, 20404, f"The requested resource {record.path} was not found")
        prefix = f"{_API_PREFIX}{self.account_sid}/Messages"
        handlers: dict[str, Callable[[RequestRecord, str], _Response]]
        if record.path == prefix + ".json":
            handlers = {"POST": self._create, "GET": self._list}
            sid = ""
        elif record.path.startswith(prefix + "/") and record.path.endswith(".json"):
            sid = record.path[len(prefix) + 1 : -len(".json")]
            if "/" in sid:
                return not_found
            handlers = {"GET": self._fetch, "POST": self._update_message, "DELETE": self._delete}
        else:
            return not_found
        handler = handlers.get(record.method)
        if handler is None:
            return _error(405, 20004, "Method not allowed")
        with self._lock:
            if generation != self._generation:
                return _error(503, 20503, "The server was cleared while serving this request")
            return handler(record, sid)

    def _authenticated(self, record: RequestRecord) -> bool:
        scheme, _, encoded = (record.header("authorization") or "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return (user, password) in self._credentials

    # Handlers run under the lock, so the main thread never sees a half-made change.

    def _create(self, record: RequestRecord, _sid: str) -> _Response:
        to, from_ = record.param("To"), record.param("From")
        service_sid, body = record.param("MessagingServiceSid"), record.param("Body")
        media = [value for key, value in record.form if key == "MediaUrl"]
        if not to:
            return _error(400, 21604, "A 'To' phone number is required.")
        if not from_ and not service_sid:
            return _error(400, 21603, "A 'From' phone number is required.")
        if not body and not media and not record.param("ContentSid"):
            return _error(400, 21602, "Message body is required.")
        sid = "SM" + secrets.token_hex(16)
        now = self._clock()
        rfc2822 = email.utils.format_datetime(now)
        uri = f"{_API_PREFIX}{self.account_sid}/Messages/{sid}"
        message: dict[str, Any] = {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": body or "",
            "date_created": rfc2822,
            "date_sent": None,
            "date_updated": rfc2822,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": from_,
            "messaging_service_sid": service_sid,
            "num_media": str(len(media)),
            "num_segments": str(_segments(body or "")),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "queued",
            "subresource_uris": {"media": f"{uri}/Media.json", "feedback": f"{uri}/Feedback.json"},
            "to": to,
            "uri": f"{uri}.json",
        }
        self._messages[sid] = message
        self._ledger.append(
            LedgerEntry(
                sid=sid,
                to=to,
                from_=from_,
                body=body,
                messaging_service_sid=service_sid,
                form=record.form,
                request_number=record.number,
                connection_id=record.connection_id,
                date_created=now,
            )
        )
        return _json_response(201, message)

    def _fetch(self, record: RequestRecord, sid: str) -> _Response:
        message = self._messages.get(sid)
        if message is None:
            return _error(404, 20404, f"The requested resource {record.path} was not found")
        return _json_response(200, message)

    def _update_message(self, record: RequestRecord, sid: str) -> _Response:
        message = self._messages.get(sid)
        if message is None:
            return _error(404, 20404, f"The requested resource {record.path} was not found")
        body, status = record.param("Body"), record.param("Status")
        if body is not None:
            message["body"] = body
        if status is not None:
            message["status"] = status
        message["date_updated"] = email.utils.format_datetime(self._clock())
        return _json_response(200, message)

    def _delete(self, record: RequestRecord, sid: str) -> _Response:
        if self._messages.pop(sid, None) is None:
            return _error(404, 20404, f"The requested resource {record.path} was not found")
        return _Response(204)

    def _list(self, record: RequestRecord, _sid: str) -> _Response:
        query = dict(reversed(record.query))  # the first value of a repeated key wins
        try:
            page_size = min(max(int(query.get("PageSize", "50")), 1), 1000)
            page = max(int(query.get("Page", "0")), 0)
        except ValueError:
            return _error(400, 20001, "PageSize and Page must be integers")
        filters: dict[str, str] = {k: query[k] for k in ("To", "From") if k in query}
        matching = [
            message
            for message in reversed(self._messages.values())
            if all(message[key.lower()] == value for key, value in filters.items())
        ]
        # A token names the last SID served, so concurrent creates do not shift later pages.
        offset = page * page_size
        token = query.get("PageToken", "")
        after = next((i for i, m in enumerate(matching) if "PA" + m["sid"] == token), None)
        if after is not None:
            offset = after + 1
        items = matching[offset : offset + page_size]

        def page_uri(number: int, page_token: str | None = None) -> str:
            params: dict[str, str] = {**filters, "PageSize": str(page_size), "Page": str(number)}
            if page_token is not None:
                params["PageToken"] = page_token
            return f"{record.path}?{urlencode(params)}"

        has_more = offset + len(items) < len(matching)
        start = page * page_size
        envelope: dict[str, Any] = {
            "messages": items,
            "end": start + max(len(items) - 1, 0),
            "first_page_uri": page_uri(0),
            "next_page_uri": page_uri(page + 1, "PA" + items[-1]["sid"]) if has_more else None,
            "previous_page_uri": page_uri(page - 1) if page > 0 else None,
            "page": page,
            "page_size": page_size,
            "start": start,
            "uri": f"{record.path}?{urlencode(record.query)}" if record.query else record.path,
        }
        return _json_response(200, envelope)


def _segments(body: str) -> int:
    single, multi = (160, 153) if body.isascii() else (70, 67)
    if len(body) <= single:
        return 1
    return -(-len(body) // multi)


def _wake_all(waiters: Sequence[asyncio.Future[None]]) -> None:
    for waiter in waiters:
        if not waiter.done():
            waiter.set_result(None)


class _Connection(asyncio.Protocol):
    """One client connection: parses requests with httptools and serves them in order."""

    def __init__(self, server: FaultServer) -> None:
        self._server = server
        self.id = 0
        self.task: asyncio.Task[None] | None = None
        self.closed = asyncio.Event()
        self._transport: asyncio.Transport | None = None
        self._parser = httptools.HttpRequestParser(self)
        self._queue: asyncio.Queue[_RawRequest | None] = asyncio.Queue()
        self._target = bytearray()
        self._headers: list[tuple[str, str]] = []
        self._body = bytearray()

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self.id = self._server._connection_opened(self)
        self.task = asyncio.get_running_loop().create_task(self._serve())

    def data_received(self, data: bytes) -> None:
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError:
            self.send(_error(400, 20001, "Malformed HTTP request"), "RQ" + "0" * 32, False)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed.set()
        self._queue.put_nowait(None)
        self._server._connection_closed(self)

    # httptools callbacks

    def on_message_begin(self) -> None:
        self._target.clear()
        self._headers = []
        self._body.clear()

    def on_url(self, url: bytes) -> None:
        self._target += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name.decode("latin-1").lower(), value.decode("latin-1")))

    def on_body(self, body: bytes) -> None:
        self._body += body

    def on_message_complete(self) -> None:
        raw = _RawRequest(
            method=self._parser.get_method().decode("ascii"),
            target=self._target.decode("latin-1"),
            headers=tuple(self._headers),
            body=bytes(self._body),
            keep_alive=bool(self._parser.should_keep_alive()),
        )
        self._queue.put_nowait(raw)

    # serving

    async def _serve(self) -> None:
        while True:
            raw = await self._queue.get()
            if raw is None or not await self._server._handle(self, raw):
                return

    @property
    def is_open(self) -> bool:
        """Whether a response can still be written."""
        return self._transport is not None and not self._transport.is_closing()

    def send(
        self, response: _Response, request_id: str, keep_alive: bool, concurrent: int = 1
    ) -> bool:
        """Write ``response``; return whether the connection stays open."""
        transport = self._transport
        if transport is None or transport.is_closing():
            return False
        lines = [
            f"HTTP/1.1 {response.status} {http.HTTPStatus(response.status).phrase}",
            f"Twilio-Request-Id: {request_id}",
            f"Twilio-Concurrent-Requests: {concurrent}",
            f"Date: {email.utils.formatdate(usegmt=True)}",
            f"Connection: {'keep-alive' if keep_alive else 'close'}",
        ]
        if response.status != 204:
            lines.append("Content-Type: application/json; charset=utf-8")
            lines.append(f"Content-Length: {len(response.body)}")
        lines.extend(f"{name}: {value}" for name, value in response.headers)
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        transport.write(head + response.body)
        if not keep_alive:
            transport.close()
        return keep_alive

    def drop(self, *, reset: bool) -> None:
        """Close without answering; with ``reset``, send a TCP reset rather than a FIN."""
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        if reset:
            sock = transport.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
        else:
            transport.close()

    def abort(self) -> None:
        """Close at once (server shutdown)."""
        if self._transport is not None:
            self._transport.abort()
