"""FastTransport without sockets: the pool's bookkeeping, the protocol against a scripted
peer, request encoding, mock detection and routing.  Real-socket tests are in
tests/integration/h1/."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Hashable
from typing import Any

import httpx
import pytest
import respx
import sniffio
from hypothesis import given, settings
from hypothesis import strategies as st

from twilio_async._transports import FastTransport, PoolClosedError, _mocking
from twilio_async._transports._connection import H1Connection
from twilio_async._transports._pool import ConnectionPool
from twilio_async._transports._wire import RawResponse, encode_request

from .conftest import run_python

KEY = ("http", b"example.test", None)
OTHER_KEY = ("https", b"other.test", None)
OK = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Id: 1\r\n\r\nhello"
CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"


def _request(method: str = "GET", **options: Any) -> httpx.Request:
    return httpx.Request(method, "http://example.test/path?q=1", **options)


# -- the pool, with stand-in connections ------------------------------------------------------


class FakeConnection:
    def __init__(self, key: Hashable = KEY) -> None:
        self.key = key
        self.idle_since = 0.0
        self.alive = True
        self.closed = False

    def is_reusable(self) -> bool:
        return self.alive and not self.closed

    def close(self) -> None:
        self.closed = True


async def _run_queued_callbacks() -> None:
    """Return once every callback already scheduled has run (so tasks created before this
    call have run up to their first suspension): asyncio runs callbacks in FIFO order."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    loop.call_soon(done.set_result, None)
    await done


def _pool(max_connections: int = 2, expiry: float | None = 5.0) -> ConnectionPool[Any]:
    return ConnectionPool(max_connections, expiry)


def test_pool_rejects_a_zero_limit() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        _pool(0)


def test_idle_connections_are_taken_last_in_first_out() -> None:
    pool = _pool(3)
    first, second, third = FakeConnection(), FakeConnection(), FakeConnection()
    pool._count = 3
    for conn in (first, second, third):
        pool.release(conn, True, now=1.0)

    assert [pool.take_idle(KEY, 2.0) for _ in range(3)] == [third, second, first]
    assert pool.take_idle(KEY, 2.0) is None
    assert pool.take_idle(OTHER_KEY, 2.0) is None


def test_dead_and_expired_idle_connections_are_dropped_at_checkout() -> None:
    pool = _pool(3, expiry=5.0)
    expired, dead, live = FakeConnection(), FakeConnection(), FakeConnection()
    pool._count = 3
    pool.release(expired, True, now=0.0)
    pool.release(live, True, now=4.0)
    pool.release(dead, True, now=4.0)
    dead.alive = False

    assert pool.take_idle(KEY, 6.0) is live
    assert pool.take_idle(KEY, 6.0) is None
    assert dead.closed
    assert expired.closed
    assert not live.closed
    assert pool.connection_count == 1


def test_expired_connections_at_the_bottom_are_pruned_on_release() -> None:
    pool = _pool(3, expiry=5.0)
    old, fresh = FakeConnection(), FakeConnection()
    pool._count = 2
    pool.release(old, True, now=0.0)
    pool.release(fresh, True, now=10.0)

    assert old.closed
    assert pool.idle_connections() == [fresh]
    assert pool.connection_count == 1


def test_connection_not_reusable_is_closed_on_release() -> None:
    pool = _pool()
    conn = FakeConnection()
    pool._count = 1

    pool.release(conn, False, now=0.0)

    assert conn.closed
    assert pool.connection_count == 0
    assert pool.idle_count == 0


async def test_slots_are_granted_up_to_the_limit_then_requests_wait_in_order() -> None:
    loop = asyncio.get_running_loop()
    pool = _pool(2)
    request = _request()
    assert await pool.acquire(KEY, request, None, loop) is None
    assert await pool.acquire(KEY, request, None, loop) is None
    waiters = [asyncio.create_task(pool.acquire(KEY, request, None, loop)) for _ in range(3)]
    await _run_queued_callbacks()  # each waiter queues up, in order
    assert pool.waiter_count == 3

    first, second = FakeConnection(), FakeConnection()
    pool.release(first, True, now=0.0)
    pool.release(second, True, now=0.0)

    assert await waiters[0] is first
    assert await waiters[1] is second
    assert not waiters[2].done()
    pool.release(FakeConnection(), False, now=0.0)
    assert await waiters[2] is None  # a slot: the released connection was closed
    assert pool.connection_count == 2


async def test_waiter_for_another_origin_gets_the_slot_of_a_released_connection() -> None:
    loop = asyncio.get_running_loop()
    pool = _pool(1)
    assert await pool.acquire(KEY, _request(), None, loop) is None
    waiter = asyncio.create_task(pool.acquire(OTHER_KEY, _request(), None, loop))
    await _run_queued_callbacks()

    conn = FakeConnection(KEY)
    pool.release(conn, True, now=0.0)

    assert await waiter is None
    assert conn.closed
    assert pool.connection_count == 1


async def test_idle_connection_of_another_origin_gives_its_slot_at_the_limit() -> None:
    loop = asyncio.get_running_loop()
    pool = _pool(1)
    conn = FakeConnection(KEY)
    pool._count = 1
    pool.release(conn, True, now=0.0)

    assert await pool.acquire(OTHER_KEY, _request(), None, loop) is None
    assert conn.closed
    assert pool.connection_count == 1
    assert pool.idle_count == 0


async def test_pool_timeout() -> None:
    loop = asyncio.get_running_loop()
    pool = _pool(1)
    request = _request()
    assert await pool.acquire(KEY, request, None, loop) is None

    with pytest.raises(httpx.PoolTimeout) as caught:
        await pool.acquire(KEY, request, 0.01, loop)

    assert caught.value.request is request
    assert pool.waiter_count == 0
    assert pool.connection_count == 1


async def test_cancelled_waiter_passes_its_grant_on() -> None:
    loop = asyncio.get_running_loop()
    pool = _pool(1)
    assert await pool.acquire(KEY, _request(), None, loop) is None
    cancelled = asyncio.create_task(pool.acquire(KEY, _request(), None, loop))
    patient = asyncio.create_task(pool.acquire(KEY, _request(), None, loop))
    await _run_queued_callbacks()

    conn = FakeConnection()
    pool.release(conn, True, now=0.0)  # granted to `cancelled`, which is cancelled before it runs
    cancelled.cancel()

    assert await patient is conn
    with pytest.raises(asyncio.CancelledError):
        await cancelled


async def test_idle_connection_lost_frees_its_slot_for_a_waiter() -> None:
    loop = asyncio.get_running_loop()
    pool = _pool(1)
    conn = FakeConnection(KEY)
    pool._count = 1
    pool.release(conn, True, now=0.0)
    # The only idle connection is for KEY; a waiter for KEY would take it, so lose it first.
    conn.alive = False
    pool.connection_lost(conn)

    assert pool.connection_count == 0
    assert await pool.acquire(KEY, _request(), None, loop) is None


async def test_handed_off_connection_found_dead_is_replaced_by_a_slot() -> None:
    loop = asyncio.get_running_loop()
    pool = _pool(1)
    assert await pool.acquire(KEY, _request(), None, loop) is None
    waiter = asyncio.create_task(pool.acquire(KEY, _request(), None, loop))
    await _run_queued_callbacks()

    conn = FakeConnection()
    pool.release(conn, True, now=0.0)
    conn.alive = False  # EOF arrives before the waiter runs

    assert await waiter is None
    assert conn.closed
    assert pool.connection_count == 1


async def test_closing_the_pool_wakes_waiters_with_an_error() -> None:
    loop = asyncio.get_running_loop()
    pool = _pool(1)
    assert await pool.acquire(KEY, _request(), None, loop) is None
    waiter = asyncio.create_task(pool.acquire(KEY, _request(), None, loop))
    await _run_queued_callbacks()

    pool.close()

    with pytest.raises(PoolClosedError):
        await waiter
    with pytest.raises(PoolClosedError):
        await pool.acquire(KEY, _request(), None, loop)


# -- the protocol, against a scripted peer ----------------------------------------------------


class ScriptedPeer(asyncio.Transport):
    """Answers with canned chunks (once the request written ends with ``answer_after``),
    then optionally EOF or an error."""

    def __init__(
        self,
        protocol: H1Connection,
        chunks: list[bytes],
        *,
        end: BaseException | bool | None = None,
        pause_after_write: bool = False,
        answer_after: bytes = b"",
    ) -> None:
        super().__init__()
        self.protocol = protocol
        self.chunks = chunks
        self.end = end
        self.pause_after_write = pause_after_write
        self.answer_after = answer_after
        self.paused = asyncio.Event()
        self.written = bytearray()
        self.closing = False
        self.aborted = False
        self._answered = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += data
        loop = asyncio.get_running_loop()
        if not self._answered and self.written.endswith(self.answer_after):
            self._answered = True
            for chunk in self.chunks:
                loop.call_soon(self.protocol.data_received, chunk)
            if self.end is True:
                loop.call_soon(self._lose, None)
            elif isinstance(self.end, Exception):
                loop.call_soon(self._lose, self.end)
        if self.pause_after_write:
            self.protocol.pause_writing()
            self.paused.set()

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self._lose(None)

    def abort(self) -> None:
        self.aborted = True
        self._lose(None)

    def _lose(self, error: Exception | None) -> None:
        if not self.closing:
            self.closing = True
            asyncio.get_running_loop().call_soon(self.protocol.connection_lost, error)


def _connection(
    chunks: list[bytes], **peer_options: Any
) -> tuple[H1Connection, ScriptedPeer, list[H1Connection]]:
    lost: list[H1Connection] = []
    conn = H1Connection(asyncio.get_running_loop(), KEY, lost.append)
    peer = ScriptedPeer(conn, chunks, **peer_options)
    conn.connection_made(peer)
    return conn, peer, lost


async def _exchange(
    conn: H1Connection,
    request: httpx.Request | None = None,
    body: bytes | None = b"",
    read_timeout: float | None = 5.0,
    write_timeout: float | None = 5.0,
    head: bytes = b"GET / HTTP/1.1\r\n\r\n",
) -> RawResponse:
    return await conn.round_trip(request or _request(), head, body, read_timeout, write_timeout)


@settings(max_examples=40, deadline=None)
@given(
    response=st.sampled_from([OK, CHUNKED]),
    cuts=st.lists(st.integers(min_value=1, max_value=len(CHUNKED) - 1), max_size=8),
)
def test_responses_parse_whatever_way_they_are_split(response: bytes, cuts: list[int]) -> None:
    points = sorted({cut for cut in cuts if cut < len(response)})
    chunks = [
        response[start:end]
        for start, end in zip([0, *points], [*points, len(response)], strict=True)
    ]

    async def main() -> RawResponse:
        conn, _, _ = _connection(chunks)
        return await _exchange(conn)

    status, headers, body, keep_alive = asyncio.run(main())

    assert status == 200
    assert body == (b"hello" if response is OK else b"abcde")
    assert keep_alive
    assert headers[0][0] in (b"Content-Length", b"Transfer-Encoding")


@pytest.mark.parametrize(
    "response",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
        b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
    ],
)
async def test_connection_close_and_http10_are_not_kept_alive(response: bytes) -> None:
    conn, _, _ = _connection([response])

    _, _, body, keep_alive = await _exchange(conn)

    assert body == b"ok"
    assert not keep_alive


async def test_interim_responses_are_skipped() -> None:
    conn, _, _ = _connection([b"HTTP/1.1 100 Continue\r\n\r\n", b"HTTP/1.1 103 Early\r\n\r\n", OK])

    status, headers, body, _ = await _exchange(conn)

    assert (status, body) == (200, b"hello")
    assert (b"X-Id", b"1") in headers


async def test_head_response_ends_at_its_headers_and_is_not_reused() -> None:
    conn, _, _ = _connection([b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"])

    head = b"HEAD / HTTP/1.1\r\n\r\n"
    status, _, body, keep_alive = await _exchange(conn, _request("HEAD"), head=head)

    assert (status, body, keep_alive) == (200, b"", False)
    assert not conn.is_reusable()


async def test_close_delimited_body_ends_at_eof() -> None:
    conn, _, _ = _connection([b"HTTP/1.1 200 OK\r\n\r\nuntil ", b"eof"], end=True)

    _, _, body, keep_alive = await _exchange(conn)

    assert (body, keep_alive) == (b"until eof", False)


@pytest.mark.parametrize(
    ("chunks", "end", "error", "message"),
    [
        ([], True, httpx.RemoteProtocolError, "without sending a response"),
        ([], ConnectionResetError(104, "reset"), httpx.ReadError, "reset"),
        ([b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhalf"], True, httpx.RemoteProtocolError,
         "before the response was complete"),
        ([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"], True,
         httpx.RemoteProtocolError, "before the response was complete"),
        ([b"SMTP ready\r\n\r\n"], None, httpx.RemoteProtocolError, "Malformed"),
        ([b"HTTP/1.1 101 Switching\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\n"], None,
         httpx.RemoteProtocolError, "upgrade"),
    ],
)  # fmt: skip
async def test_broken_responses(
    chunks: list[bytes], end: Any, error: type[Exception], message: str
) -> None:
    conn, _, _ = _connection(chunks, end=end)
    request = _request("POST")

    with pytest.raises(error, match=message) as caught:
        await _exchange(conn, request)

    assert caught.value.request is request  # type: ignore[attr-defined]
    assert not conn.is_reusable()


async def test_unsolicited_bytes_on_an_idle_connection_close_it() -> None:
    conn, peer, lost = _connection([OK])
    await _exchange(conn)
    assert conn.is_reusable()

    conn.data_received(b"HTTP/1.1 408 Request Timeout\r\n\r\n")
    await conn.wait_closed()

    assert peer.aborted
    assert lost == [conn]


async def test_eof_on_an_idle_connection_marks_it_dead_at_once() -> None:
    conn, _, _ = _connection([OK])
    await _exchange(conn)

    conn.eof_received()

    assert not conn.is_reusable()


async def test_read_timeout_aborts_the_connection() -> None:
    conn, peer, _ = _connection([])
    request = _request("POST")

    with pytest.raises(httpx.ReadTimeout) as caught:
        await _exchange(conn, request, read_timeout=0.01)

    assert caught.value.request is request
    assert peer.aborted


async def test_read_timer_follows_a_shorter_timeout_on_the_next_request() -> None:
    first, second = OK, b""
    conn, peer, _ = _connection([first])
    await _exchange(conn, read_timeout=3600.0)
    peer.chunks, peer._answered = [second], False

    with pytest.raises(httpx.ReadTimeout):
        await asyncio.wait_for(_exchange(conn, read_timeout=0.01), timeout=5.0)


async def test_cancelled_exchange_aborts_the_connection() -> None:
    conn, peer, _ = _connection([])
    exchange = asyncio.create_task(_exchange(conn))
    await _run_queued_callbacks()

    exchange.cancel()

    with pytest.raises(asyncio.CancelledError):
        await exchange
    assert peer.aborted


async def _three_chunks() -> AsyncIterator[bytes]:
    for chunk in (b"one", b"two", b"three"):
        yield chunk


async def test_streamed_body_waits_while_the_transport_is_paused() -> None:
    conn, peer, _ = _connection([OK], pause_after_write=True, answer_after=b"0\r\n\r\n")
    request = _request("POST", content=_three_chunks())
    exchange = asyncio.create_task(_exchange(conn, request, body=None))

    await peer.paused.wait()
    assert bytes(peer.written) == b"GET / HTTP/1.1\r\n\r\n3\r\none\r\n"
    peer.pause_after_write = False
    conn.resume_writing()
    _, _, body, keep_alive = await exchange

    assert (body, keep_alive) == (b"hello", True)
    assert bytes(peer.written).endswith(b"3\r\none\r\n3\r\ntwo\r\n5\r\nthree\r\n0\r\n\r\n")
    assert conn.is_reusable()


async def test_early_response_stops_the_upload_and_retires_the_connection() -> None:
    conn, peer, _ = _connection([OK], pause_after_write=True)
    request = _request("POST", content=_three_chunks())
    exchange = asyncio.create_task(_exchange(conn, request, body=None))
    await peer.paused.wait()
    await _run_queued_callbacks()  # the scripted answer arrives while the upload is paused

    conn.resume_writing()
    status, _, body, _ = await exchange

    assert (status, body) == (200, b"hello")
    assert b"two" not in peer.written
    assert not conn.is_reusable()


async def test_write_timeout_while_paused() -> None:
    conn, peer, _ = _connection([], pause_after_write=True)
    request = _request("POST", content=_three_chunks())

    with pytest.raises(httpx.WriteTimeout):
        await _exchange(conn, request, body=None, write_timeout=0.01)

    assert peer.aborted


async def test_connection_lost_while_paused_is_an_unknown_outcome() -> None:
    conn, peer, _ = _connection([], pause_after_write=True)
    request = _request("POST", content=_three_chunks())
    exchange = asyncio.create_task(_exchange(conn, request, body=None, write_timeout=None))
    await peer.paused.wait()

    peer._lose(ConnectionResetError(104, "reset"))

    with pytest.raises(httpx.ReadError):
        await exchange


# -- request encoding --------------------------------------------------------------------------


def test_request_head_is_the_request_line_and_headers_as_given() -> None:
    request = _request("POST", headers={"X-Custom": "1"}, content=b"Body=hi")

    head, body = encode_request(request)

    assert head == (
        b"POST /path?q=1 HTTP/1.1\r\nHost: example.test\r\nX-Custom: 1\r\nContent-Length: 7\r\n\r\n"
    )
    assert body == b"Body=hi"


def test_streamed_request_without_length_is_sent_chunked() -> None:
    request = _request("POST", content=_three_chunks())
    del request.headers["Transfer-Encoding"]

    head, body = encode_request(request)

    assert body is None
    assert head.endswith(b"\r\nTransfer-Encoding: chunked\r\n\r\n")


@pytest.mark.parametrize(
    "request_",
    [
        _request(headers={"X-Evil": "a\r\nInjected: 1"}),
        _request(headers={"X-Evil": "a\rb"}),
        httpx.Request("GET\r\nX-Injected: 1", "http://example.test/"),
    ],
)
def test_line_breaks_inside_the_head_are_refused(request_: httpx.Request) -> None:
    with pytest.raises(httpx.LocalProtocolError, match="Line break") as caught:
        encode_request(request_)

    assert "Injected" not in str(caught.value)


# -- mock detection and routing ----------------------------------------------------------------


def test_mocking_is_detected_only_while_respx_is_active() -> None:
    assert not _mocking.mocking_active()
    with respx.mock():
        assert not _mocking.watched_handlers_unchanged()
        assert _mocking.mocking_active()
    assert not _mocking.mocking_active()
    assert _mocking.watched_handlers_unchanged()


def test_genuine_handlers_are_relearned(monkeypatch: pytest.MonkeyPatch) -> None:
    # As if this module had been imported while a mock was active.
    monkeypatch.setattr(_mocking, "_genuine_httpx", None)
    monkeypatch.setattr(_mocking, "_genuine_httpcore", None)
    assert not _mocking.watched_handlers_unchanged()

    assert not _mocking.mocking_active()
    assert _mocking.watched_handlers_unchanged()


def test_patched_httpx_transport_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    async def fake(self: object, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", fake)

    assert _mocking.mocking_active()


class RecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, content=b"fallback")

    async def aclose(self) -> None:
        self.closed = True


async def test_requests_go_to_the_fallback_when_trio_is_running() -> None:
    fallback = RecordingTransport()
    transport = FastTransport(max_connections=1, fallback=fallback)
    previous = sniffio.thread_local.name
    sniffio.thread_local.name = "trio"
    try:
        response = await transport.handle_async_request(_request())
    finally:
        sniffio.thread_local.name = previous

    assert response.content == b"fallback"
    assert len(fallback.requests) == 1
    await transport.aclose()
    assert fallback.closed


async def test_unsupported_scheme() -> None:
    transport = FastTransport(max_connections=1)

    with pytest.raises(httpx.UnsupportedProtocol, match="ftp"):
        await transport.handle_async_request(httpx.Request("GET", "ftp://example.test/"))


async def test_closed_transport_refuses_requests_and_closes_once() -> None:
    transport = FastTransport(max_connections=1)
    await transport.aclose()
    await transport.aclose()

    with pytest.raises(PoolClosedError, match="closed"):
        await transport.handle_async_request(_request())


async def test_connect_timeout_frees_the_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    loop = asyncio.get_running_loop()
    never = asyncio.Event()

    async def hang(*args: object, **kwargs: object) -> None:
        await never.wait()

    monkeypatch.setattr(loop, "create_connection", hang)
    transport = FastTransport(max_connections=1)
    request = _request(extensions={"timeout": {"connect": 0.01, "pool": 0.01}})

    with pytest.raises(httpx.ConnectTimeout) as caught:
        await transport.handle_async_request(request)

    assert caught.value.request is request
    assert transport._pool.connection_count == 0
    await transport.aclose()


def test_repr_shows_counts_only() -> None:
    assert (
        repr(FastTransport(max_connections=7)) == "FastTransport(max_connections=7, open=0, idle=0)"
    )


def test_client_methods_are_genuine_until_something_wraps_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _mocking.client_methods_unchanged(httpx.AsyncClient)
    with respx.mock(using="httpx"):
        assert not _mocking.client_methods_unchanged(httpx.AsyncClient)
    assert _mocking.client_methods_unchanged(httpx.AsyncClient)

    original = httpx.AsyncClient.send

    @functools.wraps(original)
    async def traced_send(self: httpx.AsyncClient, *args: Any, **kwargs: Any) -> Any:
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "send", traced_send)
    assert not _mocking.client_methods_unchanged(httpx.AsyncClient)


def test_unchanged_check_holds_while_httpcore_is_not_imported() -> None:
    # A process whose requests all take the direct path may never import httpcore; the
    # cheap check must not fall back to the careful one on every request then.
    code = (
        "import sys\n"
        "from twilio_async._transports import _mocking\n"
        "assert 'httpcore' not in sys.modules\n"
        "assert not _mocking.mocking_active()\n"
        "first = _mocking.watched_handlers_unchanged()\n"
        "import httpcore\n"
        "print(first, _mocking.watched_handlers_unchanged())\n"
    )
    out = run_python(code)
    assert out.split() == ["True", "False"]
