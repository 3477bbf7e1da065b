"""HTTP/1.1 on trio: ``FastTransport``'s path on the event loops other than asyncio.

Under trio there is no asyncio ``Protocol`` to drive the parser, so the request's own task
writes to its connection and then reads from it until httptools has parsed the whole
response.  Connections are opened with ``anyio.connect_tcp`` (TLS included); a plain TCP
connection is then driven through its socket's own non-blocking calls, waiting with
``trio.lowlevel.wait_readable``/``wait_writable`` only when the socket would block (trio's
socket methods wrap every call in a context manager and a scheduler round trip, which made
a create cost half as much again); a TLS connection goes through anyio's TLS stream.  The
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
import trio
from anyio.abc import ByteStream, SocketAttribute
from anyio.streams.tls import TLSAttribute
from httptools import HttpParserError, HttpParserUpgrade, HttpResponseParser

from twilio_async._transports._pool import (
    CLOSED,
    ConnectionPool,
    PoolClosedError,
    Signal,
)
from twilio_async._transports._wire import (
    COALESCE_LIMIT,
    LAST_CHUNK,
    MAX_HEAD_BYTES,
    RawResponse,
    is_chunked_upload,
    is_close_delimited,
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


class StreamConnection:
    """A keep-alive HTTP/1.1 connection on an anyio byte stream, one request at a time."""

    __slots__ = (
        "_alive",
        "_body",
        "_body_bytes",
        "_channel",
        "_complete",
        "_error",
        "_head_bytes",
        "_header_bytes",
        "_headers",
        "_headers_complete",
        "_is_head",
        "_keep_alive",
        "_max_body",
        "_parser",
        "_readable",
        "_socket",
        "_started",
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
        self._readable = _readability_check(self._socket)
        self._alive = True
        self._max_body = max_body
        self._parser = HttpResponseParser(self)
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []
        self._head_bytes = 0
        self._header_bytes = 0
        self._body_bytes = 0
        self._started = False
        self._headers_complete = False
        self._complete = False
        self._keep_alive = False
        self._is_head = False
        self._error: httpx.TransportError | None = None

    # -- state seen by the pool -------------------------------------------------------------

    def is_reusable(self) -> bool:
        """Whether a request may be written: open, and nothing (EOF included) waiting to be
        read, which on an idle connection means the server closed it or misbehaved."""
        if not self._alive:
            return False
        if self._readable():
            self._alive = False
        return self._alive

    @property
    def open(self) -> bool:
        """Not closed, and no failure or framing doubt seen (no system call, unlike
        :meth:`is_reusable`)."""
        return self._alive

    def close(self) -> None:
        """Close at once (no TLS close_notify); used for idle connections and failures."""
        self._alive = False
        with contextlib.suppress(OSError):
            self._socket.close()

    # -- httptools callbacks ---------------------------------------------------------------

    def on_message_begin(self) -> None:
        """A response starts (an interim 1xx response may come first)."""
        if self._complete:
            self._alive = False  # bytes after the response: the framing can't be trusted
        self._started = True
        self._headers_complete = False
        self._headers = []
        self._body = []

    def on_header(self, name: bytes, value: bytes) -> None:
        """Collect one header; httptools joins continuation pieces for us."""
        self._headers.append((name, value))
        # A whole head can come in one read, which the check in _feed can't see.
        self._header_bytes += len(name) + len(value)
        if self._header_bytes > MAX_HEAD_BYTES and self._error is None:
            message = f"Response head longer than {MAX_HEAD_BYTES} bytes"
            self._error = httpx.RemoteProtocolError(message)

    def on_headers_complete(self) -> None:
        """Note the end of the head; a HEAD response ends here whatever it declares."""
        self._headers_complete = True
        if self._is_head and self._parser.get_status_code() >= 200 and not self._complete:
            # The parser would wait for the body the headers announce: never reuse.
            self._alive = False
            self._complete = True

    def on_body(self, body: bytes) -> None:
        """Collect a piece of the body, up to the body limit."""
        self._body_bytes += len(body)
        if self._body_bytes > self._max_body:
            if self._error is None:
                message = f"Response body longer than {self._max_body} bytes"
                self._error = httpx.RemoteProtocolError(message)
            return
        self._body.append(body)

    def on_message_complete(self) -> None:
        """The final response is whole; interim 1xx responses are skipped."""
        if self._parser.get_status_code() >= 200 and not self._complete:
            self._complete = True
            self._keep_alive = self._parser.should_keep_alive()

    # -- one exchange ----------------------------------------------------------------------

    async def round_trip(
        self,
        request: httpx.Request | None,
        head: bytes,
        body: bytes | None,
        read_timeout: float | None,
        write_timeout: float | None,
        total_end: float,
    ) -> RawResponse:
        """Send ``head`` then ``body`` (or the request's stream when ``body`` is None) and
        read the whole response.  ``read_timeout`` bounds each wait for response bytes,
        ``total_end`` (trio's clock) the exchange as a whole."""
        self._headers = []
        self._body = []
        self._head_bytes = 0
        self._header_bytes = 0
        self._body_bytes = 0
        self._started = False
        self._headers_complete = False
        self._complete = False
        self._error = None
        self._is_head = head.startswith(b"HEAD ")
        channel = self._channel
        writing = True
        scope = trio.CancelScope(deadline=_deadline(write_timeout, total_end))
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
                scope.deadline = _deadline(read_timeout, total_end)
                while True:
                    data = await channel.receive()
                    if not data:
                        return self._at_eof(request)
                    self._feed(data, request)
                    if self._complete:
                        break
                    if read_timeout is not None:
                        scope.deadline = _deadline(read_timeout, total_end)
        except _BROKEN as exc:
            self.close()
            raise self._broken(request, exc, writing) from exc
        except BaseException:
            # Cancelled or failed mid-exchange: the framing of the connection is lost.
            self.close()
            raise
        if scope.cancelled_caught:
            self.close()
            if writing:
                raise httpx.WriteTimeout("Timed out while sending the request", request=request)
            raise httpx.ReadTimeout("Timed out while waiting for the response", request=request)
        body_parts = self._body
        content = body_parts[0] if len(body_parts) == 1 else b"".join(body_parts)
        return self._parser.get_status_code(), self._headers, content, self._keep_alive

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

    def _feed(self, data: bytes, request: httpx.Request | None) -> None:
        try:
            self._parser.feed_data(data)
        except HttpParserUpgrade:
            self._error = httpx.RemoteProtocolError("Unexpected protocol upgrade")
        except HttpParserError as exc:
            self._error = httpx.RemoteProtocolError(f"Malformed HTTP response: {exc}")
        if not self._headers_complete and self._error is None:
            # A server streaming header lines would otherwise make us buffer without end.
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                message = f"Response head longer than {MAX_HEAD_BYTES} bytes"
                self._error = httpx.RemoteProtocolError(message)
        error = self._error
        if error is not None:
            self.close()
            if request is not None:
                error.request = request
            raise error

    def _at_eof(self, request: httpx.Request | None) -> RawResponse:
        """The server closed the connection before the response was complete."""
        self.close()
        if self._headers_complete and is_close_delimited(self._headers):
            status = self._parser.get_status_code()
            return status, self._headers, b"".join(self._body), False
        if not self._started:
            message = "Server disconnected without sending a response"
        else:
            message = "Server disconnected before the response was complete"
        raise httpx.RemoteProtocolError(message, request=request)

    def _broken(
        self, request: httpx.Request | None, exc: BaseException, writing: bool
    ) -> httpx.TransportError:
        if writing:
            # Some bytes may have reached the server: never a ConnectError.
            return httpx.RemoteProtocolError(
                f"Server disconnected while the request was being sent: {exc}", request=request
            )
        message = (
            "Server disconnected before the response was complete"
            if self._started
            else "Server disconnected without sending a response"
        )
        return httpx.ReadError(f"{message}: {exc}", request=request)


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
