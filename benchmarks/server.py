"""A fast fake of Twilio's v2010 Messages API for benchmarks: raw asyncio + httptools.

It answers

* ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` with 201 and a complete message;
* ``GET`` on the same path with pages of ``PageSize`` records (``Page``/``PageToken`` in the
  relative ``next_page_uri``) up to a configured total;
* ``GET /_bench/stats``, ``/_bench/reset`` and ``/_bench/config?list_total=N`` for the runner.

HTTP/1.1 keep-alive (and pipelining) is supported; there is no framework in the request path so
that the server costs far less CPU per request than any client under test. Basic auth must be
present but is not verified. Listens on 127.0.0.1 only.

Run: ``python benchmarks/server.py --port 8099`` (prints ``LISTENING <port>`` when ready).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import time
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httptools
import orjson
from _common import message_record, pin_to, rfc2822

_PREFIX = b"/2010-04-01/Accounts/"
_SUFFIX = b"/Messages.json"
_PAGE_CACHE_LIMIT = 64
_REASONS = {200: b"OK", 201: b"Created", 400: b"Bad Request", 401: b"Unauthorized"}
_REASONS |= {404: b"Not Found", 405: b"Method Not Allowed"}


class State:
    """Counters and settings shared by every connection of the server."""

    def __init__(self, list_total: int) -> None:
        self.list_total = list_total
        self.connections = 0
        self.open_connections = 0
        self.requests = 0
        self.creates = 0
        self.pages = 0
        self.sequence = 0
        self._page_cache: dict[tuple[bytes, int, int, int], bytes] = {}
        self._date_second = -1
        self._date = ""

    def reset(self) -> None:
        """Zero the counters (the connection counter only counts client connections)."""
        self.connections = 0
        self.requests = 0
        self.creates = 0
        self.pages = 0

    def now(self) -> str:
        """The current time in RFC 2822, recomputed at most once per second."""
        second = int(time.time())
        if second != self._date_second:
            self._date_second = second
            self._date = rfc2822(datetime.now(timezone.utc))
        return self._date

    def page(self, account: bytes, page_size: int, page: int) -> bytes:
        """The JSON body of one list page (cached: the records depend only on their index)."""
        key = (account, page_size, page, self.list_total)
        body = self._page_cache.get(key)
        if body is None:
            if len(self._page_cache) >= _PAGE_CACHE_LIMIT:
                self._page_cache.clear()
            body = self._render_page(account.decode(), page_size, page)
            self._page_cache[key] = body
        return body

    def _render_page(self, account: str, page_size: int, page: int) -> bytes:
        start = page * page_size
        end = min(self.list_total, start + page_size)
        records = [
            message_record(i, account_sid=account, status="delivered")
            for i in range(start, max(start, end))
        ]
        base = f"/2010-04-01/Accounts/{account}/Messages.json?PageSize={page_size}"
        next_uri = None
        if end < self.list_total:
            token = records[-1]["sid"] if records else "none"
            next_uri = f"{base}&Page={page + 1}&PageToken=PA{token}"
        previous_uri = f"{base}&Page={page - 1}" if page > 0 else None
        payload = {
            "end": max(start, end) - 1 if records else start,
            "first_page_uri": f"{base}&Page=0",
            "next_page_uri": next_uri,
            "page": page,
            "page_size": page_size,
            "previous_page_uri": previous_uri,
            "start": start,
            "uri": f"{base}&Page={page}",
            "messages": records,
        }
        return orjson.dumps(payload)


def _response(status: int, body: bytes, keep_alive: bool) -> bytes:
    head = b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % (
        status,
        _REASONS.get(status, b"Unknown"),
        len(body),
    )
    if not keep_alive:
        head += b"Connection: close\r\n"
    return head + b"\r\n" + body


def _error(status: int, message: str) -> bytes:
    return orjson.dumps({"code": 20000 + status, "message": message, "status": status})


class HttpProtocol(asyncio.Protocol):
    """One client connection: parse requests with httptools and answer them in order."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.url = b""
        self.body: list[bytes] = []
        self.has_auth = False
        self.counted = False

    # asyncio callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.state.open_connections += 1

    def connection_lost(self, exc: Exception | None) -> None:
        self.state.open_connections -= 1
        self.transport = None

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._finish(_response(400, _error(400, "upgrade not supported"), False), False)
        except httptools.HttpParserError:
            self._finish(_response(400, _error(400, "bad request"), False), False)

    # httptools callbacks

    def on_message_begin(self) -> None:
        self.url = b""
        self.body = []
        self.has_auth = False

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        if name.lower() == b"authorization" and value[:6].lower() == b"basic ":
            self.has_auth = True

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        keep_alive = self.parser.should_keep_alive()
        self._finish(self._handle(self.parser.get_method(), self.url), keep_alive)

    # request handling

    def _finish(self, response: bytes, keep_alive: bool) -> None:
        if self.transport is None:
            return
        self.transport.write(response)
        if not keep_alive:
            self.transport.close()

    def _handle(self, method: bytes, url: bytes) -> bytes:
        parts = urlsplit(url)
        path = parts.path
        if path.startswith(b"/_bench/"):
            return self._control(path, parts.query)
        state = self.state
        state.requests += 1
        if not self.counted:
            # Only connections that carry API traffic count, not the runner's control calls.
            self.counted = True
            state.connections += 1
        if not (path.startswith(_PREFIX) and path.endswith(_SUFFIX)):
            return _response(404, _error(404, "not found"), True)
        if not self.has_auth:
            return _response(401, _error(401, "authentication required"), True)
        account = path[len(_PREFIX) : -len(_SUFFIX)]
        if method == b"POST":
            return self._create(account.decode())
        if method == b"GET":
            return self._list(account, parts.query)
        return _response(405, _error(405, "method not allowed"), True)

    def _create(self, account: str) -> bytes:
        state = self.state
        state.creates += 1
        state.sequence += 1
        form = dict(parse_qsl(b"".join(self.body).decode()))
        record = message_record(
            state.sequence,
            account_sid=account,
            to=form.get("To"),
            from_=form.get("From"),
            body=form.get("Body", ""),
            date=state.now(),
        )
        return _response(201, orjson.dumps(record), True)

    def _list(self, account: bytes, query: bytes) -> bytes:
        state = self.state
        state.pages += 1
        params = dict(parse_qsl(query.decode()))
        try:
            page_size = max(1, min(1000, int(params.get("PageSize", "50"))))
            page = max(0, int(params.get("Page", "0")))
        except ValueError:
            return _response(400, _error(400, "bad paging parameters"), True)
        return _response(200, state.page(account, page_size, page), True)

    def _control(self, path: bytes, query: bytes) -> bytes:
        state = self.state
        if path == b"/_bench/reset":
            state.reset()
        elif path == b"/_bench/config":
            params = dict(parse_qsl(query.decode()))
            if "list_total" in params:
                state.list_total = max(0, int(params["list_total"]))
        elif path != b"/_bench/stats":
            return _response(404, _error(404, "unknown control endpoint"), True)
        stats: dict[str, Any] = {
            "connections": state.connections,
            "open_connections": state.open_connections - 1,  # minus this control connection
            "requests": state.requests,
            "creates": state.creates,
            "pages": state.pages,
            "list_total": state.list_total,
        }
        return _response(200, orjson.dumps(stats), False)


async def _watch_parent(parent_pid: int | None, max_seconds: float, stop: asyncio.Event) -> None:
    """Stop when the parent process is gone or the lifetime cap is reached (no orphans)."""
    deadline = time.monotonic() + max_seconds
    while not stop.is_set() and time.monotonic() < deadline:
        if parent_pid is not None and os.getppid() != parent_pid:
            break
        await asyncio.sleep(1.0)
    stop.set()


async def serve(port: int, list_total: int, parent_pid: int | None, max_seconds: float) -> None:
    """Serve until SIGTERM/SIGINT, parent exit or ``max_seconds``."""
    state = State(list_total)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: HttpProtocol(state), host="127.0.0.1", port=port, backlog=1024, reuse_address=True
    )
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    bound_port = server.sockets[0].getsockname()[1]
    print(f"LISTENING {bound_port}", flush=True)
    watcher = asyncio.create_task(_watch_parent(parent_pid, max_seconds, stop))
    try:
        await stop.wait()
    finally:
        watcher.cancel()
        server.close()


def main() -> None:
    """Parse arguments, pin to a core and serve."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8099, help="0 picks a free port")
    parser.add_argument("--list-total", type=int, default=20_000, help="records the list serves")
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this core")
    parser.add_argument("--parent-pid", type=int, default=None, help="exit when it goes away")
    parser.add_argument("--max-seconds", type=float, default=3600.0, help="lifetime cap")
    args = parser.parse_args()
    pin_to(args.cpu)
    asyncio.run(serve(args.port, args.list_total, args.parent_pid, args.max_seconds))


if __name__ == "__main__":
    main()
