"""FastTransport's pool on real sockets: LIFO reuse, the limit, waiting, expiry, closing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from tests.integration.h1._server import H1TestServer, server_in_thread
from twilio_async._transports import FastTransport, PoolClosedError


async def test_most_recently_used_connection_is_reused_first(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    first = asyncio.create_task(client.get("/gate/a"))
    second = asyncio.create_task(client.get("/gate/b"))
    await server.wait_for_requests(2)
    server.gate("a").set()
    released_first = await first
    server.gate("b").set()
    released_last = await second

    following = await client.get("/cl")

    assert server.connections_opened == 2
    assert following.headers["x-connection-id"] == released_last.headers["x-connection-id"]
    assert following.headers["x-connection-id"] != released_first.headers["x-connection-id"]


async def test_limit_is_respected_and_waiters_reuse_connections(
    make_transport: Callable[..., FastTransport], server: H1TestServer
) -> None:
    transport = make_transport(max_connections=3)
    async with httpx.AsyncClient(transport=transport, base_url=server.url) as http:
        tasks = [asyncio.create_task(http.get("/gate/go")) for _ in range(12)]
        await server.wait_for_requests(3)
        assert server.open_connections == 3
        server.gate("go").set()
        responses = await asyncio.gather(*tasks)

    assert [response.content for response in responses] == [b"go"] * 12
    assert server.max_open_connections == 3
    assert server.connections_opened == 3
    assert len(server.requests) == 12


async def test_pool_timeout_when_every_connection_is_busy(
    make_transport: Callable[..., FastTransport], server: H1TestServer
) -> None:
    transport = make_transport(max_connections=1)
    async with httpx.AsyncClient(transport=transport, base_url=server.url) as http:
        busy = asyncio.create_task(http.get("/gate/hold"))
        await server.wait_for_requests(1)

        with pytest.raises(httpx.PoolTimeout):
            await http.get("/cl", timeout=httpx.Timeout(5.0, pool=0.05))

        server.gate("hold").set()
        assert (await busy).content == b"hold"
        assert (await http.get("/cl")).content == b"hello"

    assert [seen.path for seen in server.requests] == ["/gate/hold", "/cl"]
    assert server.connections_opened == 1


async def test_expired_idle_connection_is_not_reused(
    make_transport: Callable[..., FastTransport], server: H1TestServer
) -> None:
    transport = make_transport(keepalive_expiry=0.0)
    async with httpx.AsyncClient(transport=transport, base_url=server.url) as http:
        await http.get("/cl")
        await http.get("/cl")

    assert server.connections_opened == 2
    assert len(server.requests) == 2


async def test_idle_connection_to_another_origin_gives_way_at_the_limit(
    make_transport: Callable[..., FastTransport], server: H1TestServer
) -> None:
    transport = make_transport(max_connections=1)
    async with H1TestServer() as other, httpx.AsyncClient(transport=transport) as http:
        await http.get(f"{server.url}/cl")
        await http.get(f"{other.url}/cl")
        await server.wait_until(lambda: server.open_connections == 0)

        assert other.connections_opened == 1


async def test_aclose_closes_connections_and_refuses_new_requests(
    make_transport: Callable[..., FastTransport], server: H1TestServer
) -> None:
    transport = make_transport()
    http = httpx.AsyncClient(transport=transport, base_url=server.url)
    await asyncio.gather(http.get("/cl"), http.get("/cl"))

    await transport.aclose()
    await server.wait_until(lambda: server.open_connections == 0)

    with pytest.raises(PoolClosedError, match="closed"):
        await http.get("/cl")
    assert len(server.requests) == 2
    await http.aclose()


def test_transport_moves_to_a_new_event_loop_when_idle() -> None:
    transport = FastTransport(max_connections=2)

    async def first_loop(url: str) -> bytes:
        response = await transport.handle_async_request(httpx.Request("GET", url))
        # Let the server's close reach us, so no socket is left behind on this loop.
        for idle in transport._pool.idle_connections():
            await idle.wait_closed()
        return await response.aread()

    async def second_loop(url: str) -> bytes:
        response = await transport.handle_async_request(httpx.Request("GET", url))
        await transport.aclose()
        return await response.aread()

    with server_in_thread() as server:
        first = asyncio.run(first_loop(f"{server.url}/close-after"))
        second = asyncio.run(second_loop(f"{server.url}/cl"))

    assert (first, second) == (b"once", b"hello")
    assert server.connections_opened == 2
