"""FastTransport framing on real sockets: response bodies, request bodies, reuse rules.

Every test runs on asyncio and on trio (see ``_harness``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.integration.h1._harness import H1, each_backend
from twilio_async._transports._wire import request_head


@each_backend
async def test_content_length_body(h1: H1) -> None:
    response = await h1.client().get("/cl")

    assert response.status_code == 200
    assert response.content == b"hello"
    assert response.headers["content-length"] == "5"
    assert response.http_version == "HTTP/1.1"


@each_backend
async def test_chunked_body_is_decoded(h1: H1) -> None:
    response = await h1.client().get("/chunked")

    assert response.content == b"hello, chunked world"
    assert response.headers["transfer-encoding"] == "chunked"


@each_backend
async def test_gzip_body_is_decoded(h1: H1) -> None:
    response = await h1.client().get("/gzip")

    assert response.content == b"hello, compressed world"
    assert response.headers["content-encoding"] == "gzip"


@each_backend
async def test_close_delimited_body_ends_at_eof(h1: H1) -> None:
    client = h1.client()
    response = await client.get("/close-delimited")
    again = await client.get("/cl")

    assert response.content == b"until the end"
    assert again.headers["x-connection-id"] != response.headers["x-connection-id"]


@each_backend
async def test_large_chunked_body(h1: H1) -> None:
    response = await h1.client().get("/big")

    assert len(response.content) == 16 * 65536
    assert set(response.content) == {ord("x")}


@pytest.mark.parametrize("path", ["/http10", "/conn-close"])
@each_backend
async def test_connection_not_reused_after_http10_or_connection_close(h1: H1, path: str) -> None:
    client = h1.client()
    first = await client.get(path)
    second = await client.get("/cl")

    assert first.status_code == 200
    assert h1.server.connections_opened == 2
    assert first.headers["x-connection-id"] != second.headers["x-connection-id"]


@each_backend
async def test_keep_alive_connection_is_reused(h1: H1) -> None:
    client = h1.client()
    for _ in range(5):
        assert (await client.get("/cl")).content == b"hello"

    assert h1.server.connections_opened == 1
    assert [seen.connection_id for seen in h1.server.requests] == [1] * 5


@each_backend
async def test_interim_100_response_is_skipped(h1: H1) -> None:
    response = await h1.client().get("/continue")

    assert response.status_code == 200
    assert response.content == b"done"


@pytest.mark.parametrize("status", [204, 304])
@each_backend
async def test_bodiless_statuses(h1: H1, status: int) -> None:
    client = h1.client()
    response = await client.get(f"/status/{status}")
    after = await client.get("/cl")

    assert response.status_code == status
    assert response.content == b""
    assert after.content == b"hello"
    assert h1.server.connections_opened == 1


@each_backend
async def test_head_response_has_no_body_despite_content_length(h1: H1) -> None:
    client = h1.client()
    response = await client.head("/status/200")
    after = await client.get("/cl")

    assert response.headers["content-length"] == "6"
    assert response.content == b""
    assert after.content == b"hello"


@each_backend
async def test_error_status_is_a_response(h1: H1) -> None:
    response = await h1.client().get("/status/429")

    assert response.status_code == 429
    assert response.content == b"status"


@each_backend
async def test_bytes_body_is_sent_with_content_length(h1: H1) -> None:
    response = await h1.client().post("/echo?x=1", content=b"To=%2B1555&Body=hi")

    assert response.content == b"To=%2B1555&Body=hi"
    seen = h1.server.requests[0]
    assert (seen.method, seen.path, seen.chunked) == ("POST", "/echo?x=1", False)
    assert seen.headers["content-length"] == "18"
    assert seen.headers["host"] == f"127.0.0.1:{h1.server.port}"


@each_backend
async def test_headers_are_sent_as_given(h1: H1) -> None:
    await h1.client().get("/cl", headers={"X-Custom": "value", "Accept": "application/json"})

    headers = h1.server.requests[0].headers
    assert headers["x-custom"] == "value"
    assert headers["accept"] == "application/json"


@each_backend
async def test_streaming_body_without_length_is_chunked(h1: H1) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"first,"
        yield b""
        yield b"second"

    response = await h1.client().post("/echo", content=body())

    assert response.content == b"first,second"
    assert response.headers["x-request-chunked"] == "yes"


@each_backend
async def test_streaming_body_with_length_is_sent_raw(h1: H1) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"abc"
        yield b"def"

    response = await h1.client().post("/echo", content=body(), headers={"Content-Length": "6"})

    assert response.content == b"abcdef"
    assert response.headers["x-request-chunked"] == "no"


@each_backend
async def test_large_upload_waits_for_the_socket_to_drain(h1: H1) -> None:
    payload = bytes(range(256)) * 16384  # 4 MiB: more than the transport's write buffer
    chunks = [payload[i : i + 1_000_000] for i in range(0, len(payload), 1_000_000)]

    async def body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    client = h1.client()
    whole = await client.post("/echo", content=payload)
    streamed = await client.post("/echo", content=body())

    assert whole.content == payload
    assert streamed.content == payload
    assert h1.server.connections_opened == 1


@each_backend
async def test_write_timeout_when_the_server_stops_reading(h1: H1) -> None:
    timeout = httpx.Timeout(5.0, write=0.05)
    with h1.another_server(receive_buffer=4096) as server:
        http = h1.client(base_url=server.url)
        with pytest.raises(httpx.WriteTimeout):
            await http.post("/sink", content=b"x" * (8 << 20), timeout=timeout)

        assert [seen.path for seen in server.requests] == ["/sink"]


@each_backend
async def test_exchange_sends_encoded_bytes_and_returns_the_raw_response(h1: H1) -> None:
    transport = h1.transport()
    url = httpx.URL(f"{h1.server.url}/echo")
    headers = [(b"Host", url.netloc), (b"Content-Length", b"7")]
    head = request_head(b"POST", b"/echo", headers)

    status, response_headers, body, keep_alive = await transport.exchange(
        url, head, b"Body=hi", {"read": 5.0, "total": 5.0}
    )
    again = await transport.exchange(url, head, b"Body=ho", {})

    assert (status, body, keep_alive) == (200, b"Body=hi", True)
    assert (b"X-Connection-Id", b"1") in response_headers
    assert again[2] == b"Body=ho"
    assert h1.server.connections_opened == 1
