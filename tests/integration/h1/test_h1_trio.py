"""Under trio, FastTransport uses its own connections over anyio streams, or the fallback
transport it was given (the rest of this directory runs every test on trio as well)."""

from __future__ import annotations

import anyio
import httpx

from tests.integration.h1._server import server_in_thread
from twilio_async._transports import FastTransport


class _RecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.paths: list[str] = []
        self.closed = False
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed = True
        await self._inner.aclose()


def test_trio_request_goes_through_the_given_fallback() -> None:
    fallback = _RecordingTransport()

    async def main(url: str) -> httpx.Response:
        transport = FastTransport(max_connections=2, fallback=fallback)
        # The client's direct path would bypass the fallback: it is ruled out too.
        assert not transport.direct_available()
        async with httpx.AsyncClient(transport=transport) as http:
            response = await http.post(f"{url}/echo", content=b"Body=trio")
            await response.aread()
            return response

    with server_in_thread() as server:
        response = anyio.run(main, server.url, backend="trio")

    assert response.content == b"Body=trio"
    assert fallback.paths == ["/echo"]
    assert fallback.closed
    assert len(server.requests) == 1


def test_trio_requests_use_stream_connections_not_httpcore() -> None:
    async def main(url: str) -> tuple[bytes, FastTransport]:
        transport = FastTransport(max_connections=2)
        async with httpx.AsyncClient(transport=transport) as http:
            first = await http.get(f"{url}/chunked")
            await http.get(f"{url}/cl")
            return first.content, transport

    with server_in_thread() as server:
        content, transport = anyio.run(main, server.url, backend="trio")

    assert content == b"hello, chunked world"
    assert transport._httpx_transport is None
    assert transport._stream_pool is not None
    assert server.connections_opened == 1
    assert len(server.requests) == 2
