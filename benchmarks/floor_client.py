"""The floor: a minimal hand-written asyncio client for the two requests the benchmarks send.

An ``asyncio.Protocol`` per connection feeding an httptools response parser, a LIFO list of
keep-alive connections, a precomputed Basic auth header, ``urlencode`` for the form and
orjson for the body; plain dicts out. No retries, no timeouts, no types, no error mapping
beyond "status >= 400 raises", no TLS: what a create or a list page costs when nothing but
HTTP/1.1 and JSON is done. ``twilio_async`` is compared with it in ``bench_create.py``,
``bench_list.py`` and ``bench_instructions.py``.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode, urlsplit

import httptools
import orjson

__all__ = ["FloorClient"]


class _Connection(asyncio.Protocol):
    """One keep-alive connection carrying one request at a time."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.body: list[bytes] = []
        self.waiter: asyncio.Future[tuple[int, bytes, bool]] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError("server closed the connection"))

    def data_received(self, data: bytes) -> None:
        self.parser.feed_data(data)

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        body, self.body = b"".join(self.body), []
        waiter, self.waiter = self.waiter, None
        assert waiter is not None
        waiter.set_result((self.parser.get_status_code(), body, self.parser.should_keep_alive()))


class FloorClient:
    """Creates and lists messages against ``base_url`` (plain ``http://host:port``)."""

    def __init__(self, base_url: str, account_sid: str, auth_token: str) -> None:
        parts = urlsplit(base_url)
        assert parts.scheme == "http", "the floor speaks plain HTTP only"
        assert parts.hostname is not None
        self._host = parts.hostname
        self._port = parts.port or 80
        token = base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode()
        self._headers = (
            f"Host: {parts.netloc}\r\nAuthorization: Basic {token}\r\n"
            "Accept: application/json\r\nUser-Agent: floor\r\n"
        ).encode()
        self._messages = f"/2010-04-01/Accounts/{account_sid}/Messages.json"
        self._idle: list[_Connection] = []
        self._open: list[_Connection] = []

    async def create(self, form: dict[str, str]) -> dict[str, Any]:
        """POST one message; the created message as a dict."""
        body = urlencode(form).encode()
        head = b"POST %s HTTP/1.1\r\n%sContent-Type: application/x-www-form-urlencoded\r\n" % (
            self._messages.encode(),
            self._headers,
        )
        data: dict[str, Any] = await self._exchange(
            head + b"Content-Length: %d\r\n\r\n" % len(body) + body
        )
        return data

    async def stream(self, limit: int, page_size: int) -> AsyncIterator[dict[str, Any]]:
        """Up to ``limit`` messages, following ``next_page_uri`` page by page."""
        target: str | None = f"{self._messages}?PageSize={page_size}"
        seen = 0
        while target is not None:
            request = b"GET %s HTTP/1.1\r\n%s\r\n" % (target.encode(), self._headers)
            page = await self._exchange(request)
            for record in page["messages"]:
                yield record
                seen += 1
                if seen >= limit:
                    return
            target = page.get("next_page_uri")

    async def _exchange(self, request: bytes) -> Any:
        conn = await self._checkout()
        waiter = asyncio.get_running_loop().create_future()
        conn.waiter = waiter
        assert conn.transport is not None
        conn.transport.write(request)
        status, body, keep_alive = await waiter
        if keep_alive and conn.transport is not None:
            self._idle.append(conn)
        if status >= 400:
            raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
        return orjson.loads(body)

    async def _checkout(self) -> _Connection:
        while self._idle:
            conn = self._idle.pop()
            if conn.transport is not None and not conn.transport.is_closing():
                return conn
        loop = asyncio.get_running_loop()
        _, conn = await loop.create_connection(_Connection, self._host, self._port)
        self._open.append(conn)
        return conn

    async def aclose(self) -> None:
        """Close every connection."""
        for conn in self._open:
            if conn.transport is not None:
                conn.transport.close()
        self._open.clear()
        self._idle.clear()
