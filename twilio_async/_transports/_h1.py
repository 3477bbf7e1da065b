"""``FastTransport``: a small HTTP/1.1 ``httpx`` transport for asyncio.

Why it exists: httpx's default transport (httpcore) spends several times more CPU per
request under concurrency than this one, which writes requests with one ``bytes`` join,
parses responses with httptools on an asyncio ``Protocol``, and keeps a LIFO free-list of
keep-alive connections per origin.

Delivery contract (the retry layer depends on it; a retried POST may send a second SMS):

* A request is re-sent on another connection only when **not one byte** of it was written:
  a pooled connection found dead at checkout (EOF seen while idle, transport closing,
  idle for longer than ``keepalive_expiry``) is discarded before anything is written, and
  the request goes on a live or fresh connection.
* ``httpx.ConnectError``, ``httpx.ConnectTimeout`` and ``httpx.PoolTimeout`` are raised
  only when no byte of the request reached the socket: retrying them is safe.
* Once any byte was handed to the socket, a failure is "outcome unknown" and is never
  retried here: a lost connection raises ``httpx.RemoteProtocolError`` (clean EOF) or
  ``httpx.ReadError`` (reset), a slow server ``httpx.ReadTimeout``, a stalled upload
  ``httpx.WriteTimeout``, a malformed response ``httpx.RemoteProtocolError``.
  ``httpx.WriteError`` is never raised.
* Errors raised before any I/O (``httpx.UnsupportedProtocol``, ``httpx.LocalProtocolError``
  for a line break in a header, ``PoolClosedError``) also mean nothing was sent, but
  retrying them cannot help.
* A server may close an idle keep-alive connection while our request is already on its
  way; that race surfaces as ``RemoteProtocolError`` ("outcome unknown") even though the
  server most likely never read the request.  ``keepalive_expiry`` (5 s by default, below
  common server idle timeouts) keeps it rare; only the caller can decide whether the
  request is safe to repeat.

Other behaviour:

* Under trio (any event loop but asyncio) connections are anyio byte streams instead of
  asyncio protocols (``_stream``), with the same pool, limits, timeouts and contract;
  a ``fallback`` transport, when one is given, takes those requests instead.
* While respx (``respx.mock()``, which patches httpcore) or pytest-httpx (which patches
  ``httpx.AsyncHTTPTransport``) is active, requests go through an
  ``httpx.AsyncHTTPTransport`` so the mock intercepts them.
* Responses are read whole (Twilio answers with small JSON documents), within bounds: a
  head over 64 KiB or a body over ``max_response_body`` raises ``httpx.RemoteProtocolError``.
* The request's ``timeout`` extension may carry ``"total"`` (seconds for the whole exchange,
  which a server trickling bytes cannot stretch); timing it out raises ``httpx.ReadTimeout``.
* This transport does not use proxies; ``Client`` mounts httpx's proxy transports beside it
  for ``HTTP(S)_PROXY`` / ``ALL_PROXY`` (minus ``NO_PROXY``) and ``proxy=``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import Callable, Coroutine, Hashable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from twilio_async._transports._connection import H1Connection
from twilio_async._transports._mocking import (
    client_unwatched,
    mocking_active,
    watched_handlers_unchanged,
)
from twilio_async._transports._pool import ConnectionPool, PoolClosedError
from twilio_async._transports._wire import (
    DEFAULT_MAX_BODY_BYTES,
    NO_TIMEOUTS,
    RawResponse,
    encode_request,
    response_from,
)

if TYPE_CHECKING:
    from twilio_async._transports._stream import StreamConnection, StreamPool

# Trio marks its thread through sniffio (a trio dependency); asyncio never sets it.
_sniffio_thread_local: Any
try:
    import sniffio

    _sniffio_thread_local = sniffio.thread_local
except ImportError:  # pragma: no cover - no sniffio means no trio either
    _sniffio_thread_local = None

__all__ = ["FastTransport"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_MAX_CACHED_ORIGINS = 256

# (host to connect to, port, TLS context or None)
_Origin = tuple[str, int, "ssl.SSLContext | None"]


class FastTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 transport for ``httpx.AsyncClient`` with a cheap keep-alive pool.

    Args:
        max_connections: connections open at once, over all origins.
        ssl_context: TLS settings for https; by default certificates are verified like
            httpx does (certifi, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``).
        keepalive_expiry: seconds an idle connection may be reused; None keeps it forever.
        fallback: transport for requests made outside asyncio (trio), instead of this
            transport's own connections over anyio streams; it is closed with this
            transport.
        max_response_body: bytes a response body may have; a longer one fails with
            ``httpx.RemoteProtocolError`` instead of filling memory.  The response head
            (status line and headers) is limited to 64 KiB.

    Besides httpx's ``connect``, ``read``, ``write`` and ``pool`` timeouts, the request's
    ``timeout`` extension may hold ``"total"``: seconds within which the whole exchange must
    finish, however slowly the server trickles bytes (``httpx.ReadTimeout`` otherwise).
    """

    def __init__(
        self,
        *,
        max_connections: int = 100,
        ssl_context: ssl.SSLContext | None = None,
        keepalive_expiry: float | None = 5.0,
        fallback: httpx.AsyncBaseTransport | None = None,
        max_response_body: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        if max_response_body < 1:
            raise ValueError("max_response_body must be at least 1")
        self._max_body = max_response_body
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        self._pool: ConnectionPool[H1Connection] = ConnectionPool(max_connections, keepalive_expiry)
        self._user_ssl_context = ssl_context
        self._ssl_context = ssl_context
        self._fallback = fallback
        self._httpx_transport: httpx.AsyncHTTPTransport | None = None
        # The pool of the connections made outside asyncio, on first use.
        self._stream_pool: StreamPool | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connections: set[H1Connection] = set()
        self._origins: dict[tuple[str, bytes, int | None], _Origin] = {}
        self._closed = False

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(max_connections={self._max_connections}, "
            f"open={self._pool.connection_count}, idle={self._pool.idle_count})"
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the response with its body read."""
        if self._closed:
            raise PoolClosedError()
        library = _sniffio_thread_local.name if _sniffio_thread_local is not None else None
        if library is not None and library != "asyncio":
            # trio (httpx and anyio support no other loop): see _stream.
            if self._fallback is not None:
                return await _delegate(self._fallback, request)
            if not watched_handlers_unchanged() and mocking_active():
                return await _delegate(self._mockable_transport(), request)
            head, body = encode_request(request)
            timeouts = request.extensions.get("timeout") or NO_TIMEOUTS
            raw = await self._exchange_on_trio(request.url, head, body, timeouts, request)
        else:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return await _delegate(self._fallback_transport(), request)
            if not watched_handlers_unchanged() and mocking_active():
                return await _delegate(self._mockable_transport(), request)
            head, body = encode_request(request)
            timeouts = request.extensions.get("timeout") or NO_TIMEOUTS
            raw = await self._exchange(loop, request.url, head, body, timeouts, request)
        return response_from(request, raw[0], raw[1], raw[2])

    def direct_available(self, client: httpx.AsyncClient | None = None) -> bool:
        """Whether :meth:`exchange` may carry a request now: on asyncio, or on trio with no
        ``fallback``, and no mock patching httpx's or httpcore's transport (a request that
        bypassed httpx would slip past it).  Given ``client``, the ``httpx.AsyncClient``
        this transport serves, also nothing watching that client's requests: its class's
        or the instance's request methods replaced, or an event hook."""
        library = _sniffio_thread_local.name if _sniffio_thread_local is not None else None
        if library is not None and library != "asyncio" and self._fallback is not None:
            return False
        if client is not None and not client_unwatched(client):
            return False
        return watched_handlers_unchanged() or not mocking_active()

    def exchange(
        self,
        url: httpx.URL,
        head: bytes,
        body: bytes | None,
        timeouts: Mapping[str, float | None],
    ) -> Coroutine[Any, Any, RawResponse]:
        """Send a request already encoded (``head`` from ``_wire.request_head``) to ``url``'s
        origin and return the whole response, without building httpx objects: the client's
        own hot path, where :meth:`direct_available` said so.  Errors are those of
        :meth:`handle_async_request` (httpx exceptions carrying no request).

        A plain function returning the exchange's coroutine: one frame fewer to resume
        when the response arrives.
        """
        if self._closed:
            raise PoolClosedError()
        library = _sniffio_thread_local.name if _sniffio_thread_local is not None else None
        if library is not None and library != "asyncio":
            return self._exchange_on_trio(url, head, body, timeouts, None)
        return self._exchange(asyncio.get_running_loop(), url, head, body, timeouts, None)

    def _exchange(
        self,
        loop: asyncio.AbstractEventLoop,
        url: httpx.URL,
        head: bytes,
        body: bytes | None,
        timeouts: Mapping[str, float | None],
        request: httpx.Request | None,
    ) -> Coroutine[Any, Any, RawResponse]:
        """One exchange on asyncio: a pooled or new connection, the request, the response.

        With an idle connection at hand (the common case) this returns the round trip's
        coroutine itself, so no frame of its own waits for the response.
        """
        if loop is not self._loop:
            self._bind_loop(loop)
        key, origin = self._origin_of(url, request)
        total = timeouts.get("total")
        total_end = None if total is None else loop.time() + total
        pool = self._pool
        conn = pool.take_idle(key, loop.time())
        if conn is None:
            return self._exchange_on_new(
                loop, key, origin, head, body, timeouts, total_end, request
            )
        # No suspension since the connection was found live: nothing has been written yet.
        return _round_trip(pool, conn, request, head, body, timeouts, total_end, loop.time)

    async def _exchange_on_new(
        self,
        loop: asyncio.AbstractEventLoop,
        key: Hashable,
        origin: _Origin,
        head: bytes,
        body: bytes | None,
        timeouts: Mapping[str, float | None],
        total_end: float | None,
        request: httpx.Request | None,
    ) -> RawResponse:
        """:meth:`_exchange` when no idle connection was at hand: wait for one, or open one."""
        pool = self._pool
        conn = await pool.acquire(key, request, timeouts.get("pool"), loop)
        if conn is None:
            conn = await self._connect(loop, key, origin, request, timeouts.get("connect"))
        # No suspension since the connection was found live: nothing has been written yet.
        return await _round_trip(pool, conn, request, head, body, timeouts, total_end, loop.time)

    async def _exchange_on_trio(
        self,
        url: httpx.URL,
        head: bytes,
        body: bytes | None,
        timeouts: Mapping[str, float | None],
        request: httpx.Request | None,
    ) -> RawResponse:
        """One exchange under trio, on the stream connections of ``_stream``."""
        from twilio_async._transports import _stream

        key, origin = self._origin_of(url, request)
        total = timeouts.get("total")
        total_end = None if total is None else _stream.now() + total
        pool = self._stream_pool
        if pool is None:
            pool = self._stream_pool = _stream.StreamPool(
                self._max_connections, self._keepalive_expiry
            )
        conn = pool.take_idle(key, time.monotonic())
        if conn is None:
            conn = await pool.acquire_on_trio(key, request, timeouts.get("pool"))
            if conn is None:
                conn = await self._connect_stream(pool, key, origin, request, timeouts)
        return await _round_trip(
            pool, conn, request, head, body, timeouts, total_end, time.monotonic
        )

    async def _connect_stream(
        self,
        pool: StreamPool,
        key: Hashable,
        origin: _Origin,
        request: httpx.Request | None,
        timeouts: Mapping[str, float | None],
    ) -> StreamConnection:
        """Open a stream connection in a slot already reserved in ``pool``."""
        from twilio_async._transports._stream import connect

        host, port, context = origin
        try:
            return await connect(
                key, host, port, context, request, timeouts.get("connect"), self._max_body
            )
        except BaseException:
            pool.release_slot()
            raise

    async def aclose(self) -> None:
        """Close every connection and the fallback transports; later requests fail."""
        if self._closed:
            return
        self._closed = True
        self._pool.close()
        connections = list(self._connections)
        for conn in connections:
            _abort_quietly(conn)
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is not None and running is self._loop:
            for conn in connections:
                await conn.wait_closed()
        if self._stream_pool is not None:
            for stream_conn in self._stream_pool.close():
                stream_conn.close()
        if self._fallback is not None:
            await self._fallback.aclose()
        if self._httpx_transport is not None:
            await self._httpx_transport.aclose()

    # -- helpers ---------------------------------------------------------------------------

    def _fallback_transport(self) -> httpx.AsyncBaseTransport:
        if self._fallback is None:
            return self._mockable_transport()
        return self._fallback

    def _mockable_transport(self) -> httpx.AsyncHTTPTransport:
        """httpx's own transport (httpcore underneath): what respx and pytest-httpx patch."""
        if self._httpx_transport is None:
            verify: ssl.SSLContext | bool = self._user_ssl_context or True
            self._httpx_transport = httpx.AsyncHTTPTransport(
                verify=verify,
                limits=httpx.Limits(
                    max_connections=self._max_connections,
                    keepalive_expiry=self._keepalive_expiry,
                ),
            )
        return self._httpx_transport

    def _bind_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Connections belong to one event loop; start afresh on a new one when idle."""
        if self._loop is not None:
            pool = self._pool
            if pool.connection_count != pool.idle_count and not self._loop.is_closed():
                raise RuntimeError("FastTransport is in use on another event loop")
            for conn in pool.close():
                _abort_quietly(conn)
            self._connections.clear()
            self._pool = ConnectionPool(self._max_connections, self._keepalive_expiry)
        self._loop = loop

    def _origin_of(self, url: httpx.URL, request: httpx.Request | None) -> tuple[Hashable, _Origin]:
        """The pool key of ``url``'s origin, and where and how to connect to it."""
        scheme = url.scheme
        raw_host = url.raw_host
        port = url.port
        key = (scheme, raw_host, port)
        origin = self._origins.get(key)
        if origin is None:
            origin = self._new_origin(request, scheme, raw_host, port)
        return key, origin

    def _new_origin(
        self, request: httpx.Request | None, scheme: str, raw_host: bytes, port: int | None
    ) -> _Origin:
        default_port = _DEFAULT_PORTS.get(scheme)
        if default_port is None:
            raise httpx.UnsupportedProtocol(
                f"FastTransport supports http and https URLs, not {scheme!r}", request=request
            )
        if not raw_host:
            raise httpx.UnsupportedProtocol("Request URL has no host", request=request)
        context = None
        if scheme == "https":
            context = self._ssl_context
            if context is None:
                context = self._ssl_context = httpx.create_ssl_context()
                context.set_alpn_protocols(["http/1.1"])
        origin: _Origin = (raw_host.decode("ascii"), port or default_port, context)
        if len(self._origins) >= _MAX_CACHED_ORIGINS:
            self._origins.clear()
        self._origins[(scheme, raw_host, port)] = origin
        return origin

    async def _connect(
        self,
        loop: asyncio.AbstractEventLoop,
        key: Hashable,
        origin: _Origin,
        request: httpx.Request | None,
        timeout: float | None,
    ) -> H1Connection:
        """Open a connection in a slot already reserved in the pool."""
        host, port, context = origin
        conn = H1Connection(loop, key, self._connection_lost, self._max_body)
        try:
            opening = loop.create_connection(
                lambda: conn,
                host,
                port,
                ssl=context,
                server_hostname=host if context is not None else None,
            )
            if timeout is None:
                await opening
            else:
                await _open_within(loop, opening, timeout)
        except _ConnectTimedOut:
            self._connect_failed(conn)
            raise httpx.ConnectTimeout(
                f"Timed out connecting to {host}:{port}", request=request
            ) from None
        except OSError as exc:  # includes ssl.SSLError, socket.gaierror
            self._connect_failed(conn)
            raise httpx.ConnectError(
                f"Could not connect to {host}:{port}: {exc}", request=request
            ) from exc
        except BaseException:
            self._connect_failed(conn)
            raise
        if not conn.is_reusable():
            # Closed by the server before we wrote anything: still safe to retry.
            self._connect_failed(conn)
            raise httpx.ConnectError(
                f"{host}:{port} closed the connection before the request was sent",
                request=request,
            )
        self._connections.add(conn)
        return conn

    def _connect_failed(self, conn: H1Connection) -> None:
        _abort_quietly(conn)
        self._pool.release_slot()

    def _connection_lost(self, conn: H1Connection) -> None:
        self._connections.discard(conn)
        self._pool.connection_lost(conn)


async def _round_trip(
    pool: ConnectionPool[Any],
    conn: H1Connection | StreamConnection,
    request: httpx.Request | None,
    head: bytes,
    body: bytes | None,
    timeouts: Mapping[str, float | None],
    total_end: float | None,
    clock: Callable[[], float],
) -> RawResponse:
    """One exchange on a checked-out connection, which goes back to ``pool`` in every case
    (kept only if both sides allow it)."""
    try:
        raw = await conn.round_trip(
            request, head, body, timeouts.get("read"), timeouts.get("write"), total_end
        )
    except BaseException:
        pool.release(conn, False, 0.0)
        raise
    pool.release(conn, raw[3] and conn.usable_after_exchange(), clock())
    return raw


async def _delegate(transport: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """Hand the request to another transport, enforcing the ``"total"`` timeout it ignores."""
    total = (request.extensions.get("timeout") or NO_TIMEOUTS).get("total")
    if total is None:
        return await transport.handle_async_request(request)
    import anyio  # this path runs on trio too

    try:
        with anyio.fail_after(total):
            return await transport.handle_async_request(request)
    except TimeoutError:
        raise httpx.ReadTimeout("Timed out: the total timeout passed", request=request) from None


class _ConnectTimedOut(Exception):
    """Internal: the connection was not open within the connect timeout."""


async def _open_within(
    loop: asyncio.AbstractEventLoop, opening: Coroutine[Any, Any, Any], timeout: float
) -> None:
    """Await ``opening`` for at most ``timeout`` seconds, never swallowing a cancellation.

    ``asyncio.wait_for`` on Python 3.10 and 3.11 returns the result instead of raising
    ``CancelledError`` when the cancel lands just after ``opening`` finished, so a cancelled
    task went on to send its request.  ``asyncio.wait`` always delivers the cancel; the
    connection is opened in a task of its own, which is cancelled (or, if it won the race,
    closed by the caller's cleanup) when we are.  New connections are rare, so the extra
    task costs nothing that matters.
    """
    task = loop.create_task(opening)
    try:
        done, _ = await asyncio.wait((task,), timeout=timeout)
    except BaseException:
        task.cancel()
        task.add_done_callback(_retrieve)
        raise
    if not done:
        task.cancel()
        task.add_done_callback(_retrieve)
        raise _ConnectTimedOut()
    task.result()  # raises the connect error, if any


def _retrieve(task: asyncio.Task[Any]) -> None:
    """Settle an abandoned connect task: see its error, or close what it opened anyway."""
    if task.cancelled():
        return
    if task.exception() is None:
        transport, _ = task.result()
        transport.abort()


def _abort_quietly(conn: H1Connection) -> None:
    with contextlib.suppress(RuntimeError):  # its event loop is closed already
        conn.abort()
