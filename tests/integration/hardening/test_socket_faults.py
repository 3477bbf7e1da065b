"""Regressions of issue 11 that live in the socket layer, against scripted servers.

Items 3 (unbounded response head and body), 4 (the deadline must bound a trickling server),
5 (a broken gzip body, a 429 with an odd header) and 6 (closing while requests wait).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import anyio
import httpx
import pytest

from twilio_async import (
    Client,
    ClientClosedError,
    RateLimitError,
    RetryPolicy,
    TwilioConnectionError,
    TwilioError,
    TwilioOutcomeUnknownError,
    TwilioTimeoutError,
)
from twilio_async._transports import FastTransport

from ._scripted import Script, ScriptedServer, read_request, response

ACCOUNT_SID = "AC" + "0" * 32
MIB = 1024 * 1024


def _client(server: ScriptedServer, **options: object) -> Client:
    options.setdefault("retry", None)
    return Client(ACCOUNT_SID, "token", base_url=server.url, **options)


async def _fetch(client: Client) -> object:
    return await client.messages("SM1").fetch()


async def _create(client: Client) -> object:
    return await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")


# -- item 3: the response head and body are bounded -----------------------------------------


async def _endless_head(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    writer.write(b"HTTP/1.1 200 OK\r\n")
    line = b"X-Pad: " + b"a" * 1000 + b"\r\n"
    for _ in range(8 * 1024):  # 8 MiB of header lines, then silence (the old client waited)
        writer.write(line)
        await writer.drain()
    await reader.read()


@pytest.mark.parametrize("send", [_fetch, _create], ids=["GET", "POST"])
async def test_item3_endless_response_head_is_cut_off(
    send: Callable[[Client], Awaitable[object]],
) -> None:
    async with ScriptedServer(_endless_head) as server, _client(server, timeout=2.0) as client:
        with anyio.fail_after(10), pytest.raises(TwilioError) as caught:
            await send(client)
    error = caught.value
    if isinstance(error, TwilioOutcomeUnknownError):  # a POST: Twilio may have acted
        error = error.cause
    assert type(error) is TwilioConnectionError  # not a read timeout after buffering it all
    assert isinstance(error.__cause__, httpx.RemoteProtocolError)
    assert "head longer than" in str(error)


def _big_body(size: int) -> Script:
    async def script(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size)
        chunk = b" " * (256 * 1024)
        for _ in range(size // len(chunk)):
            writer.write(chunk)
            await writer.drain()
        await reader.read()

    return script


async def test_item3_default_body_limit() -> None:
    async with ScriptedServer(_big_body(40 * MIB)) as server, _client(server) as client:
        with anyio.fail_after(20), pytest.raises(TwilioConnectionError) as caught:
            await _fetch(client)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert f"body longer than {32 * MIB} bytes" in str(caught.value)


async def test_item3_body_limit_is_configurable() -> None:
    transport = FastTransport(max_response_body=64 * 1024)
    async with (
        ScriptedServer(_big_body(MIB)) as server,
        httpx.AsyncClient(transport=transport) as http,
        _client(server, http_client=http) as client,
    ):
        with anyio.fail_after(10), pytest.raises(TwilioConnectionError, match="body longer"):
            await _fetch(client)


# -- item 4: RetryPolicy.deadline bounds a call whose server trickles bytes ------------------


async def _trickle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
    for _ in range(1000):  # one byte every 0.1 s: each read comes well within the timeout
        writer.write(b" ")
        await writer.drain()
        await asyncio.sleep(0.1)


@pytest.mark.parametrize("own_http_client", [False, True], ids=["default", "user-httpx"])
async def test_item4_deadline_bounds_a_trickling_server(own_http_client: bool) -> None:
    policy = RetryPolicy(deadline=1.0)
    async with ScriptedServer(_trickle) as server, httpx.AsyncClient() as http:
        options: dict[str, object] = {"timeout": 0.5, "retry": policy}
        if own_http_client:
            options["http_client"] = http
        async with _client(server, **options) as client:
            started = time.monotonic()
            with anyio.fail_after(8), pytest.raises(TwilioTimeoutError):
                await _fetch(client)
            elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"the 1 s deadline let the call run {elapsed:.1f} s"


# -- item 5: odd responses are TwilioErrors ---------------------------------------------------


async def _broken_gzip(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    writer.write(response(200, b"\x1f\x8b\x08\x00 not really gzip", b"Content-Encoding: gzip"))
    await reader.read()


async def test_item5_broken_gzip_body() -> None:
    async with ScriptedServer(_broken_gzip) as server, _client(server) as client:
        with pytest.raises(TwilioConnectionError) as caught:
            await _fetch(client)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


async def _odd_concurrency(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    # b"\xb2" is "²" in Latin-1: str.isdigit() says yes, int() says no.
    body = b'{"code": 20429, "message": "Too Many Requests", "status": 429}'
    writer.write(response(429, body, b"Twilio-Concurrent-Requests: \xb2"))
    await reader.read()


async def test_item5_429_with_superscript_concurrency_header() -> None:
    async with ScriptedServer(_odd_concurrency) as server, _client(server) as client:
        with pytest.raises(RateLimitError) as caught:
            await _fetch(client)
    assert caught.value.code == 20429


# -- item 6: aclose() while requests wait for a concurrency slot ----------------------------


async def test_item6_aclose_while_requests_wait_for_a_slot() -> None:
    arrived = asyncio.Event()
    seen = 0

    async def hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal seen
        await read_request(reader)
        seen += 1
        if seen == 5:
            arrived.set()
        await reader.read()

    async with ScriptedServer(hang) as server:
        client = _client(server, max_concurrency=5, adaptive_concurrency=False)
        tasks = [asyncio.ensure_future(_fetch(client)) for _ in range(20)]
        with anyio.fail_after(10):
            await arrived.wait()
            await client.aclose()
            results = await asyncio.gather(*tasks, return_exceptions=True)
    strays = [r for r in results if not isinstance(r, TwilioError)]
    assert strays == []
    assert sum(isinstance(r, ClientClosedError) for r in results) >= 15
