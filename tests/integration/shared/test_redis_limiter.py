"""RedisLimiter against a real redis-server: one account's limit shared by real processes
sending to the fake Twilio on a socket."""

from __future__ import annotations

import logging
import signal
from collections import Counter
from typing import Any

import pytest

from twilio_async import AdaptiveLimiter, Limiter
from twilio_async._limiter import TWILIO_DEFAULT_LIMIT
from twilio_async.redis import LimiterUnavailableError, RedisLimiter
from twilio_async.testing import FakeTwilio
from twilio_async.testing._redis_server import RedisServer

from .conftest import Arrivals, Worker


def options(
    fake: FakeTwilio, url: str, redis: RedisServer, key: str, **extra: Any
) -> dict[str, Any]:
    return {
        "account_sid": fake.account_sid,
        "auth_token": fake.auth_token,
        "url": url,
        "redis": redis.url,
        "key": key,
        "maximum": 100,
        **extra,
    }


def assert_each_once(fake: FakeTwilio, total: int) -> None:
    bodies = Counter(message.body for message in fake.messages)
    assert sorted(bodies) == sorted(f"item {i}" for i in range(total))
    assert set(bodies.values()) == {1}


def test_processes_share_one_fixed_limit(redis: RedisServer, key: str) -> None:
    fake = FakeTwilio(latency=0.01, record_requests=False)
    with fake.run_in_thread() as url:
        workers = [
            Worker(
                options(fake, url, redis, key, start=i * 80, count=80, maximum=6, adaptive=False)
            )
            for i in range(3)
        ]
        results = [worker.result() for worker in workers]
    assert [r["sent"] for r in results] == [80, 80, 80]
    assert fake.stats.max_in_flight <= 6  # alone, each process would have allowed 6
    assert fake.stats.max_in_flight >= 4  # and the processes did overlap
    assert_each_once(fake, 240)


def test_processes_find_the_accounts_limit_together(redis: RedisServer, key: str) -> None:
    fake = FakeTwilio(max_concurrency=10, latency=0.02, record_requests=False)
    with fake.run_in_thread() as url:
        workers = [
            Worker(options(fake, url, redis, key, start=i * 150, count=150)) for i in range(3)
        ]
        results = [worker.result() for worker in workers]
    assert sum(r["sent"] for r in results) == 450
    assert_each_once(fake, 450)
    # One shared limit: the slow-start overshoot and a few probes, not one per process.
    assert fake.stats.rate_limited <= 45, fake.stats.rate_limited
    # Near the cap, far below the maximum of 100 (a busy machine's slower releases can make
    # a probe or two above 10 look fine).
    assert max(r["limit"] for r in results) <= 20


def test_a_killed_process_gives_its_slots_back_within_the_lease(
    redis: RedisServer, key: str
) -> None:
    arrivals = Arrivals(20)
    fake = FakeTwilio(latency=0.05, delay_hook=arrivals, record_requests=False)
    with fake.run_in_thread() as url:
        doomed = Worker(
            options(
                fake,
                url,
                redis,
                key,
                start=0,
                count=10_000,
                maximum=4,
                adaptive=False,
                lease_seconds=1.0,
            )
        )
        assert arrivals.reached.wait(30)  # it holds all 4 slots now
        doomed.process.send_signal(signal.SIGKILL)
        doomed.process.wait()
        survivor = Worker(
            options(
                fake,
                url,
                redis,
                key,
                start=10_000,
                count=20,
                maximum=4,
                adaptive=False,
                lease_seconds=1.0,
            )
        )
        result = survivor.result(timeout=30)
    assert result["sent"] == 20
    assert not result["degraded"]


def test_redis_restarted_mid_run_loses_and_duplicates_nothing(
    redis: RedisServer, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    arrivals = Arrivals(60)
    fake = FakeTwilio(max_concurrency=8, latency=0.01, delay_hook=arrivals, record_requests=False)
    with fake.run_in_thread() as url:
        workers = [
            Worker(
                options(
                    fake,
                    url,
                    redis,
                    key,
                    start=i * 200,
                    count=200,
                    lease_seconds=2.0,
                    retry_seconds=0.2,
                )
            )
            for i in range(2)
        ]
        assert arrivals.reached.wait(30)
        redis.stop()
        # Sending goes on without Redis (each process limits itself), nothing hangs.
        assert arrivals.at(arrivals.count + 40).wait(30)
        redis.start()  # empty: no counts, no leases, no learned limit
        results = [worker.result() for worker in workers]
    assert sum(r["sent"] for r in results) == 400
    assert all(r["failed"] == 0 for r in results)
    assert sum(r["outages"] for r in results) >= 1  # they limited locally while it was down
    assert_each_once(fake, 400)


async def test_a_429_seen_by_one_process_lowers_the_limit_for_all(
    redis: RedisServer, key: str
) -> None:
    async with (
        RedisLimiter(redis.url, key=key, initial=32) as first,
        RedisLimiter(redis.url, key=key, initial=32) as second,
    ):
        permits = [await first.acquire() for _ in range(3)]
        assert permits == [1, 2, 3]  # in flight, account-wide, when each was admitted
        await first.release(permits[2], 429)  # refused with 3 in flight: room for 2
        for permit in permits[:2]:
            await first.release(permit, None)
        extra = await second.acquire()
        assert second.limit == first.limit == 2
        await second.release(extra, 201)
        assert first.in_flight == second.in_flight == 0


@pytest.mark.parametrize("first_gives_up", [False, True])
async def test_waiters_are_served_when_another_process_releases(
    redis: RedisServer, key: str, first_gives_up: bool
) -> None:
    import anyio

    async with (
        RedisLimiter(redis.url, key=key, maximum=1, adaptive=False) as holder,
        RedisLimiter(redis.url, key=key, maximum=1, adaptive=False) as waiter,
    ):
        held = await holder.acquire()
        got: list[object] = []
        gone = anyio.CancelScope()
        async with anyio.create_task_group() as group:

            async def wait_for_slot() -> None:
                got.append(await waiter.acquire())

            async def give_up_waiting() -> None:
                with gone:
                    await wait_for_slot()

            if first_gives_up:  # queued first, cancelled before the slot is free
                group.start_soon(give_up_waiting)
                await anyio.wait_all_tasks_blocked()
            group.start_soon(wait_for_slot)
            await anyio.wait_all_tasks_blocked()
            assert got == []
            gone.cancel()
            await holder.release(held, 201)
        assert got == [1]  # the only slot, counted once, and nothing left behind
        await waiter.release(got[0], 201)
        assert (holder.in_flight, waiter.in_flight, waiter.waiting) == (0, 0, 0)


async def test_unreachable_redis_raises_when_told_to(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RedisLimiter("redis://127.0.0.1:1/0", on_unavailable="raise", timeout=0.5)
    async with limiter:
        with pytest.raises(LimiterUnavailableError, match="not sent"):
            await limiter.acquire()
    assert "unreachable" in caplog.text


async def test_unreachable_redis_falls_back_to_a_local_limit(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fallback = AdaptiveLimiter(3, adaptive=False)
    fake = FakeTwilio()
    with caplog.at_level(logging.WARNING, logger="twilio_async"):
        async with (
            RedisLimiter(
                "redis://:hunter2@127.0.0.1:1/0", fallback=fallback, timeout=0.5
            ) as limiter,
            fake.client(limiter=limiter) as client,
        ):
            results = await client.messages.create_many(
                [{"to": "+15558675310", "from_": "+15017122661", "body": "x"}] * 5
            )
            assert limiter.degraded
            assert limiter.limit == 3
    assert results.summary.sent == 5
    assert "limiting this process locally" in caplog.text
    assert "hunter2" not in caplog.text + repr(limiter)


async def _limits_through_the_pause(limiter: Limiter, probe_holds: bool) -> list[int]:
    """Drive ``limiter`` (at initial 98, maximum 400) through slow start, its pause at
    Twilio's default limit and the probe past it; the limit after each stage."""
    seen: list[int] = []

    async def answered(status: int, times: int = 1, concurrent: int | None = None) -> None:
        for _ in range(times):
            await limiter.release(await limiter.acquire(), status, concurrent)

    await answered(201, 2)  # slow start: 98 -> 100
    seen.append(limiter.limit)
    await answered(201, 5)  # paused: no growth, and requests that did not fill it prove nothing
    seen.append(limiter.limit)
    held = [await limiter.acquire() for _ in range(TWILIO_DEFAULT_LIMIT - 1)]
    await answered(201, TWILIO_DEFAULT_LIMIT)  # a window at the full limit: the probe
    seen.append(limiter.limit)
    held.append(await limiter.acquire())
    if probe_holds:
        await answered(201, TWILIO_DEFAULT_LIMIT + 1)  # it held a window: slow start again
        seen.append(limiter.limit)
        await answered(201)
    else:
        await answered(429, concurrent=TWILIO_DEFAULT_LIMIT)
        seen.append(limiter.limit)
        await limiter.release(held.pop(), 201)
        await answered(201, TWILIO_DEFAULT_LIMIT)  # a full window, no probe: rare again
    seen.append(limiter.limit)
    for permit in held:
        await limiter.release(permit, None)
    return seen


@pytest.mark.parametrize(
    ("probe_holds", "expected"),
    [(True, [100, 100, 101, 102, 103]), (False, [100, 100, 101, 100, 100])],
)
async def test_slow_start_pauses_at_the_default_limit_in_redis_as_in_process(
    redis: RedisServer, key: str, probe_holds: bool, expected: list[int]
) -> None:
    import anyio

    local = AdaptiveLimiter(400, initial=98)
    with anyio.fail_after(30):  # a slot never freed shows as a hang: fail instead
        assert await _limits_through_the_pause(local, probe_holds) == expected
        async with RedisLimiter(redis.url, key=key, maximum=400, initial=98) as shared:
            assert await _limits_through_the_pause(shared, probe_holds) == expected
            assert shared.in_flight == 0
