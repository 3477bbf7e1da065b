"""Client(limiter=...): any object with acquire/release bounds the client's requests."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
import respx

from twilio_async import AdaptiveLimiter, Client, Limiter, RetryPolicy

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGES_PATH, error_json, message_json


class RecordingLimiter:
    """A fixed limit of 2 that records every release."""

    maximum = 2
    limit = 2

    def __init__(self) -> None:
        self.inner = AdaptiveLimiter(2, adaptive=False)
        self.released: list[tuple[object, int | None, int | None]] = []

    @property
    def in_flight(self) -> int:
        return self.inner.in_flight

    @property
    def waiting(self) -> int:
        return self.inner.waiting

    async def acquire(self) -> object:
        await self.inner.acquire()
        return "permit"

    async def release(
        self, permit: object, status: int | None, concurrent_requests: int | None = None
    ) -> None:
        self.released.append((permit, status, concurrent_requests))
        await self.inner.release(permit, None)


async def test_a_custom_limiter_sees_every_attempt_and_its_outcome(
    mock: respx.MockRouter,
) -> None:
    throttled = httpx.Response(
        429, json=error_json(20429, 429), headers={"Twilio-Concurrent-Requests": "7"}
    )
    mock.post(MESSAGES_PATH).mock(
        side_effect=[throttled, httpx.Response(201, json=message_json(1))]
    )
    limiter = RecordingLimiter()
    assert isinstance(limiter, Limiter)

    async def no_wait(_: float) -> None:
        return None

    async with Client(
        ACCOUNT_SID, AUTH_TOKEN, limiter=limiter, retry=RetryPolicy(sleep=no_wait)
    ) as client:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
        assert client.transport.limiter is limiter
    assert limiter.released == [("permit", 429, 7), ("permit", 201, None)]
    assert limiter.in_flight == 0


async def test_a_cancelled_request_gives_its_permit_back(mock: respx.MockRouter) -> None:
    arrived = anyio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        arrived.set()
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    mock.post(MESSAGES_PATH).mock(side_effect=hang)
    limiter = RecordingLimiter()
    async with (
        Client(ACCOUNT_SID, AUTH_TOKEN, limiter=limiter) as client,
        anyio.create_task_group() as group,
    ):
        group.start_soon(
            lambda: client.messages.create(to="+15558675310", from_="+15017122661", body="x")
        )
        await arrived.wait()
        assert limiter.in_flight == 1
        group.cancel_scope.cancel()
    assert limiter.released == [("permit", None, None)]
    assert limiter.in_flight == 0


async def test_a_shared_local_limiter_serves_two_clients() -> None:
    limiter = AdaptiveLimiter(5)
    async with (
        Client(ACCOUNT_SID, AUTH_TOKEN, limiter=limiter) as first,
        Client(ACCOUNT_SID, AUTH_TOKEN, limiter=limiter) as second,
    ):
        assert first.transport.limiter is second.transport.limiter is limiter


@pytest.mark.parametrize("maximum", [0, -1])
def test_a_limiter_needs_a_positive_maximum(maximum: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        AdaptiveLimiter(maximum)


async def test_requests_queued_for_a_slot_are_built_only_once_admitted(
    mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A gather() of thousands of creates queues them all at once: each building its
    # httpx.Request before waiting would delay the first send by all of that work.
    built: list[httpx.Request] = []

    class CountedRequest(httpx.Request):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            built.append(self)

    monkeypatch.setattr(httpx, "Request", CountedRequest)
    route = mock.post(MESSAGES_PATH).mock(return_value=httpx.Response(201, json=message_json(1)))
    limiter = AdaptiveLimiter(1, adaptive=False)
    held = await limiter.acquire()
    async with (
        Client(ACCOUNT_SID, AUTH_TOKEN, limiter=limiter) as client,
        anyio.create_task_group() as group,
    ):

        async def send(index: int) -> None:
            await client.messages.create(
                to="+15558675310", from_="+15017122661", body=f"queued {index}"
            )

        for index in range(5):
            group.start_soon(send, index)
        await anyio.wait_all_tasks_blocked()
        assert (limiter.waiting, len(built)) == (5, 0)
        await limiter.release(held, None)
    assert sorted(call.request.content for call in route.calls) == [
        f"To=%2B15558675310&From=%2B15017122661&Body=queued+{i}".encode() for i in range(5)
    ]
