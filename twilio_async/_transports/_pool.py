"""Connection bookkeeping: per-origin LIFO idle lists, a global limit, and FIFO waiters.

The pool never does I/O.  It hands out either an idle connection or a *slot* (permission to
open one new connection), and takes connections back.  Invariant: while any request waits,
no connection is idle, because every connection given back is handed straight to the oldest
waiter (or, when that waiter wants another origin, closed so its slot goes to the waiter).

Waiting is the only part that depends on the event loop: :meth:`ConnectionPool.acquire`
waits on asyncio futures; ``_stream.StreamPool`` waits on anyio events (trio).  Both clocks
are ``time.monotonic``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, Generic, Protocol, TypeVar

import httpx

__all__ = ["ConnectionPool", "PooledConnection", "PoolClosedError"]


class PooledConnection(Protocol):
    """What the pool needs from a connection."""

    key: Hashable
    idle_since: float

    def is_reusable(self) -> bool:
        """Whether a request may be written to it now."""

    def close(self) -> None:
        """Close it gracefully."""


ConnT = TypeVar("ConnT", bound=PooledConnection)


class Waiter(Protocol):
    """A request's place in the queue: an asyncio future, or ``_stream``'s event waiter."""

    def done(self) -> bool:
        """Whether it was granted something (or cancelled)."""

    def set_result(self, result: Any) -> None:
        """Grant it a connection or a signal."""


class PoolClosedError(RuntimeError):
    """The transport was closed; it can't send requests any more."""

    def __init__(self) -> None:
        super().__init__("FastTransport is closed; create a new transport (or client)")


class Signal:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


# What a waiter can be woken with, besides a connection.
SLOT = Signal("slot")  # open a new connection; the slot is already counted
_TIMED_OUT = Signal("timed out")
CLOSED = Signal("closed")


class ConnectionPool(Generic[ConnT]):
    """Idle connections per key, at most ``max_connections`` open, waiters served in order."""

    __slots__ = ("_closed", "_count", "_expiry", "_idle", "_max", "_waiters")

    def __init__(self, max_connections: int, keepalive_expiry: float | None) -> None:
        if max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        self._max = max_connections
        self._expiry = keepalive_expiry
        self._idle: dict[Hashable, list[ConnT]] = {}
        # Connections open or being opened (active, idle, or handed to a waiter).
        self._count = 0
        self._waiters: deque[tuple[Hashable, Waiter]] = deque()
        self._closed = False

    @property
    def connection_count(self) -> int:
        """Connections counted against the limit."""
        return self._count

    @property
    def idle_count(self) -> int:
        """Connections waiting in the idle lists."""
        return sum(len(idle) for idle in self._idle.values())

    @property
    def waiter_count(self) -> int:
        """Requests waiting for a connection or a slot."""
        return sum(1 for _, future in self._waiters if not future.done())

    def idle_connections(self) -> list[ConnT]:
        """Every idle connection, oldest first within each key."""
        return [conn for idle in self._idle.values() for conn in idle]

    # -- taking ----------------------------------------------------------------------------

    def take_idle(self, key: Hashable, now: float) -> ConnT | None:
        """Pop the most recently used live idle connection for ``key``, dropping stale ones."""
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            if conn.is_reusable() and not self._expired(conn, now):
                return conn
            self._drop(conn)
        return None

    async def acquire(
        self,
        key: Hashable,
        request: httpx.Request | None,
        timeout: float | None,
        loop: asyncio.AbstractEventLoop,
    ) -> ConnT | None:
        """Return a live idle connection, or None when the caller now owns a slot.

        The caller must eventually :meth:`release` the connection, or :meth:`release_slot`
        when opening a connection in its slot fails.
        """
        deadline = None if timeout is None else loop.time() + timeout
        return await self._acquire(key, loop.time, lambda: self._wait(key, request, deadline, loop))

    async def _acquire(
        self,
        key: Hashable,
        clock: Callable[[], float],
        wait: Callable[[], Awaitable[ConnT | Signal]],
    ) -> ConnT | None:
        """The loop of :meth:`acquire`; ``wait()`` queues the caller until it is granted."""
        while True:
            if self._closed:
                raise PoolClosedError()
            conn = self.take_idle(key, clock())
            if conn is not None:
                return conn
            if self._reserve_slot(key):
                return None
            result = await wait()
            if result is SLOT:
                return None
            assert not isinstance(result, Signal)
            if result.is_reusable():
                return result
            # It died between the hand-off and our turn to run; nothing was sent on it.
            self._drop(result)

    async def _wait(
        self,
        key: Hashable,
        request: httpx.Request | None,
        deadline: float | None,
        loop: asyncio.AbstractEventLoop,
    ) -> ConnT | Signal:
        future: asyncio.Future[ConnT | Signal] = loop.create_future()
        waiter: tuple[Hashable, Waiter] = (key, future)
        self._waiters.append(waiter)
        timer = None
        if deadline is not None:
            timer = loop.call_at(deadline, _expire_waiter, future)
        try:
            result = await future
        except BaseException:
            if future.done() and not future.cancelled():
                self.give_back(future.result(), loop.time())
            self.forget_waiter(waiter)
            raise
        finally:
            if timer is not None:
                timer.cancel()
        if result is _TIMED_OUT:
            self.forget_waiter(waiter)
            raise httpx.PoolTimeout("Timed out waiting for a free connection", request=request)
        if result is CLOSED:
            raise PoolClosedError()
        return result

    def _reserve_slot(self, key: Hashable) -> bool:
        if self._count < self._max:
            self._count += 1
            return True
        # At the limit: an idle connection to another origin gives up its slot.
        oldest: ConnT | None = None
        for other_key, idle in self._idle.items():
            if other_key == key or not idle:
                continue
            if oldest is None or idle[0].idle_since < oldest.idle_since:
                oldest = idle[0]
        if oldest is None:
            return False
        self._idle[oldest.key].remove(oldest)
        oldest.close()
        return True

    # -- giving back -----------------------------------------------------------------------

    def release(self, conn: ConnT, reusable: bool, now: float) -> None:
        """Take back a connection after an exchange; ``reusable`` False closes it."""
        if not reusable or self._closed:
            self._drop(conn)
            return
        conn.idle_since = now
        waiters = self._waiters
        while waiters:
            key, future = waiters.popleft()
            if future.done():
                continue
            if key == conn.key:
                future.set_result(conn)
            else:
                conn.close()
                future.set_result(SLOT)
            return
        idle = self._idle.get(conn.key)
        if idle is None:
            self._idle[conn.key] = [conn]
            return
        idle.append(conn)
        # LIFO leaves the oldest at the bottom, where they would idle forever.
        while len(idle) > 1 and self._expired(idle[0], now):
            self._drop(idle.pop(0))

    def release_slot(self) -> None:
        """Give back a slot whose connection could not be opened."""
        self._count -= 1
        self._grant_slot()

    def connection_lost(self, conn: ConnT) -> None:
        """Forget an idle connection that the server (or the network) closed."""
        idle = self._idle.get(conn.key)
        if idle and conn in idle:
            idle.remove(conn)
            self._count -= 1
            self._grant_slot()

    def close(self) -> list[ConnT]:
        """Refuse new requests, wake waiters with an error, return the idle connections."""
        self._closed = True
        idle = self.idle_connections()
        self._idle.clear()
        while self._waiters:
            _, future = self._waiters.popleft()
            if not future.done():
                future.set_result(CLOSED)
        return idle

    # -- helpers ---------------------------------------------------------------------------

    def _expired(self, conn: ConnT, now: float) -> bool:
        return self._expiry is not None and now - conn.idle_since >= self._expiry

    def _drop(self, conn: ConnT) -> None:
        conn.close()
        self._count -= 1
        self._grant_slot()

    def _grant_slot(self) -> None:
        waiters = self._waiters
        while waiters and self._count < self._max:
            _, future = waiters.popleft()
            if not future.done():
                self._count += 1
                future.set_result(SLOT)

    def give_back(self, result: ConnT | Signal, now: float) -> None:
        """Return what a waiter was granted after it was cancelled anyway."""
        if result is SLOT:
            self.release_slot()
        elif not isinstance(result, Signal):
            self.release(result, result.is_reusable(), now)

    def forget_waiter(self, waiter: tuple[Hashable, Waiter]) -> None:
        with contextlib.suppress(ValueError):
            self._waiters.remove(waiter)


def _expire_waiter(future: asyncio.Future[Any]) -> None:
    if not future.done():
        future.set_result(_TIMED_OUT)
