"""The adaptive-limit rules exist twice, in Python (``AdaptiveLimiter``) and in Lua inside Redis
(``RedisLimiter``'s script). One table of event sequences is fed to both, through the
:class:`~twilio_async.Limiter` protocol they share (``acquire``, then ``release`` with the
permit's in-flight count, the status and ``Twilio-Concurrent-Requests``), against a real
redis-server; after every event both must hold the same limit and the same adaptive state.

It compares whatever state the two sides have in common (every field of the Redis state hash
that the Python rules also have, by name), so a rule changed on both sides together keeps
passing; a rule changed on one side only fails at the first event where they part.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from redis.asyncio import Redis

from twilio_async import AdaptiveLimiter
from twilio_async._limiter import TWILIO_DEFAULT_LIMIT
from twilio_async.redis import RedisLimiter
from twilio_async.testing._redis_server import RedisServer

#: What one event is, decided against the limit in force when it happens (the Python side's;
#: both sides get the very same numbers): (status or None, in flight at admission, Twilio's
#: concurrent-requests header or None).
Event = tuple[int | None, int, int | None]
Step = Callable[[int], Event]


def ok(admitted: int | None = None) -> Step:
    """A success of a request admitted with ``admitted`` in flight (default: a full limit)."""
    return lambda limit: (201, limit if admitted is None else admitted, None)


def refused(admitted: int | None = None, *, over: int = 0, concurrent: int | None = None) -> Step:
    """A 429 of a request admitted with ``admitted`` in flight (default: the limit + ``over``)."""
    return lambda limit: (429, limit + over if admitted is None else admitted, concurrent)


def other(status: int | None) -> Step:
    """An outcome that teaches nothing: another error, or no response at all."""
    return lambda limit: (status, limit, None)


def random_walk(seed: int, length: int) -> list[Step]:
    """A seeded mix of busy and idle successes, 429s near the limit, stale 429s and errors."""
    rng = random.Random(seed)
    steps: list[Step] = []
    for _ in range(length):
        roll = rng.random()
        if roll < 0.80:
            steps.append(ok() if rng.random() < 0.8 else ok(rng.randint(1, 4)))
        elif roll < 0.86:
            concurrent = rng.choice([None, None, rng.randint(1, 40)])
            steps.append(refused(over=rng.randint(-2, 3), concurrent=concurrent))
        elif roll < 0.93:
            steps.append(refused(rng.randint(1, 60)))
        else:
            steps.append(other(rng.choice([None, 400, 500, 503])))
    return steps


SCENARIOS: dict[str, tuple[dict[str, Any], list[Step]]] = {
    "slow start doubles up to the maximum": ({"maximum": 64, "initial": 4}, [ok()] * 200),
    "idle successes never probe after settling": (
        {"maximum": 100, "initial": 8},
        [ok()] * 8 + [refused(over=0)] + [ok(1)] * 400,
    ),
    "a burst of refusals lands on the ceiling in one step": (
        {"maximum": 100, "initial": 32},
        [ok()] * 40 + [refused(a) for a in range(50, 38, -1)] + [ok()] * 60,
    ),
    "the concurrent-requests header caps the drop": (
        {"maximum": 100, "initial": 32},
        [refused(30, concurrent=12), refused(11, concurrent=40), ok()]
        + [ok()] * 50
        + [refused(over=0, concurrent=1), ok(1)],
    ),
    "a refusal from a busier moment changes nothing": (
        {"maximum": 100, "initial": 32},
        [refused(20), refused(25), refused(21), ok(), refused(over=5)],
    ),
    "probes climb, a refused probe waits longer, a held probe shorter": (
        {"maximum": 100, "initial": 6},
        [refused(6)]
        + [ok()] * 5 * 40
        + [refused(over=0)]
        + [ok()] * 5 * 70
        + [refused(over=0)]
        + [ok()] * 6 * 90,
    ),
    "the limit never drops below one": ({"maximum": 10, "initial": 4}, [refused(1), ok(1)] * 5),
    "errors and lost answers teach nothing": (
        {"maximum": 50, "initial": 8},
        [other(None), other(500), other(400), other(503), ok(), other(None)] * 10,
    ),
    "at the maximum nothing grows": ({"maximum": 8, "initial": 8}, [ok()] * 100),
    "a fixed limit ignores everything": (
        {"maximum": 20, "adaptive": False},
        [ok()] * 50 + [refused(5), refused(20, concurrent=3)] + [ok()] * 50,
    ),
    **{
        f"random walk {seed}": ({"maximum": 40, "initial": 16}, random_walk(seed, 1500))
        for seed in range(4)
    },
    # Slow start pauses at Twilio's default limit when the maximum is above it.
    "paused at the default, idle successes wait, a held probe resumes slow start": (
        {"maximum": 400, "initial": 90},
        [ok()] * 11 + [ok(50)] * 30 + [ok()] * TWILIO_DEFAULT_LIMIT + [ok()] * 101 + [ok()] * 20,
    ),
    "a refused probe past the default settles on it, probing rarely": (
        {"maximum": 400, "initial": 96},
        [ok()] * 5
        + [ok()] * TWILIO_DEFAULT_LIMIT
        + [refused(over=0, concurrent=TWILIO_DEFAULT_LIMIT)]
        + [ok()] * TWILIO_DEFAULT_LIMIT * 17,
    ),
    "a refusal while paused ends slow start": (
        {"maximum": 400, "initial": 98},
        [ok()] * 3 + [refused(over=0, concurrent=90)] + [ok()] * 200,
    ),
    **{
        f"random walk around the default {seed}": (
            {"maximum": 200, "initial": 92},
            random_walk(seed, 1500),
        )
        for seed in range(2)
    },
}

#: Scenarios that must pass through the pause (``paused`` both false and true).
PAUSING = {
    "paused at the default, idle successes wait, a held probe resumes slow start",
    "a refused probe past the default settles on it, probing rarely",
    "a refusal while paused ends slow start",
}


def python_fields(limiter: AdaptiveLimiter) -> dict[str, Any]:
    """The Python rules' state by field name, private fields without their underscore."""
    rules = limiter._state
    fields = getattr(rules, "__dict__", None) or {
        name: getattr(rules, name) for name in getattr(type(rules), "__slots__", ())
    }
    return {name.lstrip("_"): value for name, value in fields.items()}


def as_number(value: Any) -> int:
    return int(value)  # booleans as Redis stores them: 1 / 0


@pytest.fixture
async def lua_state(redis: RedisServer, key: str) -> AsyncIterator[Callable[[], Any]]:
    client = Redis.from_url(redis.url, decode_responses=True)

    async def read() -> dict[str, str]:
        state: dict[str, str] = await client.hgetall(f"{key}:state")
        return state

    yield read
    await client.aclose()


@pytest.mark.parametrize("name", SCENARIOS)
async def test_python_and_lua_rules_agree_event_by_event(
    name: str, redis: RedisServer, key: str, lua_state: Callable[[], Any]
) -> None:
    options, steps = SCENARIOS[name]
    python = AdaptiveLimiter(**options)
    compared: set[str] = set()
    paused: set[int] = set()
    async with RedisLimiter(redis.url, key=key, lease_seconds=60, **options) as lua:
        for number, step in enumerate(steps, 1):
            status, admitted, concurrent = step(python.limit)
            for limiter in (python, lua):
                await limiter.acquire()  # nothing else in flight: never waits
                await limiter.release(admitted, status, concurrent)
            where = f"{name}, event {number} {(status, admitted, concurrent)}"
            assert lua.limit == python.limit, where
            shared = await lua_state()
            mine = python_fields(python)
            common = (set(shared) & set(mine)) - {"in_flight"}
            for field in common:
                assert as_number(shared[field]) == as_number(mine[field]), f"{field}: {where}"
            compared |= common
            paused.add(as_number(mine["paused"]))
    # The comparison covered the adaptive state, not only the limit.
    assert {"limit", "slow_start", "probe_windows", "paused"} <= compared
    if name in PAUSING:
        assert paused == {0, 1}, "the scenario never reached the pause"
