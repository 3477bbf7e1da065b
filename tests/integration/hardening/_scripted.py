"""A raw TCP server on 127.0.0.1 whose every connection runs a test's script.

The regressions of issue 11 need servers that misbehave below HTTP (headers without end, a
body trickled a byte at a time, a proxy), so each test writes the bytes itself.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Awaitable, Callable
from types import TracebackType

Script = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]

MESSAGE_JSON = (
    b'{"sid": "SM00000000000000000000000000000001", "status": "sent", "account_sid":'
    b' "AC00000000000000000000000000000000", "date_created": "Thu, 24 Aug 2023 05:01:45 +0000"}'
)


async def read_request(reader: asyncio.StreamReader) -> tuple[bytes, bytes] | None:
    """One request's head (without the blank line) and body; None at EOF."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return head[:-4], body


def response(status: int = 200, body: bytes = MESSAGE_JSON, *extra: bytes) -> bytes:
    """A keep-alive response with a Content-Length."""
    headers = b"".join(line + b"\r\n" for line in extra)
    return b"HTTP/1.1 %d X\r\nContent-Length: %d\r\n%b\r\n%b" % (status, len(body), headers, body)


class ScriptedServer:
    """``async with ScriptedServer(script) as server:``; ``server.url`` is its base URL."""

    def __init__(self, script: Script, ssl_context: ssl.SSLContext | None = None) -> None:
        self.script = script
        self.ssl_context = ssl_context
        self.heads: list[bytes] = []
        """Request heads seen, for scripts that record them."""
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        try:
            await self.script(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass  # the client gave up on us: that is what most scripts provoke
        finally:
            self._tasks.discard(task)
            self._writers.discard(writer)
            writer.close()

    async def __aenter__(self) -> ScriptedServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.close()
        # Reset every connection: each script's next read or write fails and it ends.
        for writer in list(self._writers):
            writer.transport.abort()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()
