"""HTTP/1.1 on trio: ``FastTransport``'s path on the event loops other than asyncio.

Under trio there is no asyncio ``Protocol`` to drive the parser.  Connections are opened
with ``anyio.connect_tcp`` (TLS included).  On a plain TCP connection the request's task
writes through the socket's own non-blocking calls (waiting with
``trio.lowlevel.wait_writable`` only when the socket would block: trio's socket methods
wrap every call in a context manager and a scheduler round trip) and then parks until the
run's reactor (``_reactor``: one reader for every connection, on Linux) hands it the whole
response.  A TLS connection, or a platform without epoll, has the task read its own
response, through anyio's TLS stream or ``wait_readable``.  The
module is imported only when a request is made under trio, which is then installed.  The
pool, the limits, the timeouts and the delivery contract are those of the asyncio path
(see ``_h1``):

* a pooled connection is checked before anything is written to it: if its socket is
  readable while idle, the server closed it (or sent bytes nobody asked for), so it is
  dropped and the request goes on another one;
* connect failures are ``httpx.ConnectError`` / ``httpx.ConnectTimeout``, a full pool
  ``httpx.PoolTimeout``: nothing was sent;
* once the first write has begun, a failure is "outcome unknown": ``RemoteProtocolError``
  (clean EOF, malformed response, a failed write), ``ReadError`` (reset), ``ReadTimeout``,
  ``WriteTimeout``; the connection is closed, never reused.

A server that answers before reading the whole request body is not noticed until the
upload ends (the asyncio path notices at once); the request then fails or completes as the
server's socket allows.
"""

from __future__ import annotations

import contextlib
import math
import select
import socket
import ssl
import time
from collections.abc import Callable, Hashable
from typing import Any

import anyio
import httpx
import outcome
import trio
from anyio.abc import ByteStream, SocketAttribute
from anyio.streams.tls import TLSAttribute
from httptools import HttpParserError, HttpParserUpgrade

from twilio_async._transports._pool import (
    CLOSED,
    ConnectionPool,
    PoolClosedError,
    Signal,
)
from twilio_async._transports._reactor import Reactor, current_reactor
from twilio_async._transports._reader import ResponseReader
from twilio_async._transports._wire import (
    COALESCE_LIMIT,
    LAST_CHUNK,
    RawResponse,
    is_chunked_upload,
)

__all__ = ["StreamConnection", "StreamPool", "connect", "now"]

_RECEIVE_BYTES = 65536
# Exceptions a broken stream raises (anyio's, the OS's and the TLS layer's).
_BROKEN = (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError)
now = trio.current_time


class _EventWaiter:
    """A place in the pool's queue, woken through a trio event."""

    __slots__ = ("_done", "_event", "_result")

    def __init__(self) -> None:
        self._event = trio.Event()
        self._done = False
        self._result: Any = None

    def done(self) -> bool:
        return self._done

    def set_result(self, result: Any) -> None:
        self._done = True
        self._result = result
        self._event.set()

    def result(self) -> Any:
        return self._result

    async def wait(self) -> None:
        await self._event.wait()


class StreamPool(ConnectionPool["StreamConnection"]):
    """The connection pool, waiting with trio primitives instead of asyncio futures."""

    __slots__ = ()

    async def acquire_on_trio(
        self, key: Hashable, request: httpx.Request | None, pool_timeout: float | None
    ) -> StreamConnection | None:
        """Like :meth:`ConnectionPool.acquire`, under trio."""
        deadline = math.inf if pool_timeout is None else now() + pool_timeout
        return await self._acquire(
            key, time.monotonic, lambda: self._wait_on_trio(key, request, deadline)
        )

    async def _wait_on_trio(
        self, key: Hashable, request: httpx.Request | None, deadline: float
    ) -> StreamConnection | Signal:
        waiter = _EventWaiter()
        entry: tuple[Hashable, _EventWaiter] = (key, waiter)
        self._waiters.append(entry)
        try:
            with trio.CancelScope(deadline=deadline):
                await waiter.wait()
        except BaseException:
            if waiter.done():
                self.give_back(waiter.result(), time.monotonic())
            self.forget_waiter(entry)
            raise
        if not waiter.done():  # the deadline passed first
            self.forget_waiter(entry)
            raise httpx.PoolTimeout("Timed out waiting for a free connection", request=request)
        result: StreamConnection | Signal = waiter.result()
        if result is CLOSED:
            raise PoolClosedError()
        return result


async def connect(
    key: Hashable,
    host: str,
    port: int,
    context: ssl.SSLContext | None,
    request: httpx.Request | None,
    connect_timeout: float | None,
    max_body: int,
) -> StreamConnection:
    """Open a connection (TLS when ``context`` is given); nothing is sent yet."""
    try:
        with anyio.fail_after(connect_timeout):
            # Ragged EOFs (no close_notify) end a stream like a TCP EOF does, as on asyncio.
            stream: ByteStream
            if context is None:
                stream = await anyio.connect_tcp(host, port)
            else:
                stream = await anyio.connect_tcp(
                    host, port, ssl_context=context, tls_standard_compatible=False
                )
    except TimeoutError:
        raise httpx.ConnectTimeout(
            f"Timed out connecting to {host}:{port}", request=request
        ) from None
    except _BROKEN as exc:  # includes ssl.SSLError, socket.gaierror
        raise httpx.ConnectError(
            f"Could not connect to {host}:{port}: {exc}", request=request
        ) from exc
    return StreamConnection(key, stream, max_body)


class _SocketChannel:
    """Plain TCP through the socket's own non-blocking calls; trio only for the waits."""

    __slots__ = ("_socket",)

    def __init__(self, sock: socket.socket) -> None:
        self._socket = sock

    async def send(self, data: bytes) -> None:
        sock = self._socket
        view = memoryview(data)
        while view:
            try:
                sent = sock.send(view)
            except BlockingIOError:
                await trio.lowlevel.wait_writable(sock)
                continue
            view = view[sent:]

    async def receive(self) -> bytes:
        """The next bytes; ``b""`` at EOF.  Waits first: a response is rarely there yet."""
        sock = self._socket
        while True:
            await trio.lowlevel.wait_readable(sock)
            try:
                return sock.recv(_RECEIVE_BYTES)
            except BlockingIOError:
                continue


class _TLSChannel:
    """TLS through anyio's TLS stream."""

    __slots__ = ("_stream",)

    def __init__(self, stream: ByteStream) -> None:
        self._stream = stream

    async def send(self, data: bytes) -> None:
        await self._stream.send(data)

    async def receive(self) -> bytes:
        try:
            return await self._stream.receive(_RECEIVE_BYTES)
        except anyio.EndOfStream:
            return b""


class StreamConnection(ResponseReader):
    """A keep-alive HTTP/1.1 connection under trio, one request at a time."""

    __slots__ = (
        "_busy",
        "_channel",
        "_disarmed",
        "_end",
        "_error",
        "_fileno",
        "_poll_readable",
        "_reactor",
        "_read_deadline",
        "_read_timeout",
        "_request",
        "_result",
        "_socket",
        "_task",
        "_ticket",
        "idle_since",
        "key",
    )

    def __init__(self, key: Hashable, stream: ByteStream, max_body: int) -> None:
        self.key = key
        self.idle_since = 0.0
        self._socket = stream.extra(SocketAttribute.raw_socket)
        # anyio's TLS stream passes the TCP socket's attributes through, TLS ones added.
        tls = stream.extra(TLSAttribute.ssl_object, None) is not None
        self._channel: _SocketChannel | _TLSChannel = (
            _TLSChannel(stream) if tls else _SocketChannel(self._socket)
        )
        self._poll_readable = _readability_check(self._socket)
        self._alive = True
        self._result: RawResponse | None = None
        self._error: str | None = None
        self._init_reader(max_body)
        # The reactor's side (plain TCP only, see _reactor): the task waiting for this
        # connection's response, the ticket of its deadline, whether an exchange is on.
        self._fileno = self._socket.fileno()
        self._reactor: Reactor | None = None
        self._task: Any = None
        self._ticket = -1
        self._busy = False
        self._disarmed = False
        self._request: httpx.Request | None = None
        self._read_timeout: float | None = None
        self._end = math.inf
        self._read_deadline = math.inf

    # -- state seen by the pool -------------------------------------------------------------

    def is_reusable(self) -> bool:
        """Whether a request may be written: open, and nothing (EOF included) waiting to be
        read, which on an idle connection means the server closed it or misbehaved."""
        if not self._alive:
            return False
        if self._poll_readable():
            self._alive = False
        return self._alive

    def usable_after_exchange(self) -> bool:
        """Whether the connection may go back to the pool after its response: not closed,
        no failure or framing doubt seen (no system call; checkout checks the socket)."""
        return self._alive

    def close(self) -> None:
        """Close at once (no TLS close_notify); used for idle connections and failures."""
        self._alive = False
        reactor = self._reactor
        if reactor is not None:
            self._reactor = None
            reactor.remove(self._fileno)
        # Wakes any trio task waiting on the socket (with an error) instead of leaving it
        # on a closed descriptor; outside a trio run nothing can be waiting.
        with contextlib.suppress(RuntimeError, OSError, ValueError):
            trio.lowlevel.notify_closing(self._socket)
        with contextlib.suppress(OSError):
            self._socket.close()

    # -- ResponseReader --------------------------------------------------------------------

    def _expecting(self) -> bool:
        return self._result is None

    def _deliver(
        self, status: int, headers: list[tuple[bytes, bytes]], body: bytes, keep_alive: bool
    ) -> None:
        self._result = (status, headers, body, keep_alive)

    def _refuse(self, message: str) -> None:
        if self._error is None:
            self._error = message

    # -- one exchange ----------------------------------------------------------------------

    async def round_trip(
        self,
        request: httpx.Request | None,
        head: bytes,
        body: bytes | None,
        read_timeout: float | None,
        write_timeout: float | None,
        total_end: float | None,
    ) -> RawResponse:
        """Send ``head`` then ``body`` (or the request's stream when ``body`` is None) and
        read the whole response.  ``read_timeout`` bounds each wait for response bytes,
        ``total_end`` (trio's clock) the exchange as a whole."""
        reactor = self._reactor_now()
        if reactor is None:
            return await self._round_trip_streamed(
                request, head, body, read_timeout, write_timeout, total_end
            )
        self._start_exchange(head.startswith(b"HEAD "))
        self._result = None
        self._error = None
        self._request = request
        self._busy = True
        end = math.inf if total_end is None else total_end
        writing = True
        try:
            if body is not None and len(body) < COALESCE_LIMIT:
                data = head + body
                try:
                    sent = self._socket.send(data)
                except BlockingIOError:
                    sent = 0
                if sent < len(data):
                    await self._write(data[sent:], b"", request, write_timeout, end)
            else:
                await self._write(head, body, request, write_timeout, end)
            writing = False
            if self._disarmed:  # the server answered while the request was being written
                self._disarmed = False
                reactor.arm(self._fileno)
            deadline = _deadline(read_timeout, end)
            self._read_timeout = read_timeout
            self._end = end
            self._read_deadline = deadline
            return await reactor.response(self, deadline)
        except _BROKEN as exc:
            self.close()
            raise self._broken(request, exc, writing) from exc
        except BaseException:
            # Cancelled or failed mid-exchange: the framing of the connection is lost.
            self.close()
            raise
        finally:
            self._busy = False
            self._request = None

    async def _write(
        self,
        data: bytes,
        body: bytes | None,
        request: httpx.Request | None,
        write_timeout: float | None,
        end: float,
    ) -> None:
        """Write ``data``, then ``body`` (the request's stream when None), within the write
        timeout."""
        channel = self._channel
        with trio.CancelScope(deadline=_deadline(write_timeout, end)) as scope:
            if data:
                await channel.send(data)
            if body is None:
                assert request is not None, "a streamed body comes with its request"
                await self._send_stream(request)
            elif body:
                await channel.send(body)
        if scope.cancelled_caught:
            self.close()
            raise httpx.WriteTimeout("Timed out while sending the request", request=request)

    # -- the reactor's side ----------------------------------------------------------------

    def _reactor_now(self) -> Reactor | None:
        """The reactor reading this connection's responses (None: TLS, or no epoll)."""
        if not isinstance(self._channel, _SocketChannel):
            return None
        reactor = current_reactor()
        if reactor is not self._reactor and reactor is not None:
            if self._reactor is not None:  # an earlier trio run's
                self._reactor.remove(self._fileno)
            reactor.add(self, self._fileno)
            self._reactor = reactor
            self._disarmed = False
        return reactor

    def _readable(self) -> None:
        """The reactor saw bytes (or EOF) on the socket. Never raises: a failure goes to
        the waiting task."""
        if self._task is None:
            if self._busy:  # its task is still writing: read once it waits
                if self._reactor is not None:
                    self._reactor.disarm(self._fileno)
                    self._disarmed = True
            else:  # idle: the server closed it, or sent bytes nobody asked for
                self.close()
            return
        request = self._request
        try:
            try:
                data = self._socket.recv(_RECEIVE_BYTES)
            except BlockingIOError:
                return
            except OSError as exc:
                self.close()
                raise self._broken(request, exc, False) from exc
            result = self._feed(data, request) if data else self._at_eof(request)
        except Exception as exc:
            self.close()
            if not isinstance(exc, httpx.TransportError):
                exc = httpx.RemoteProtocolError(
                    f"Malformed HTTP response: {exc!r}", request=request
                )
            Reactor.deliver(self, outcome.Error(exc))
            return
        if result is not None:
            self._busy = False
            Reactor.deliver(self, outcome.Value(result))
        elif self._read_timeout is not None:
            self._read_deadline = _deadline(self._read_timeout, self._end)

    def _timed_out(self) -> None:
        """The reactor's deadline for this exchange passed."""
        self.close()
        error = httpx.ReadTimeout("Timed out while waiting for the response", request=self._request)
        Reactor.deliver(self, outcome.Error(error))

    def _abandon(self) -> None:
        """The waiting task was cancelled: nothing will read the rest of the response."""
        self._task = None
        self._ticket = -1
        self.close()

    def _lost(self, why: str) -> None:
        """The reactor is going away with this exchange unfinished."""
        self.close()
        error = httpx.ReadError(f"{self._eof_message()}: {why}", request=self._request)
        Reactor.deliver(self, outcome.Error(error))

    async def _round_trip_streamed(
        self,
        request: httpx.Request | None,
        head: bytes,
        body: bytes | None,
        read_timeout: float | None,
        write_timeout: float | None,
        total_end: float | None,
    ) -> RawResponse:
        """:meth:`round_trip` with the task reading its own response (TLS connections)."""
        self._start_exchange(head.startswith(b"HEAD "))
        self._result = None
        self._error = None
        channel = self._channel
        writing = True
        end = math.inf if total_end is None else total_end
        scope = trio.CancelScope(deadline=_deadline(write_timeout, end))
        try:
            with scope:
                if body is None:
                    assert request is not None, "a streamed body comes with its request"
                    await channel.send(head)
                    await self._send_stream(request)
                elif len(body) < COALESCE_LIMIT:
                    await channel.send(head + body)
                else:
                    await channel.send(head)
                    await channel.send(body)
                writing = False
                scope.deadline = _deadline(read_timeout, end)
                while True:
                    data = await channel.receive()
                    if not data:
                        return self._at_eof(request)
                    result = self._feed(data, request)
                    if result is not None:
                        return result
                    if read_timeout is not None:
                        scope.deadline = _deadline(read_timeout, end)
        except _BROKEN as exc:
            self.close()
            raise self._broken(request, exc, writing) from exc
        except BaseException:
            # Cancelled or failed mid-exchange: the framing of the connection is lost.
            self.close()
            raise
        # Only the deadline ends the block without a return: a timeout.
        self.close()
        if writing:
            raise httpx.WriteTimeout("Timed out while sending the request", request=request)
        raise httpx.ReadTimeout("Timed out while waiting for the response", request=request)

    async def _send_stream(self, request: httpx.Request) -> None:
        stream = request.stream
        if not isinstance(stream, httpx.AsyncByteStream):
            raise TypeError("FastTransport needs an async request stream")
        chunked = is_chunked_upload(request)
        channel = self._channel
        async for chunk in stream:
            if not chunk:
                continue
            await channel.send(b"%x\r\n%b\r\n" % (len(chunk), chunk) if chunked else chunk)
        if chunked:
            await channel.send(LAST_CHUNK)

    def _feed(self, data: bytes, request: httpx.Request | None) -> RawResponse | None:
        """Parse ``data``; the response once it is whole, else None."""
        try:
            self._parser.feed_data(data)
        except HttpParserUpgrade:
            self._refuse("Unexpected protocol upgrade")
        except HttpParserError as exc:
            self._refuse(f"Malformed HTTP response: {exc}")
        if self._error is None:
            self._count_head_bytes(data)
        if self._error is not None:
            self.close()
            raise httpx.RemoteProtocolError(self._error, request=request)
        return self._result

    def _at_eof(self, request: httpx.Request | None) -> RawResponse:
        """The server closed the connection before the response was complete."""
        self.close()
        body = self._close_delimited_body()
        if body is not None:
            return self._parser.get_status_code(), self._headers, body, False
        raise httpx.RemoteProtocolError(self._eof_message(), request=request)

    def _broken(
        self, request: httpx.Request | None, exc: BaseException, writing: bool
    ) -> httpx.TransportError:
        if writing:
            # Some bytes may have reached the server: never a ConnectError.
            return httpx.RemoteProtocolError(
                f"Server disconnected while the request was being sent: {exc}", request=request
            )
        return httpx.ReadError(f"{self._eof_message()}: {exc}", request=request)


def _readability_check(sock: socket.socket) -> Callable[[], bool]:
    """A function telling whether ``sock`` has something to read (or is closed) right now."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(sock, select.POLLIN)

        def poll_readable() -> bool:
            try:
                return bool(poller.poll(0))
            except (OSError, ValueError):
                return True

        return poll_readable

    def select_readable() -> bool:  # pragma: no cover - platforms without poll (Windows)
        try:
            return bool(select.select([sock], [], [], 0)[0])
        except (OSError, ValueError):
            return True

    return select_readable


def _deadline(timeout: float | None, total_end: float) -> float:
    if timeout is None:
        return total_end
    end = now() + timeout
    return end if end < total_end else total_end
