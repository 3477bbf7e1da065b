"""FastTransport framing on real sockets: response bodies, request bodies, reuse rules."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from tests.integration.h1._server import H1TestServer
from twilio_async._transports import FastTransport


async def test_content_length_body(client: httpx.AsyncClient) -> None:
    response = await client.get("/cl")

    assert response.status_code == 200
    assert response.content == b"hello"
    assert response.headers["content-length"] == "5"
    assert response.http_version == "HTTP/1.1"


async def test_chunked_body_is_decoded(client: httpx.AsyncClient) -> None:
    response = await client.get("/chunked")

    assert response.content == b"hello, chunked world"
    assert response.headers["transfer-encoding"] == "chunked"


async def test_close_delimited_body_ends_at_eof(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    response = await client.get("/close-delimited")
    again = await client.get("/cl")

    assert response.content == b"until the end"
    assert again.headers["x-connection-id"] != response.headers["x-connection-id"]


async def test_large_chunked_body(client: httpx.AsyncClient) -> None:
    response = await client.get("/big")

    assert len(response.content) == 16 * 65536
    assert set(response.content) == {ord("x")}


@pytest.mark.parametrize("path", ["/http10", "/conn-close"])
async def test_connection_not_reused_after_http10_or_connection_close(
    client: httpx.AsyncClient, server: H1TestServer, path: str
) -> None:
    first = await client.get(path)
    second = await client.get("/cl")

    assert first.status_code == 200
    assert server.connections_opened == 2
    assert first.headers["x-connection-id"] != second.headers["x-connection-id"]


async def test_keep_alive_connection_is_reused(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    for _ in range(5):
        assert (await client.get("/cl")).content == b"hello"

    assert server.connections_opened == 1
    assert [seen.connection_id for seen in server.requests] == [1] * 5


async def test_interim_100_response_is_skipped(client: httpx.AsyncClient) -> None:
    response = await client.get("/continue")

    assert response.status_code == 200
    assert response.content == b"done"


@pytest.mark.parametrize("status", [204, 304])
async def test_bodiless_statuses(
    client: httpx.AsyncClient, server: H1TestServer, status: int
) -> None:
    response = await client.get(f"/status/{status}")
    after = await client.get("/cl")

    assert response.status_code == status
    assert response.content == b""
    assert after.content == b"hello"
    assert server.connections_opened == 1


async def test_head_response_has_no_body_despite_content_length(
    client: httpx.AsyncClient,
) -> None:
    response = await client.head("/status/200")
    after = await client.get("/cl")

    assert response.headers["content-length"] == "6"
    assert response.content == b""
    assert after.content == b"hello"


async def test_error_status_is_a_response(client: httpx.AsyncClient) -> None:
    response = await client.get("/status/429")

    assert response.status_code == 429
    assert response.content == b"status"


async def test_bytes_body_is_sent_with_content_length(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    response = await client.post("/echo?x=1", content=b"To=%2B1555&Body=hi")

    assert response.content == b"To=%2B1555&Body=hi"
    seen = server.requests[0]
    assert (seen.method, seen.path, seen.chunked) == ("POST", "/echo?x=1", False)
    assert seen.headers["content-length"] == "18"
    assert seen.headers["host"] == f"127.0.0.1:{server.port}"


async def test_headers_are_sent_as_given(client: httpx.AsyncClient, server: H1TestServer) -> None:
    await client.get("/cl", headers={"X-Custom": "value", "Accept": "application/json"})

    headers = server.requests[0].headers
    assert headers["x-custom"] == "value"
    assert headers["accept"] == "application/json"


async def test_streaming_body_without_length_is_chunked(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"first,"
        yield b""
        yield b"second"

    response = await client.post("/echo", content=body())

    assert response.content == b"first,second"
    assert response.headers["x-request-chunked"] == "yes"


async def test_streaming_body_with_length_is_sent_raw(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"abc"
        yield b"def"

    response = await client.post("/echo", content=body(), headers={"Content-Length": "6"})

    assert response.content == b"abcdef"
    assert response.headers["x-request-chunked"] == "no"


async def test_large_upload_waits_for_the_socket_to_drain(
    client: httpx.AsyncClient, server: H1TestServer
) -> None:
    payload = bytes(range(256)) * 16384  # 4 MiB: more than the transport's write buffer
    chunks = [payload[i : i + 1_000_000] for i in range(0, len(payload), 1_000_000)]

    async def body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    whole = await client.post("/echo", content=payload)
    streamed = await client.post("/echo", content=body())

    assert whole.content == payload
    assert streamed.content == payload
    assert server.connections_opened == 1


async def test_write_timeout_when_the_server_stops_reading(
    make_transport: Callable[..., FastTransport],
) -> None:
    timeout = httpx.Timeout(5.0, write=0.05)
    async with (
        H1TestServer(receive_buffer=4096) as server,
        httpx.AsyncClient(transport=make_transport(), base_url=server.url) as http,
    ):
        with pytest.raises(httpx.WriteTimeout):
            await http.post("/sink", content=b"x" * (8 << 20), timeout=timeout)

    assert [seen.path for seen in server.requests] == ["/sink"]
