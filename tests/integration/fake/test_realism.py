"""The realism knobs: status progression, the concurrency cap (429), injected 503s, latency,
and the counters tests assert on."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from starlette.requests import Request

from tests.integration.fake._helpers import SEND, checked_client, messages_path
from tests.integration.fake._spec_check import SpecChecker
from twilio_async.testing import FakeClock, FakeTwilio

START = datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc)
SERVICE_SID = "MG" + "c" * 32


async def test_advance_moves_messages_from_queued_to_sent_to_delivered(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    first = (await api.post(messages_path(fake), data=SEND)).json()
    second = (await api.post(messages_path(fake), data={**SEND, "Body": "x" * 200})).json()

    fake.advance()
    sent = (await api.get(first["uri"])).json()
    assert (sent["status"], sent["price"], sent["price_unit"]) == ("sent", "-0.00790", "USD")
    assert (await api.get(second["uri"])).json()["price"] == "-0.01580"  # two segments

    fake.advance(first["sid"])
    assert (await api.get(first["uri"])).json()["status"] == "delivered"
    assert (await api.get(second["uri"])).json()["status"] == "sent"

    fake.advance(steps=5)
    assert [message.status for message in fake.messages] == ["delivered", "delivered"]
    with pytest.raises(KeyError):
        fake.advance("SM" + "0" * 32)


async def test_accepted_messages_are_queued_first(fake: FakeTwilio, api: httpx.AsyncClient) -> None:
    data = {"To": SEND["To"], "MessagingServiceSid": SERVICE_SID, "Body": "Hi"}
    await api.post(messages_path(fake), data=data)

    statuses = []
    for _ in range(4):
        statuses.append(fake.messages[0].status)
        fake.advance()
    assert statuses == ["accepted", "queued", "sent", "delivered"]


async def test_advance_on_fetch_moves_one_step_per_fetch(spec_checker: SpecChecker) -> None:
    fake = FakeTwilio(advance_on_fetch=True)
    async with checked_client(fake, spec_checker) as api:
        uri = (await api.post(messages_path(fake), data=SEND)).json()["uri"]
        listed = (await api.get(messages_path(fake))).json()["messages"][0]["status"]
        fetched = [(await api.get(uri)).json()["status"] for _ in range(3)]
    assert listed == "queued"
    assert fetched == ["sent", "delivered", "delivered"]


async def test_status_follows_an_injected_clock(spec_checker: SpecChecker) -> None:
    clock = FakeClock(START)
    fake = FakeTwilio(clock=clock, sent_after=5, delivered_after=timedelta(seconds=30))
    async with checked_client(fake, spec_checker) as api:
        uri = (await api.post(messages_path(fake), data=SEND)).json()["uri"]
        clock.advance(4.9)
        assert (await api.get(uri)).json()["status"] == "queued"
        clock.advance(0.1)
        sent = (await api.get(uri)).json()
        clock.advance(60)
        delivered = (await api.get(uri)).json()
    assert (sent["status"], sent["date_updated"]) == ("sent", "Thu, 24 Aug 2023 05:01:50 +0000")
    assert (delivered["status"], delivered["date_updated"]) == (
        "delivered",
        "Thu, 24 Aug 2023 05:02:15 +0000",
    )
    assert fake.messages[0].status == "delivered"


async def test_requests_beyond_max_concurrency_get_429(spec_checker: SpecChecker) -> None:
    gate = asyncio.Event()
    two_held = asyncio.Event()
    held = 0

    async def hold(request: Request) -> None:
        nonlocal held
        held += 1
        if held == 2:
            two_held.set()
        await gate.wait()

    fake = FakeTwilio(max_concurrency=2, delay_hook=hold, retry_after=3)
    async with checked_client(fake, spec_checker) as api:
        path = messages_path(fake)
        first = asyncio.create_task(api.post(path, data=SEND))
        second = asyncio.create_task(api.post(path, data=SEND))
        await two_held.wait()

        refused = await api.post(path, data=SEND)
        assert fake.stats.in_flight == 2
        gate.set()
        admitted = [await first, await second]
        after = await api.post(path, data=SEND)

    assert refused.status_code == 429
    assert refused.json()["code"] == 20429
    assert refused.headers["Retry-After"] == "3"
    assert [response.status_code for response in admitted] == [201, 201]
    assert after.status_code == 201
    stats = fake.stats
    assert (stats.rate_limited, stats.max_in_flight, stats.in_flight) == (1, 2, 0)
    assert (stats.requests, stats.created, len(fake.messages)) == (4, 3, 3)
    assert stats.statuses == {201: 3, 429: 1}


async def test_retry_after_can_be_left_out(spec_checker: SpecChecker) -> None:
    gate = asyncio.Event()
    held = asyncio.Event()

    async def hold(request: Request) -> None:
        held.set()
        await gate.wait()

    fake = FakeTwilio(max_concurrency=1, delay_hook=hold, retry_after=None)
    async with checked_client(fake, spec_checker) as api:
        blocked = asyncio.create_task(api.get(messages_path(fake)))
        await held.wait()
        refused = await api.get(messages_path(fake))
        gate.set()
        await blocked
    assert refused.status_code == 429
    assert "Retry-After" not in refused.headers


async def test_latency_holds_requests_in_flight(spec_checker: SpecChecker) -> None:
    fake = FakeTwilio(max_concurrency=1, latency=0.2)
    async with checked_client(fake, spec_checker) as api:
        responses = await asyncio.gather(*(api.get(messages_path(fake)) for _ in range(2)))
    assert sorted(response.status_code for response in responses) == [200, 429]


async def statuses_with(spec_checker: SpecChecker, **options: object) -> list[int]:
    fake = FakeTwilio(**options)  # type: ignore[arg-type]
    async with checked_client(fake, spec_checker) as api:
        return [(await api.get(messages_path(fake))).status_code for _ in range(40)]


async def test_injected_503s_are_reproducible_by_seed(spec_checker: SpecChecker) -> None:
    first = await statuses_with(spec_checker, fail_rate=0.3, seed=7)
    again = await statuses_with(spec_checker, fail_rate=0.3, seed=7)
    other = await statuses_with(spec_checker, fail_rate=0.3, seed=8)

    assert first == again
    assert first != other
    assert set(first) == {200, 503}
    assert 0 < first.count(503) < 40


async def test_injected_503s_are_counted_and_store_nothing(spec_checker: SpecChecker) -> None:
    fake = FakeTwilio(fail_rate=0.5, seed=1)
    async with checked_client(fake, spec_checker) as api:
        responses = [await api.post(messages_path(fake), data=SEND) for _ in range(20)]

    failed = [response for response in responses if response.status_code == 503]
    assert failed
    assert {response.json()["code"] for response in failed} == {20503}
    assert fake.stats.injected_failures == len(failed)
    assert len(fake.messages) == fake.stats.created == 20 - len(failed)


async def test_a_failure_after_processing_loses_only_the_answer(
    spec_checker: SpecChecker,
) -> None:
    fake = FakeTwilio(fail_rate=1.0, fail_after_processing=True)
    async with checked_client(fake, spec_checker) as api:
        response = await api.post(messages_path(fake), data=SEND)

    assert response.status_code == 503
    assert len(fake.messages) == fake.stats.created == 1
    assert fake.stats.injected_failures == 1


async def test_requests_are_recorded_with_their_outcome(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    await api.post(messages_path(fake), data=SEND)
    await api.get(messages_path(fake), params={"To": "+15558675310"})

    create, listing = fake.requests
    assert (create.method, create.path, create.status) == ("POST", messages_path(fake), 201)
    assert dict(create.form) == SEND
    assert (listing.method, listing.query, listing.status) == ("GET", "To=%2B15558675310", 200)
    assert listing.form == ()
    assert fake.stats.requests == 2


async def test_request_recording_can_be_turned_off(spec_checker: SpecChecker) -> None:
    fake = FakeTwilio(record_requests=False)
    async with checked_client(fake, spec_checker) as api:
        await api.post(messages_path(fake), data=SEND)
    assert fake.requests == []
    assert (fake.stats.requests, len(fake.messages)) == (1, 1)
