"""The httptools side of a connection: one response parsed into status, headers and body.

Both connection kinds (the asyncio ``Protocol`` in ``_connection`` and trio's sockets in
``_stream``) feed response bytes to the parser this class drives; they differ only in how a
finished response, or a refusal, reaches the request waiting for it, which they say through
four small methods.
"""

from __future__ import annotations

from httptools import HttpResponseParser

from twilio_async._transports._wire import MAX_HEAD_BYTES

__all__ = ["ResponseReader"]


class ResponseReader:
    """The parser callbacks and limits shared by both connection kinds.

    ``_alive`` is the connection's own: False once it must not carry another request.
    """

    __slots__ = (
        "_alive",
        "_body",
        "_body_bytes",
        "_head_bytes",
        "_header_bytes",
        "_headers",
        "_headers_complete",
        "_is_head",
        "_max_body",
        "_parser",
        "_started",
    )

    def _init_reader(self, max_body: int) -> None:
        self._max_body = max_body
        self._parser = HttpResponseParser(self)
        self._start_exchange(False)

    def _start_exchange(self, is_head: bool) -> None:
        """Forget the last response; the next one answers a HEAD request when ``is_head``."""
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []
        self._head_bytes = 0  # bytes received before the head was complete
        self._header_bytes = 0  # bytes of the header names and values parsed
        self._body_bytes = 0
        self._started = False
        self._headers_complete = False
        self._is_head = is_head

    # -- what each connection kind says -----------------------------------------------------

    def _expecting(self) -> bool:
        """Whether a request waits for a response not yet delivered."""
        raise NotImplementedError

    def _deliver(
        self, status: int, headers: list[tuple[bytes, bytes]], body: bytes, keep_alive: bool
    ) -> None:
        """Hand the whole response to the waiting request."""
        raise NotImplementedError

    def _refuse(self, message: str) -> None:
        """Fail the waiting request with ``httpx.RemoteProtocolError(message)``; the
        connection is not reused."""
        raise NotImplementedError

    def _retire(self) -> None:
        """Never reuse the connection (its framing can't be trusted any more)."""
        self._alive = False

    # -- httptools callbacks ---------------------------------------------------------------

    def on_message_begin(self) -> None:
        """A response starts (an interim 1xx response may come first)."""
        if not self._expecting():
            self._retire()  # bytes nobody asked for
        self._started = True
        self._headers_complete = False
        self._headers = []
        self._body = []

    def on_header(self, name: bytes, value: bytes) -> None:
        """Collect one header; httptools joins continuation pieces for us."""
        self._headers.append((name, value))
        # A whole head can come in one read, which the per-read count can't see.
        self._header_bytes += len(name) + len(value)
        if self._header_bytes > MAX_HEAD_BYTES:
            self._refuse(f"Response head longer than {MAX_HEAD_BYTES} bytes")

    def on_headers_complete(self) -> None:
        """Note the end of the head; a HEAD response ends here whatever it declares."""
        self._headers_complete = True
        if self._is_head and self._parser.get_status_code() >= 200 and self._expecting():
            # The parser would wait for the body the headers announce, so this
            # connection's framing is lost for later requests: never reuse it.
            self._retire()
            self._deliver(self._parser.get_status_code(), self._headers, b"", False)

    def on_body(self, body: bytes) -> None:
        """Collect a piece of the body, up to the body limit."""
        self._body_bytes += len(body)
        if self._body_bytes > self._max_body:
            self._refuse(f"Response body longer than {self._max_body} bytes")
            return
        self._body.append(body)

    def on_message_complete(self) -> None:
        """Deliver the final response; interim 1xx responses are skipped."""
        parser = self._parser
        status = parser.get_status_code()
        if status < 200 or not self._expecting():
            return
        body = self._body
        content = body[0] if len(body) == 1 else b"".join(body)
        self._deliver(status, self._headers, content, parser.should_keep_alive())

    # -- for the connection ----------------------------------------------------------------

    def _count_head_bytes(self, data: bytes) -> None:
        """Count bytes received while the head is incomplete: a server streaming header
        lines (or one endless line) would otherwise make us buffer without end."""
        if not self._headers_complete:
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse(f"Response head longer than {MAX_HEAD_BYTES} bytes")

    def _close_delimited_body(self) -> bytes | None:
        """At EOF: the body, if the response was complete up to its head and its body
        runs until EOF (neither Content-Length nor Transfer-Encoding); else None."""
        if not self._headers_complete:
            return None
        for name, _ in self._headers:
            lowered = name.lower()
            if lowered == b"content-length" or lowered == b"transfer-encoding":
                return None
        return b"".join(self._body)

    def _eof_message(self) -> str:
        if not self._started:
            return "Server disconnected without sending a response"
        return "Server disconnected before the response was complete"
