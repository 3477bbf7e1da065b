"""FastTransport's pool on real sockets: LIFO reuse, the limit, waiting, expiry, closing.

Every test but the last runs on asyncio and on trio (see ``_harness``)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import anyio
import httpx
import pytest

from tests.integration.h1._harness import H1, each_backend
from tests.integration.h1._server import server_in_thread
from twilio_async._transports import FastTransport, PoolClosedError


@each_backend
async def test_most_recently_used_connection_is_reused_first(h1: H1) -> None:
    client = h1.client()
    async with anyio.create_task_group() as group:
        first = h1.start(group, lambda: client.get("/gate/a"))
        second = h1.start(group, lambda: client.get("/gate/b"))
        await h1.wait_for_requests(2)
        h1.open_gate("a")
        released_first = await first.result()
        h1.open_gate("b")
        released_last = await second.result()

    following = await client.get("/cl")

    assert h1.server.connections_opened == 2
    assert following.headers["x-connection-id"] == released_last.headers["x-connection-id"]
    assert following.headers["x-connection-id"] != released_first.headers["x-connection-id"]


@each_backend
async def test_limit_is_respected_and_waiters_reuse_connections(h1: H1) -> None:
    http = h1.client(h1.transport(max_connections=3))
    async with anyio.create_task_group() as group:
        pending = [h1.start(group, lambda: http.get("/gate/go")) for _ in range(12)]
        await h1.wait_for_requests(3)
        assert h1.server.open_connections == 3
        h1.open_gate("go")
        responses = [await each.result() for each in pending]

    assert [response.content for response in responses] == [b"go"] * 12
    assert h1.server.max_open_connections == 3
    assert h1.server.connections_opened == 3
    assert len(h1.server.requests) == 12


async def _give_up_by_pool_timeout(http: httpx.AsyncClient) -> None:
    with pytest.raises(httpx.PoolTimeout):
        await http.get("/cl", timeout=httpx.Timeout(5.0, pool=0.05))


async def _give_up_by_cancellation(http: httpx.AsyncClient) -> None:
    with anyio.move_on_after(0.05) as scope:
        await http.get("/cl")
    assert scope.cancelled_caught


@pytest.mark.parametrize("give_up", [_give_up_by_pool_timeout, _give_up_by_cancellation])
@each_backend
async def test_a_request_waiting_for_a_busy_connection_can_give_up(
    h1: H1, give_up: Callable[[httpx.AsyncClient], Awaitable[None]]
) -> None:
    http = h1.client(h1.transport(max_connections=1))
    async with anyio.create_task_group() as group:
        busy = h1.start(group, lambda: http.get("/gate/hold"))
        await h1.wait_for_requests(1)

        await give_up(http)  # waits for the only connection, then gives up

        h1.open_gate("hold")
        assert (await busy.result()).content == b"hold"
    assert (await http.get("/cl")).content == b"hello"

    assert [seen.path for seen in h1.server.requests] == ["/gate/hold", "/cl"]
    assert h1.server.connections_opened == 1


@each_backend
async def test_expired_idle_connection_is_not_reused(h1: H1) -> None:
    http = h1.client(h1.transport(keepalive_expiry=0.0))
    await http.get("/cl")
    await http.get("/cl")

    assert h1.server.connections_opened == 2
    assert len(h1.server.requests) == 2


@each_backend
async def test_idle_connection_to_another_origin_gives_way_at_the_limit(h1: H1) -> None:
    http = h1.client(h1.transport(max_connections=1), base_url="")
    with h1.another_server() as other:
        await http.get(f"{h1.server.url}/cl")
        await http.get(f"{other.url}/cl")
        await h1.wait_until(lambda: h1.server.open_connections == 0)

        assert other.connections_opened == 1


@each_backend
async def test_aclose_closes_connections_and_refuses_new_requests(h1: H1) -> None:
    transport = h1.transport()
    http = h1.client(transport)
    async with anyio.create_task_group() as group:
        group.start_soon(http.get, "/cl")
        group.start_soon(http.get, "/cl")

    await transport.aclose()
    await h1.wait_until(lambda: h1.server.open_connections == 0)

    with pytest.raises(PoolClosedError, match="closed"):
        await http.get("/cl")
    assert len(h1.server.requests) == 2


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
