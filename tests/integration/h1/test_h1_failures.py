"""What FastTransport raises when things go wrong, and that it never re-sends a request.

The contract under test: a request is retried on another connection only when none of it
was written; once it was written, a failure is "outcome unknown" and reaches the caller.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import httpx
import pytest

from tests.integration.h1._server import H1TestServer
from twilio_async._transports import FastTransport


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_connect_error_on_a_closed_port(
    make_transport: Callable[..., FastTransport],
) -> None:
    port = _closed_port()
    async with httpx.AsyncClient(transport=make_transport()) as http:
        with pytest.raises(httpx.ConnectError, match=f"127.0.0.1:{port}"):
            await http.post(f"http://127.0.0.1:{port}/x", content=b"Body=hi")


async def test_connect_error_frees_the_slot(
    make_transport: Callable[..., FastTransport], server: H1TestServer
) -> None:
    transport = make_transport(max_connections=1)
    async with httpx.AsyncClient(transport=transport) as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(f"http://127.0.0.1:{_closed_port()}/x")
        response = await http.get(f"{server.url}/cl", timeout=httpx.Timeout(5.0, pool=0.5))

    assert response.content == b"hello"


async def test_read_timeout_when_the_server_never_answers(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    with pytest.raises(httpx.ReadTimeout):
        await client.post("/hang", content=b"Body=hi", timeout=httpx.Timeout(5.0, read=0.05))

    assert len(server.requests) == 1


async def test_connection_is_not_reused_after_a_read_timeout(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    with pytest.raises(httpx.ReadTimeout):
        await client.get("/hang", timeout=httpx.Timeout(5.0, read=0.05))
    response = await client.get("/cl")

    assert response.headers["x-connection-id"] == "2"


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/drop", httpx.RemoteProtocolError),
        ("/reset", httpx.ReadError),
        ("/partial", httpx.RemoteProtocolError),
        ("/garbage", httpx.RemoteProtocolError),
    ],
)
async def test_failure_after_the_request_was_sent_is_never_retried(
    client: httpx.AsyncClient, server: H1TestServer, path: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await client.post(path, content=b"To=%2B15558675310&Body=once")

    assert len(server.requests) == 1
    assert server.connections_opened == 1


async def test_failure_on_a_reused_connection_is_never_retried(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    await client.get("/cl")

    with pytest.raises(httpx.RemoteProtocolError):
        await client.post("/drop", content=b"Body=once")

    assert [seen.path for seen in server.requests] == ["/cl", "/drop"]
    assert server.connections_opened == 1


async def test_failure_is_not_a_connect_error(client: httpx.AsyncClient) -> None:
    # The retry layer treats ConnectError as "not sent"; a sent request must never say so.
    with pytest.raises(httpx.TransportError) as caught:
        await client.post("/drop", content=b"Body=once")

    assert not isinstance(caught.value, (httpx.ConnectError, httpx.ConnectTimeout))
    assert caught.value.request.url.path == "/drop"


async def test_stale_idle_connection_is_replaced_before_sending(
    make_transport: Callable[..., FastTransport], server: H1TestServer
) -> None:
    transport = make_transport()
    async with httpx.AsyncClient(transport=transport, base_url=server.url) as http:
        await http.get("/close-after")
        # Wait until the client has seen the server's EOF on the idle connection.
        (idle,) = transport._pool.idle_connections()
        await idle.wait_closed()

        response = await http.post("/echo", content=b"Body=once")

    assert response.content == b"Body=once"
    assert response.headers["x-connection-id"] == "2"
    posts = [seen for seen in server.requests if seen.path == "/echo"]
    assert len(posts) == 1
    assert posts[0].connection_id == 2
