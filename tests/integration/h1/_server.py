"""A tiny HTTP/1.1 server on 127.0.0.1 whose misbehaviour tests can choose by path.

It counts what the transport under test did (connections opened, most open at once, every
request seen with the connection it came on) so tests can assert on the wire, not on mocks.

Paths (``GET`` unless said otherwise; responses carry ``X-Connection-Id``):

* ``/cl``: 200 with a Content-Length body ``hello``.
* ``/echo``: 200 echoing the request body (which may be chunked); ``X-Request-Chunked``.
* ``/chunked``: 200 with a chunked body ``hello, chunked world``.
* ``/close-delimited``: 200, no length, body until the server closes.
* ``/http10``: an HTTP/1.0 response with a length (the client must not reuse it).
* ``/conn-close``: 200 with ``Connection: close``, then the server closes.
* ``/close-after``: a normal keep-alive response, then the server closes anyway.
* ``/hang``: reads the request and never answers.
* ``/drop``: reads the request and closes without answering.
* ``/reset``: reads the request and resets the connection.
* ``/partial``: announces 100 bytes, sends 5, closes.
* ``/garbage``: answers with bytes that are not HTTP.
* ``/continue``: a ``100 Continue`` interim response, then 200 ``done``.
* ``/status/<n>``: status n with body ``status`` (none for 204/304 or HEAD).
* ``/big``: 200 with a 1 MiB chunked body.
* ``/huge-head``: a response head of 80 KiB (over the client's 64 KiB limit).
* ``/gzip``: 200 with a gzip-encoded body (``hello, compressed world`` once decoded).
* ``/gate/<name>``: waits for ``server.gate(name)`` to be set, then 200 ``<name>``.
* ``/sink``: doesn't read the body; answers only when the client gives up.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

__all__ = ["H1TestServer", "SeenRequest", "server_in_thread"]

_BIG_CHUNK = b"x" * 65536
_BIG_CHUNKS = 16


@dataclass
class SeenRequest:
    """One request as the server parsed it."""

    connection_id: int
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    chunked: bool


@dataclass
class _Connection:
    id: int
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter


@dataclass
class H1TestServer:
    """Start with ``await server.start()`` (or ``async with``); ``server.url`` is its base."""

    ssl_context: ssl.SSLContext | None = None
    receive_buffer: int | None = None
    connections_opened: int = 0
    open_connections: int = 0
    max_open_connections: int = 0
    requests: list[SeenRequest] = field(default_factory=list)
    _gates: dict[str, asyncio.Event] = field(default_factory=dict)
    _changed: asyncio.Condition | None = None
    # The same notifications for threads other than the server's (see wait_until_sync).
    _changed_sync: threading.Condition = field(default_factory=threading.Condition)
    _loop: asyncio.AbstractEventLoop | None = None
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:43123``."""
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def gate(self, name: str) -> asyncio.Event:
        """The event that releases ``/gate/<name>`` responses."""
        return self._gates.setdefault(name, asyncio.Event())

    async def wait_until(self, predicate: Callable[[], bool]) -> None:
        """Return once ``predicate()`` holds; it is re-checked whenever the server's state
        (requests seen, connections open) changes."""
        assert self._changed is not None
        async with self._changed:
            await self._changed.wait_for(predicate)

    async def wait_for_requests(self, count: int) -> None:
        """Return once the server has seen ``count`` requests in total."""
        await self.wait_until(lambda: len(self.requests) >= count)

    def wait_until_sync(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """From another thread: return once ``predicate()`` holds (re-checked whenever the
        server's state changes); fail after ``timeout`` seconds."""
        with self._changed_sync:
            if not self._changed_sync.wait_for(predicate, timeout):
                raise TimeoutError("the test server never reached the expected state")

    def open_gate(self, name: str) -> None:
        """From any thread: release the ``/gate/<name>`` responses."""
        assert self._loop is not None
        self._loop.call_soon_threadsafe(lambda: self.gate(name).set())

    async def _notify(self) -> None:
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()
        with self._changed_sync:
            self._changed_sync.notify_all()

    async def start(self) -> H1TestServer:
        """Listen on an ephemeral port of 127.0.0.1."""
        self._changed = asyncio.Condition()
        self._loop = asyncio.get_running_loop()
        listener = socket.socket()
        if self.receive_buffer is not None:
            # Set before listen() so accepted sockets inherit it (and skip autotuning).
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.receive_buffer)
        listener.bind(("127.0.0.1", 0))
        self._server = await asyncio.start_server(self._serve, sock=listener, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        """Close the listener and every connection, and wait for their handlers."""
        if self._server is not None:
            self._server.close()
        self._stopping.set()
        for gate in self._gates.values():  # handlers waiting at a gate end too
            gate.set()
        for writer in list(self._writers):
            writer.transport.abort()
        # Handlers end on their own once their connection is gone (cancelling them would
        # make asyncio's start_server log the cancellation).
        if self._tasks:
            await asyncio.wait(list(self._tasks))
        if self._server is not None:
            await self._server.wait_closed()

    async def __aenter__(self) -> H1TestServer:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        self.connections_opened += 1
        self.open_connections += 1
        self.max_open_connections = max(self.max_open_connections, self.open_connections)
        connection = _Connection(self.connections_opened, reader, writer)
        await self._notify()
        try:
            while await self._one_exchange(connection):
                pass
        except (OSError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            self.open_connections -= 1
            self._tasks.discard(task)
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()
            await self._notify()

    async def _one_exchange(self, connection: _Connection) -> bool:
        """Serve one request; False ends the connection."""
        reader = connection.reader
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return False
        request_line, *header_lines = head[:-4].decode("latin-1").split("\r\n")
        method, path, _ = request_line.split(" ")
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        chunked = headers.get("transfer-encoding", "").lower() == "chunked"
        body = b""
        if path != "/sink":
            if chunked:
                body = await _read_chunked(reader)
            elif "content-length" in headers:
                body = await reader.readexactly(int(headers["content-length"]))
        seen = SeenRequest(connection.id, method, path, headers, body, chunked)
        self.requests.append(seen)
        await self._notify()
        return await self._respond(connection, seen)

    async def _respond(self, connection: _Connection, seen: SeenRequest) -> bool:
        writer = connection.writer
        path = seen.path.partition("?")[0]
        conn_header = f"X-Connection-Id: {connection.id}\r\n".encode()

        async def send(status: str, headers: bytes, body: bytes = b"") -> None:
            writer.write(b"HTTP/1.1 " + status.encode() + b"\r\n" + conn_header + headers)
            writer.write(b"\r\n" + body)
            await writer.drain()

        if path == "/cl":
            await send("200 OK", b"Content-Length: 5\r\n", b"hello")
        elif path == "/echo":
            flag = b"yes" if seen.chunked else b"no"
            length = f"Content-Length: {len(seen.body)}\r\n".encode()
            await send("200 OK", length + b"X-Request-Chunked: " + flag + b"\r\n", seen.body)
        elif path == "/chunked":
            body = b"5\r\nhello\r\n2\r\n, \r\nd\r\nchunked world\r\n0\r\n\r\n"
            await send("200 OK", b"Transfer-Encoding: chunked\r\n", body)
        elif path == "/huge-head":
            padding = b"".join(b"X-Pad-%d: %b\r\n" % (i, b"a" * 1000) for i in range(80))
            await send("200 OK", padding + b"Content-Length: 2\r\n", b"ok")
        elif path == "/gzip":
            body = gzip.compress(b"hello, compressed world")
            length = f"Content-Length: {len(body)}\r\n".encode()
            await send("200 OK", length + b"Content-Encoding: gzip\r\n", body)
        elif path == "/big":
            chunk = b"%x\r\n%b\r\n" % (len(_BIG_CHUNK), _BIG_CHUNK)
            await send("200 OK", b"Transfer-Encoding: chunked\r\n")
            for _ in range(_BIG_CHUNKS):
                writer.write(chunk)
                await writer.drain()
            writer.write(b"0\r\n\r\n")
            await writer.drain()
        elif path == "/close-delimited":
            await send("200 OK", b"Connection: close\r\n", b"until ")
            writer.write(b"the end")
            await writer.drain()
            return False
        elif path == "/http10":
            writer.write(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n" + conn_header + b"\r\nok")
            await writer.drain()
            # An HTTP/1.0 server would close; keep it open to prove the client didn't reuse.
            await _wait_for_eof(connection.reader)
            return False
        elif path == "/conn-close":
            await send("200 OK", b"Content-Length: 3\r\nConnection: close\r\n", b"bye")
            return False
        elif path == "/close-after":
            await send("200 OK", b"Content-Length: 4\r\n", b"once")
            return False
        elif path == "/hang":
            await _wait_for_eof(connection.reader)
            return False
        elif path == "/drop":
            return False
        elif path == "/reset":
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        elif path == "/partial":
            await send("200 OK", b"Content-Length: 100\r\n", b"short")
            return False
        elif path == "/garbage":
            writer.write(b"\x00\x01 this is not HTTP \r\n\r\n")
            await writer.drain()
            return False
        elif path == "/continue":
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            await send("200 OK", b"Content-Length: 4\r\n", b"done")
        elif path.startswith("/status/"):
            status = int(path.rsplit("/", 1)[1])
            if status in (204, 304):
                await send(f"{status} X", b"")
            else:
                body = b"" if seen.method == "HEAD" else b"status"
                await send(f"{status} X", b"Content-Length: 6\r\n", body)
        elif path.startswith("/gate/"):
            name = path.rsplit("/", 1)[1]
            await self.gate(name).wait()
            await send("200 OK", f"Content-Length: {len(name)}\r\n".encode(), name.encode())
        elif path == "/sink":
            # Never read: the client's send buffer fills up and stays full.
            await self._stopping.wait()
            return False
        else:
            await send("404 Not Found", b"Content-Length: 0\r\n")
        return True


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


async def _wait_for_eof(reader: asyncio.StreamReader) -> None:
    while await reader.read(65536):
        pass


@contextlib.contextmanager
def server_in_thread(
    ssl_context: ssl.SSLContext | None = None, receive_buffer: int | None = None
) -> Iterator[H1TestServer]:
    """Run a server on its own asyncio loop in a thread (for clients on another loop/trio)."""
    loop = asyncio.new_event_loop()
    server = H1TestServer(ssl_context=ssl_context, receive_buffer=receive_buffer)
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    thread = threading.Thread(target=run, name="h1-test-server", daemon=True)
    thread.start()
    ready.wait()
    try:
        yield server
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
