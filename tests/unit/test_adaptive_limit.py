"""The adaptive limit's slow start: one slot per success, and a pause at Twilio's default."""

from __future__ import annotations

import anyio

from twilio_async._limiter import (
    FIRST_PROBE_WINDOWS,
    TWILIO_DEFAULT_LIMIT,
    AdaptiveLimit,
    AdaptiveLimiter,
)


def _succeed(limit: AdaptiveLimit, times: int, admitted_in_flight: int | None = None) -> None:
    for _ in range(times):
        limit.on_success(admitted_in_flight)


def _paused_at_the_default() -> AdaptiveLimit:
    limit = AdaptiveLimit(400, initial=32)
    _succeed(limit, TWILIO_DEFAULT_LIMIT - 32)
    assert (limit.limit, limit.slow_start) == (TWILIO_DEFAULT_LIMIT, True)
    limit.on_success(TWILIO_DEFAULT_LIMIT)  # the next success pauses instead of growing
    assert (limit.limit, limit.slow_start, limit.paused) == (TWILIO_DEFAULT_LIMIT, False, True)
    return limit


def test_slow_start_adds_one_slot_per_success() -> None:
    limit = AdaptiveLimit(400, initial=32)
    assert limit.on_success(1)
    assert limit.limit == 33  # at once, not after a window of 32
    _succeed(limit, 31)
    assert limit.limit == 64  # still doubles every round trip


def test_slow_start_pauses_at_twilios_default_limit_below_a_higher_maximum() -> None:
    limit = _paused_at_the_default()
    _succeed(limit, 1_000, admitted_in_flight=50)  # requests that did not fill the limit
    assert limit.limit == TWILIO_DEFAULT_LIMIT
    # One window of successes at the full limit, then a single probe past it.
    _succeed(limit, TWILIO_DEFAULT_LIMIT - 1, admitted_in_flight=TWILIO_DEFAULT_LIMIT)
    assert limit.limit == TWILIO_DEFAULT_LIMIT
    assert limit.on_success(TWILIO_DEFAULT_LIMIT)
    assert limit.limit == TWILIO_DEFAULT_LIMIT + 1


def test_a_probe_past_the_default_that_holds_resumes_slow_start() -> None:
    limit = _paused_at_the_default()
    _succeed(limit, TWILIO_DEFAULT_LIMIT, admitted_in_flight=TWILIO_DEFAULT_LIMIT)
    probe = TWILIO_DEFAULT_LIMIT + 1
    assert limit.limit == probe
    _succeed(limit, probe, admitted_in_flight=probe)  # the probe held for a whole window
    assert (limit.limit, limit.slow_start, limit.paused) == (probe + 1, True, False)
    _succeed(limit, 10, admitted_in_flight=1)
    assert limit.limit == probe + 11  # one slot per success again
    limit.on_throttled(probe + 11, concurrent_requests=108)  # the raised account's ceiling
    assert (limit.limit, limit.slow_start) == (108, False)
    assert limit.probe_windows == FIRST_PROBE_WINDOWS


def test_a_refused_probe_past_the_default_settles_on_it() -> None:
    limit = _paused_at_the_default()
    _succeed(limit, TWILIO_DEFAULT_LIMIT, admitted_in_flight=TWILIO_DEFAULT_LIMIT)
    assert limit.on_throttled(TWILIO_DEFAULT_LIMIT + 1, concurrent_requests=TWILIO_DEFAULT_LIMIT)
    assert (limit.limit, limit.slow_start, limit.paused) == (TWILIO_DEFAULT_LIMIT, False, False)
    # From here on it probes as after any 429 that ended slow start: rarely.
    assert limit.probe_windows == FIRST_PROBE_WINDOWS
    _succeed(limit, TWILIO_DEFAULT_LIMIT * (FIRST_PROBE_WINDOWS - 1), TWILIO_DEFAULT_LIMIT)
    assert limit.limit == TWILIO_DEFAULT_LIMIT


def test_a_refusal_while_paused_ends_slow_start_for_good() -> None:
    limit = _paused_at_the_default()
    limit.on_throttled(TWILIO_DEFAULT_LIMIT, concurrent_requests=90)
    assert (limit.limit, limit.slow_start, limit.paused) == (90, False, False)
    assert limit.probe_windows == FIRST_PROBE_WINDOWS


def test_no_pause_when_the_default_is_the_maximum_or_below_the_start() -> None:
    at_default = AdaptiveLimit(TWILIO_DEFAULT_LIMIT, initial=32)
    _succeed(at_default, 500)
    assert (at_default.limit, at_default.paused) == (TWILIO_DEFAULT_LIMIT, False)
    above = AdaptiveLimit(400, initial=TWILIO_DEFAULT_LIMIT + 20)
    _succeed(above, 10)
    assert (above.limit, above.slow_start, above.paused) == (TWILIO_DEFAULT_LIMIT + 30, True, False)


async def test_a_batch_admitted_in_one_turn_and_refused_lands_on_the_limit_at_once() -> None:
    # Slow start hands out slots in batches (each answer frees its own and adds one); the
    # requests of a batch resume together. If the account refuses the batch, each refusal
    # must count against what was in flight when *that* request got its slot.
    limiter = AdaptiveLimiter(400, initial=2)
    permits: dict[str, object] = {}

    async def request(name: str) -> None:
        permits[name] = await limiter.acquire()

    first, second = await limiter.acquire(), await limiter.acquire()
    async with anyio.create_task_group() as group:
        for name in "cdef":
            group.start_soon(request, name)
            await anyio.wait_all_tasks_blocked()
        await limiter.release(first, 201)  # c takes the freed slot, d the new one
        await limiter.release(second, 201)  # e and f likewise
    assert permits == {"c": 2, "d": 3, "e": 3, "f": 4}
    # The account holds 2: d, e and f are refused, the last admitted first.
    for name in "fed":
        await limiter.release(permits[name], 429)
    assert limiter.limit == 2  # within the batch: no refusal-and-retry per step down
