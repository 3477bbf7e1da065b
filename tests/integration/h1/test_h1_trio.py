"""Under trio, FastTransport uses its own connections over anyio streams, or the fallback
transport it was given (the rest of this directory runs every test on trio as well)."""

from __future__ import annotations

import anyio
import anyio.abc
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


def test_one_reader_per_trio_run_serves_every_connection() -> None:
    """The reactor: one system task per run reads every plain connection's responses, and
    a transport used again in a later run registers its connections with that run's."""
    from twilio_async._transports._reactor import Reactor, current_reactor

    transport = FastTransport(max_connections=8)
    http = httpx.AsyncClient(transport=transport)

    async def burst(url: str) -> tuple[list[bytes], Reactor | None, set[Reactor | None]]:
        results: list[bytes] = []

        async def one() -> None:
            results.append((await http.get(f"{url}/cl")).content)

        async with anyio.create_task_group() as group:
            for _ in range(20):
                group.start_soon(one)
        assert transport._stream_pool is not None
        readers = {conn._reactor for conn in transport._stream_pool.idle_connections()}
        return results, current_reactor(), readers

    with server_in_thread() as server:
        first, reactor, readers = anyio.run(burst, server.url, backend="trio")
        second, again, readers_again = anyio.run(burst, server.url, backend="trio")
        anyio.run(http.aclose, backend="trio")

    assert first == second == [b"hello"] * 20
    assert readers == {reactor}
    assert readers_again == {again}
    assert again is not reactor
    assert server.connections_opened <= 16


def test_an_answer_that_comes_while_the_upload_is_still_being_written_is_read_after_it() -> None:
    """A server may answer (413) before reading the whole body: the reactor leaves those
    bytes for the task to collect once its upload is written, instead of spinning on them
    or dropping the connection as if it were idle."""
    body = b"x" * (8 * 1024 * 1024)

    async def main() -> tuple[int, int]:
        received = 0
        drained = anyio.Event()

        async def serve(stream: anyio.abc.SocketStream) -> None:
            nonlocal received
            head = b""
            while b"\r\n\r\n" not in head:
                head += await stream.receive()
            received = len(head.split(b"\r\n\r\n", 1)[1])
            await stream.send(
                b"HTTP/1.1 413 Payload Too Large\r\nContent-Length: 4\r\n"
                b"Connection: close\r\n\r\nbig!"
            )
            try:
                while received < len(body):
                    received += len(await stream.receive())
            except anyio.EndOfStream:
                pass
            drained.set()

        listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
        port = listener.extra(anyio.abc.SocketAttribute.local_port)
        async with anyio.create_task_group() as group:
            group.start_soon(listener.serve, serve)
            async with httpx.AsyncClient(transport=FastTransport()) as http:
                response = await http.post(f"http://127.0.0.1:{port}/upload", content=body)
            await drained.wait()  # the whole upload reached the server
            group.cancel_scope.cancel()
        return response.status_code, received

    status, received = anyio.run(main, backend="trio")

    assert status == 413
    assert received == len(body)
