"""A cancelled task never goes on to send (issue 11, item 1), on every Python we support.

``asyncio.wait_for`` on Python 3.10 and 3.11 swallows a cancellation that lands just after the
awaited operation finished. ``FastTransport`` used it to bound connects, so a task cancelled
while its connection opened could carry on and send its SMS. ``make test`` also runs this
module under Python 3.10 and 3.11 (see ``test_other_pythons.py``), so it imports nothing the
small per-interpreter venvs lack: the package, pytest and pytest-asyncio.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from twilio_async import Client

ACCOUNT_SID = "AC" + "0" * 32
_BODY = (
    b'{"sid": "SM00000000000000000000000000000001", "account_sid": "AC%s", "status": "queued",'
    b' "date_created": "Thu, 24 Aug 2023 05:01:45 +0000"}' % (b"0" * 32)
)
_RESPONSE = (
    b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%b"
    % (len(_BODY), _BODY)
)


class _CountingServer(asyncio.Protocol):
    """Answers every request with a created message; counts requests and open connections."""

    def __init__(self, owner: _Server) -> None:
        self.owner = owner

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.owner.open += 1
        self.owner.on_accept()

    def data_received(self, data: bytes) -> None:
        requests = data.count(b"POST /")
        self.owner.requests += requests
        assert isinstance(self.transport, asyncio.Transport)
        self.transport.write(_RESPONSE * requests)

    def connection_lost(self, exc: Exception | None) -> None:
        self.owner.open -= 1
        self.owner.changed.set()


class _Server:
    def __init__(self) -> None:
        self.requests = 0
        self.open = 0
        self.changed = asyncio.Event()
        self.on_accept: Callable[[], object] = lambda: None
        self.url = ""

    async def all_closed(self) -> None:
        while self.open:
            self.changed.clear()
            await self.changed.wait()


@pytest.fixture
async def server() -> AsyncIterator[_Server]:
    state = _Server()
    loop = asyncio.get_running_loop()
    listener = await loop.create_server(lambda: _CountingServer(state), "127.0.0.1", 0)
    state.url = f"http://127.0.0.1:{listener.sockets[0].getsockname()[1]}"
    async with listener:
        yield state


def _client(server: _Server) -> Client:
    # A connect timeout is what made FastTransport use asyncio.wait_for.
    return Client(ACCOUNT_SID, "token", base_url=server.url, timeout=5.0, retry=None)


async def _send(client: Client) -> Any:
    return await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")


async def test_cancel_landing_just_after_connect_is_not_lost(server: _Server) -> None:
    """Deterministic: the cancel arrives in the step in which the connection finished opening."""
    loop = asyncio.get_running_loop()
    real_create_connection = loop.create_connection
    victim: asyncio.Task[Any] | None = None

    async def connect_then_cancel(*args: Any, **kwargs: Any) -> Any:
        opened = await real_create_connection(*args, **kwargs)
        assert victim is not None
        victim.cancel()
        return opened

    async with _client(server) as client:
        loop.create_connection = connect_then_cancel  # type: ignore[method-assign]
        try:
            victim = loop.create_task(_send(client))
            with pytest.raises(asyncio.CancelledError):
                await victim
        finally:
            del loop.create_connection
        await server.all_closed()
    assert server.requests == 0, "the cancelled task sent its message"


async def test_cancels_around_connect_never_send(server: _Server) -> None:
    """Stress: cancel 150 send loops at scattered points around their first connect.

    A cancel that lands after a request was written may let that request reach the server
    (its outcome is unknown to the caller, which is fine), but the task must end cancelled
    and must never send another message after the cancel.
    """
    rounds = 150
    rng = random.Random(11)
    loop = asyncio.get_running_loop()
    lost: list[int] = []
    for round_number in range(rounds):
        async with _client(server) as client:

            async def send_loop(client: Client = client) -> None:
                for _ in range(3):
                    await _send(client)

            task = loop.create_task(send_loop())
            # The server's accept and the client's connect complete in the same few loop
            # iterations; cancelling 0 to 7 callbacks after the accept scans that window.
            delay = rng.randrange(8)

            sent_at_cancel: list[int] = []

            def cancel_later(
                steps: int = delay,
                task: asyncio.Task[None] = task,
                sent_at_cancel: list[int] = sent_at_cancel,
            ) -> None:
                if steps == 0:
                    sent_at_cancel.append(server.requests)
                    task.cancel()
                else:
                    loop.call_soon(cancel_later, steps - 1, task, sent_at_cancel)

            server.on_accept = cancel_later
            try:
                await task
            except asyncio.CancelledError:
                pass
            else:
                lost.append(round_number)
            server.on_accept = lambda: None
        await server.all_closed()
        # At most the request already on its way when the cancel came may arrive after it.
        if server.requests - sent_at_cancel[0] > 1 and round_number not in lost:
            lost.append(round_number)
    assert lost == [], f"{len(lost)} of {rounds} cancelled send loops went on sending"
