"""create_many: input order, bounded concurrency, partial failures, lazy inputs."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qs

import anyio
import httpx
import pytest
import respx

from twilio_async import BulkResult, Client, InvalidRequestError, Message
from twilio_async.rest.api.v2010.accounts_messages import MessageCreateParams

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGES_PATH, FakeTime, error_json, message_json


def numbered(n: int) -> Iterator[MessageCreateParams]:
    for i in range(n):
        yield {"to": "+15558675310", "from_": "+15017122661", "body": f"#{i}"}


class Server:
    """A respx side effect that echoes the Body, fails some, and tracks concurrency."""

    def __init__(self, fail: set[str] | None = None, gate: int = 0) -> None:
        self.fail = fail or set()
        self.in_flight = 0
        self.peak = 0
        self.count = 0
        self.gate = gate
        self.opened = anyio.Event()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        body = parse_qs(request.content.decode())["Body"][0]
        self.in_flight += 1
        self.count += 1
        self.peak = max(self.peak, self.in_flight)
        if self.gate and self.count >= self.gate:
            self.opened.set()
        if self.gate:
            await self.opened.wait()  # hold requests until `gate` are in flight at once
        # Answer in reverse-ish order so completion order differs from input order.
        await anyio.lowlevel.checkpoint()
        self.in_flight -= 1
        if body in self.fail:
            return httpx.Response(400, json=error_json(21211, 400, "Invalid To"))
        return httpx.Response(201, json=message_json(int(body[1:]) + 1, body=body))


async def test_results_in_input_order_with_partial_failures(
    client: Client, mock: respx.MockRouter
) -> None:
    server = Server(fail={"#3", "#7"})
    mock.post(MESSAGES_PATH).mock(side_effect=server)
    result = await client.messages.create_many(numbered(12), max_in_flight=4)
    assert isinstance(result, BulkResult)
    assert len(result) == 12
    for i, item in enumerate(result):
        if i in (3, 7):
            assert isinstance(item, InvalidRequestError)
            assert item.code == 21211
        else:
            assert isinstance(item, Message)
            assert item.body == f"#{i}"
    assert [i for i, _ in result.errors] == [3, 7]
    assert result.summary.sent == 10
    assert result.summary.failed == 2
    assert result.summary.failed_by_code == {"21211": 2}
    assert result.summary.total == 12


async def test_in_flight_is_bounded(client: Client, mock: respx.MockRouter) -> None:
    server = Server(gate=5)
    mock.post(MESSAGES_PATH).mock(side_effect=server)
    result = await client.messages.create_many(numbered(40), max_in_flight=5)
    assert server.peak == 5
    assert result.summary.sent == 40


async def test_async_iterable_input(client: Client, mock: respx.MockRouter) -> None:
    mock.post(MESSAGES_PATH).mock(side_effect=Server())

    async def produce() -> AsyncIterator[MessageCreateParams]:
        for item in numbered(9):
            await anyio.lowlevel.checkpoint()
            yield item

    result = await client.messages.create_many(produce(), max_in_flight=3)
    assert [m.body for m in result if isinstance(m, Message)] == [f"#{i}" for i in range(9)]


async def test_input_is_consumed_lazily(client: Client, mock: respx.MockRouter) -> None:
    mock.post(MESSAGES_PATH).mock(side_effect=Server())
    produced = 0
    max_ahead = 0
    delivered = 0

    def items() -> Iterator[MessageCreateParams]:
        nonlocal produced, max_ahead
        for item in numbered(500):
            produced += 1
            max_ahead = max(max_ahead, produced - delivered)
            yield item

    def on_result(index: int, result: Any) -> None:
        nonlocal delivered
        assert index == delivered  # called in input order
        delivered += 1

    result = await client.messages.create_many(
        items(), max_in_flight=4, collect=False, on_result=on_result
    )
    assert delivered == 500
    assert len(result) == 0  # not collected
    assert result.summary.sent == 500
    assert max_ahead <= 16 * 4 + 1  # the reorder window, not the whole input


async def test_progress_callback_and_retries_in_summary(
    mock: respx.MockRouter, fake_time: FakeTime
) -> None:
    responses = [httpx.Response(429, json=error_json(20429, 429))] + [
        httpx.Response(201, json=message_json(1)) for _ in range(3)
    ]
    mock.post(MESSAGES_PATH).mock(side_effect=responses)
    seen: list[tuple[int, int | None]] = []
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy()) as client:
        items = list(numbered(3))
        result = await client.messages.create_many(
            items, max_in_flight=1, progress=lambda done, total: seen.append((done, total))
        )
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert result.summary.retries == 1
    assert result.summary.per_second > 0


async def test_programming_errors_propagate(client: Client, mock: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match="unexpected parameter"):
        await client.messages.create_many([{"to": "+1", "nope": 1}])  # type: ignore[typeddict-unknown-key]


async def test_empty_input(client: Client) -> None:
    result = await client.messages.create_many([])
    assert len(result) == 0
    assert result.summary.total == 0
