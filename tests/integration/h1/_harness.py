"""The harness of the FastTransport tests: a real HTTP/1.1 server, on asyncio and on trio.

Each test using the ``h1`` fixture runs twice: once with its body on asyncio (the transport's
``Protocol`` connections) and once on trio (its anyio stream connections).  The server runs
on its own asyncio loop in a thread, so either backend can talk to it; the ``H1`` harness
gives the test its server, builds transports and clients that are closed when the body
ends, and waits for server states across the thread boundary without sleeping.

pytest-asyncio (auto mode) owns ``async def`` tests, so a test body is written
``async def`` and decorated with :func:`each_backend`, which makes it a plain test that
``h1.run`` drives.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

import anyio
import httpx
import trio

from tests.integration.h1._server import H1TestServer, server_in_thread
from twilio_async._transports import FastTransport

T = TypeVar("T")

BACKENDS = ("asyncio", "trio")


class Pending(Generic[T]):
    """The outcome of a call running in a task group, awaited later in the test."""

    def __init__(self) -> None:
        self._done = anyio.Event()
        self._value: T | None = None
        self._error: BaseException | None = None

    async def result(self) -> T:
        await self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]

    async def _run(self, call: Callable[[], Awaitable[T]]) -> None:
        try:
            self._value = await call()
        except Exception as exc:  # handed to whoever awaits the result
            self._error = exc
        finally:
            self._done.set()


class H1:
    """One test's backend, server and the transports and clients it made."""

    def __init__(self, backend: str, server: H1TestServer) -> None:
        self.backend = backend
        self.server = server
        self._transports: list[FastTransport] = []
        self._clients: list[httpx.AsyncClient] = []

    def run(self, body: Callable[[], Awaitable[None]]) -> None:
        """Run ``body`` on this test's backend, then close what it made."""

        async def main() -> None:
            try:
                await body()
            finally:
                for client in self._clients:
                    await client.aclose()
                for transport in self._transports:
                    await transport.aclose()

        anyio.run(main, backend=self.backend)

    def transport(self, **options: Any) -> FastTransport:
        """A FastTransport (max_connections=10 unless given), closed after the test."""
        options.setdefault("max_connections", 10)
        transport = FastTransport(**options)
        self._transports.append(transport)
        return transport

    def client(
        self, transport: FastTransport | None = None, base_url: str | None = None
    ) -> httpx.AsyncClient:
        """An httpx client on ``transport`` (a new one by default), pointed at the server."""
        client = httpx.AsyncClient(
            transport=transport or self.transport(),
            base_url=self.server.url if base_url is None else base_url,
        )
        self._clients.append(client)
        return client

    @contextlib.contextmanager
    def another_server(self, **options: Any) -> Iterator[H1TestServer]:
        """A second server (``server_in_thread`` options) for the length of the block."""
        with server_in_thread(**options) as server:
            yield server

    async def wait_until(
        self, predicate: Callable[[], bool], server: H1TestServer | None = None
    ) -> None:
        """Return once ``predicate()`` holds on the server's side."""
        watched = server or self.server
        await anyio.to_thread.run_sync(watched.wait_until_sync, predicate)

    async def wait_for_requests(self, count: int) -> None:
        """Return once the server has seen ``count`` requests."""
        await self.wait_until(lambda: len(self.server.requests) >= count)

    def open_gate(self, name: str) -> None:
        """Let the ``/gate/<name>`` requests be answered."""
        self.server.open_gate(name)

    @staticmethod
    def start(group: anyio.abc.TaskGroup, call: Callable[[], Awaitable[T]]) -> Pending[T]:
        """Start ``call()`` in ``group``; its outcome is awaited through the result."""
        pending: Pending[T] = Pending()
        group.start_soon(pending._run, call)
        return pending

    @staticmethod
    def idle_connections(transport: FastTransport) -> list[Any]:
        """The transport's idle connections, on whichever path this backend uses."""
        pool = transport._stream_pool if transport._stream_pool is not None else transport._pool
        return list(pool.idle_connections())

    async def wait_closed_by_peer(self, connection: Any) -> None:
        """Return once the client side has seen the server close an idle connection."""
        if self.backend == "asyncio":
            await connection.wait_closed()
        elif connection._alive:
            # The trio reactor may see the EOF first and close the connection, which wakes
            # this wait with an error (see StreamConnection.close).
            with contextlib.suppress(anyio.ClosedResourceError, trio.ClosedResourceError):
                await anyio.wait_readable(connection._socket)


def each_backend(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Make ``async def test_x(h1, ...)`` a plain test whose body ``h1`` runs (on the
    fixture's backend: asyncio, then trio)."""

    @functools.wraps(test)
    def run(h1: H1, *args: Any, **kwargs: Any) -> None:
        h1.run(functools.partial(test, h1, *args, **kwargs))

    run.__signature__ = inspect.signature(test)  # type: ignore[attr-defined]
    return run
