"""One HTTP/1.1 client connection: an asyncio ``Protocol`` driving an httptools parser.

A connection carries one request at a time.  :meth:`H1Connection.round_trip` writes the
request synchronously up to its first suspension point, so a caller that checked
:meth:`H1Connection.is_reusable` just before calling it knows no byte was written to a
connection that was already dead.  Every failure after that first write is reported as an
"outcome unknown" error (see the package docstring).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable
from typing import cast

import httpx
from httptools import HttpParserError, HttpParserUpgrade

from twilio_async._transports._reader import ResponseReader
from twilio_async._transports._wire import (
    COALESCE_LIMIT,
    DEFAULT_MAX_BODY_BYTES,
    LAST_CHUNK,
    RawResponse,
    is_chunked_upload,
)

__all__ = ["H1Connection"]

# asyncio may run a timer up to its clock resolution early; a read deadline that is closer
# than this is treated as reached instead of being re-armed.
_TIMER_SLACK = 1e-3
_NO_END = float("inf")


class H1Connection(ResponseReader, asyncio.Protocol):
    """A keep-alive HTTP/1.1 connection owned by the pool.

    ``key`` is the pool key (scheme, host, port) and ``idle_since`` the loop time at which the
    connection last went back to the pool.
    """

    __slots__ = (
        "_closed",
        "_deadline",
        "_drain_waiter",
        "_loop",
        "_on_lost",
        "_read_timeout",
        "_request",
        "_response",
        "_timer",
        "_timing",
        "_total_end",
        "_transport",
        "_write_paused",
        "idle_since",
        "key",
    )

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        key: Hashable,
        on_lost: Callable[[H1Connection], None],
        max_body: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        self.key = key
        self._init_reader(max_body)
        self.idle_since = 0.0
        self._loop = loop
        self._on_lost = on_lost
        self._transport: asyncio.Transport | None = None
        self._alive = False
        self._closed: asyncio.Future[None] = loop.create_future()
        self._request: httpx.Request | None = None
        self._response: asyncio.Future[RawResponse] | None = None
        self._write_paused = False
        self._drain_waiter: asyncio.Future[None] | None = None
        # While _timing, the response must complete by _deadline: the earlier of the read
        # timeout after the last byte received and _total_end (the call's overall deadline).
        self._timing = False
        self._read_timeout = _NO_END
        self._total_end = _NO_END
        self._deadline = 0.0
        self._timer: asyncio.TimerHandle | None = None

    # -- state seen by the pool -------------------------------------------------------------

    def is_reusable(self) -> bool:
        """Whether a new request may be written: connected, no EOF, not closing."""
        transport = self._transport
        return self._alive and transport is not None and not transport.is_closing()

    def usable_after_exchange(self) -> bool:
        """Whether the connection may go back to the pool after its response."""
        return self.is_reusable()

    def close(self) -> None:
        """Close gracefully (TLS close_notify is sent); used for idle connections."""
        self._alive = False
        if self._transport is not None:
            self._transport.close()

    def abort(self) -> None:
        """Close at once, dropping buffered data; used when the framing is in doubt."""
        self._alive = False
        if self._transport is not None:
            self._transport.abort()

    async def wait_closed(self) -> None:
        """Wait until asyncio has reported the connection lost."""
        await asyncio.shield(self._closed)

    # -- asyncio.Protocol ------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Record the transport; the connection becomes usable."""
        self._transport = cast(asyncio.Transport, transport)
        self._alive = True

    def connection_lost(self, exc: Exception | None) -> None:
        """Fail or finish the exchange in flight, wake writers, and tell the pool."""
        self._alive = False
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        waiter = self._drain_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        response = self._response
        if response is not None and not response.done():
            self._finish_at_close(response, exc)
        if not self._closed.done():
            self._closed.set_result(None)
        self._on_lost(self)

    def eof_received(self) -> bool | None:
        """Mark the connection dead at once (so checkout skips it); asyncio then closes it."""
        self._alive = False
        return None

    def pause_writing(self) -> None:
        """The transport's write buffer is over its high-water mark."""
        self._write_paused = True

    def resume_writing(self) -> None:
        """The transport's write buffer drained below its low-water mark."""
        self._write_paused = False
        waiter = self._drain_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def data_received(self, data: bytes) -> None:
        """Feed response bytes to the parser."""
        response = self._response
        if response is None or response.done():
            # Bytes nobody asked for: the framing of this connection can't be trusted.
            self.abort()
            return
        if self._timing:
            deadline = self._loop.time() + self._read_timeout
            self._deadline = deadline if deadline < self._total_end else self._total_end
        try:
            self._parser.feed_data(data)
        except HttpParserUpgrade:
            self._refuse("Unexpected protocol upgrade")
        except HttpParserError as exc:
            self._refuse(f"Malformed HTTP response: {exc}")
        if not response.done():
            self._count_head_bytes(data)

    # -- ResponseReader --------------------------------------------------------------------

    def _expecting(self) -> bool:
        response = self._response
        return response is not None and not response.done()

    def _deliver(
        self, status: int, headers: list[tuple[bytes, bytes]], body: bytes, keep_alive: bool
    ) -> None:
        assert self._response is not None
        self._response.set_result((status, headers, body, keep_alive))

    def _refuse(self, message: str) -> None:
        response = self._response
        if response is not None:
            self._fail(response, httpx.RemoteProtocolError, message)

    # -- one exchange ----------------------------------------------------------------------

    async def round_trip(
        self,
        request: httpx.Request | None,
        head: bytes,
        body: bytes | None,
        read_timeout: float | None,
        write_timeout: float | None,
        total_end: float | None = None,
    ) -> RawResponse:
        """Send ``head`` then ``body`` (or the request's stream when ``body`` is None).

        ``read_timeout`` bounds each wait for response bytes; ``total_end`` (a loop time)
        is when the response must be complete at the latest, however the bytes trickle.
        The caller must have seen :meth:`is_reusable` return True with no suspension since.
        Everything up to the first write runs without suspending.
        """
        transport = self._transport
        assert transport is not None
        loop = self._loop
        response: asyncio.Future[RawResponse] = loop.create_future()
        self._response = response
        self._request = request
        self._start_exchange(head.startswith(b"HEAD "))
        try:
            if body is None:
                assert request is not None, "a streamed body comes with its request"
                transport.write(head)
                await self._write_stream(request, response, write_timeout)
            elif len(body) < COALESCE_LIMIT:
                transport.write(head + body)
            else:
                transport.write(head)
                transport.write(body)
            if self._write_paused and not response.done():
                await self._drain(request, response, write_timeout)
            if read_timeout is not None or total_end is not None:
                self._timing = True
                self._read_timeout = _NO_END if read_timeout is None else read_timeout
                self._total_end = _NO_END if total_end is None else total_end
                self._deadline = min(loop.time() + self._read_timeout, self._total_end)
                timer = self._timer
                if timer is None or timer.when() > self._deadline:
                    if timer is not None:
                        timer.cancel()
                    self._timer = loop.call_at(self._deadline, self._on_read_timer)
            return await response
        except BaseException:
            # Cancelled or failed mid-exchange: what the server got is unknown, and the
            # framing of the connection is lost.
            self.abort()
            if not response.done():
                response.cancel()
            elif not response.cancelled():
                response.exception()  # retrieved: this error is superseded by ours
            raise
        finally:
            self._timing = False
            self._request = None
            self._response = None

    async def _write_stream(
        self,
        request: httpx.Request,
        response: asyncio.Future[RawResponse],
        write_timeout: float | None,
    ) -> None:
        stream = request.stream
        if not isinstance(stream, httpx.AsyncByteStream):
            raise TypeError("FastTransport needs an async request stream")
        chunked = is_chunked_upload(request)
        transport = self._transport
        assert transport is not None
        async for chunk in stream:
            if response.done():
                # The server answered (or failed) before reading the whole body.
                self._alive = False
                return
            if transport.is_closing():
                # Bytes were written already: the outcome is unknown, never ConnectError.
                raise httpx.RemoteProtocolError(
                    "Server disconnected while the request was being sent", request=request
                )
            if not chunk:
                continue
            if chunked:
                transport.write(b"%x\r\n%b\r\n" % (len(chunk), chunk))
            else:
                transport.write(chunk)
            if self._write_paused:
                await self._drain(request, response, write_timeout)
        if chunked and not response.done():
            transport.write(LAST_CHUNK)

    async def _drain(
        self,
        request: httpx.Request | None,
        response: asyncio.Future[RawResponse],
        write_timeout: float | None,
    ) -> None:
        """Wait for the write buffer to drain; a lost connection is left for ``response``."""
        loop = self._loop
        waiter: asyncio.Future[None] = loop.create_future()
        self._drain_waiter = waiter
        timer = None
        if write_timeout is not None:
            timer = loop.call_later(write_timeout, _expire_drain, waiter)
        try:
            await waiter
        finally:
            self._drain_waiter = None
            if timer is not None:
                timer.cancel()
        if self._write_paused and self._alive and not response.done():
            raise httpx.WriteTimeout("Timed out while sending the request", request=request)

    def _on_read_timer(self) -> None:
        self._timer = None
        response = self._response
        if response is None or response.done() or not self._timing:
            return
        remaining = self._deadline - self._loop.time()
        if remaining > _TIMER_SLACK:
            self._timer = self._loop.call_at(self._deadline, self._on_read_timer)
            return
        self._fail(response, httpx.ReadTimeout, "Timed out while waiting for the response")

    def _fail(
        self,
        response: asyncio.Future[RawResponse],
        error: type[httpx.TransportError],
        message: str,
    ) -> None:
        self.abort()
        if not response.done():
            response.set_exception(error(message, request=self._request))

    def _finish_at_close(
        self, response: asyncio.Future[RawResponse], exc: Exception | None
    ) -> None:
        body = self._close_delimited_body() if exc is None else None
        if body is not None:
            response.set_result((self._parser.get_status_code(), self._headers, body, False))
            return
        message = self._eof_message()
        request = self._request
        if exc is None:
            response.set_exception(httpx.RemoteProtocolError(message, request=request))
        else:
            response.set_exception(httpx.ReadError(f"{message}: {exc}", request=request))


def _expire_drain(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)
