"""What FastTransport raises when things go wrong, and that it never re-sends a request.

The contract under test: a request is retried on another connection only when none of it
was written; once it was written, a failure is "outcome unknown" and reaches the caller.
Every test runs on asyncio and on trio (see ``_harness``).
"""

from __future__ import annotations

import socket

import anyio
import httpx
import pytest

from tests.integration.h1._harness import H1, each_backend


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@each_backend
async def test_connect_error_on_a_closed_port(h1: H1) -> None:
    port = _closed_port()
    with pytest.raises(httpx.ConnectError, match=f"127.0.0.1:{port}"):
        await h1.client().post(f"http://127.0.0.1:{port}/x", content=b"Body=hi")


@each_backend
async def test_connect_error_frees_the_slot(h1: H1) -> None:
    http = h1.client(h1.transport(max_connections=1))
    with pytest.raises(httpx.ConnectError):
        await http.get(f"http://127.0.0.1:{_closed_port()}/x")
    response = await http.get("/cl", timeout=httpx.Timeout(5.0, pool=0.5))

    assert response.content == b"hello"


@each_backend
async def test_read_timeout_when_the_server_never_answers(h1: H1) -> None:
    with pytest.raises(httpx.ReadTimeout):
        await h1.client().post("/hang", content=b"Body=hi", timeout=httpx.Timeout(5.0, read=0.05))

    assert len(h1.server.requests) == 1


@each_backend
async def test_total_timeout_bounds_the_whole_exchange(h1: H1) -> None:
    request = httpx.Request(
        "GET", f"{h1.server.url}/hang", extensions={"timeout": {"read": 5.0, "total": 0.05}}
    )
    with pytest.raises(httpx.ReadTimeout):
        await h1.transport().handle_async_request(request)

    assert len(h1.server.requests) == 1


@each_backend
async def test_connection_is_not_reused_after_a_read_timeout(h1: H1) -> None:
    client = h1.client()
    with pytest.raises(httpx.ReadTimeout):
        await client.get("/hang", timeout=httpx.Timeout(5.0, read=0.05))
    response = await client.get("/cl")

    assert response.headers["x-connection-id"] == "2"


@each_backend
async def test_connection_is_not_reused_after_a_cancelled_exchange(h1: H1) -> None:
    client = h1.client()
    async with anyio.create_task_group() as group:
        group.start_soon(client.get, "/gate/never")
        await h1.wait_for_requests(1)
        group.cancel_scope.cancel()
    response = await client.get("/cl")

    assert response.headers["x-connection-id"] == "2"
    assert [seen.path for seen in h1.server.requests] == ["/gate/never", "/cl"]


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/drop", httpx.RemoteProtocolError),
        ("/reset", httpx.ReadError),
        ("/partial", httpx.RemoteProtocolError),
        ("/garbage", httpx.RemoteProtocolError),
    ],
)
@each_backend
async def test_failure_after_the_request_was_sent_is_never_retried(
    h1: H1, path: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await h1.client().post(path, content=b"To=%2B15558675310&Body=once")

    assert len(h1.server.requests) == 1
    assert h1.server.connections_opened == 1


@each_backend
async def test_failure_on_a_reused_connection_is_never_retried(h1: H1) -> None:
    client = h1.client()
    await client.get("/cl")

    with pytest.raises(httpx.RemoteProtocolError):
        await client.post("/drop", content=b"Body=once")

    assert [seen.path for seen in h1.server.requests] == ["/cl", "/drop"]
    assert h1.server.connections_opened == 1


@each_backend
async def test_failure_is_not_a_connect_error(h1: H1) -> None:
    # The retry layer treats ConnectError as "not sent"; a sent request must never say so.
    with pytest.raises(httpx.TransportError) as caught:
        await h1.client().post("/drop", content=b"Body=once")

    assert not isinstance(caught.value, (httpx.ConnectError, httpx.ConnectTimeout))
    assert caught.value.request.url.path == "/drop"


@each_backend
async def test_stale_idle_connection_is_replaced_before_sending(h1: H1) -> None:
    transport = h1.transport()
    http = h1.client(transport)
    await http.get("/close-after")
    # Wait until the client has seen the server's EOF on the idle connection (on trio the
    # reactor may have dropped it from the pool already: the request must not use it).
    for idle in h1.idle_connections(transport):
        await h1.wait_closed_by_peer(idle)

    response = await http.post("/echo", content=b"Body=once")

    assert response.content == b"Body=once"
    assert response.headers["x-connection-id"] == "2"
    posts = [seen for seen in h1.server.requests if seen.path == "/echo"]
    assert len(posts) == 1
    assert posts[0].connection_id == 2


@each_backend
async def test_response_head_over_the_limit_is_refused(h1: H1) -> None:
    with pytest.raises(httpx.RemoteProtocolError, match="head longer"):
        await h1.client().get("/huge-head")


@each_backend
async def test_response_body_over_the_limit_is_refused(h1: H1) -> None:
    http = h1.client(h1.transport(max_response_body=1000))
    with pytest.raises(httpx.RemoteProtocolError, match="body longer than 1000"):
        await http.get("/big")
    assert (await http.get("/cl")).headers["x-connection-id"] == "2"
