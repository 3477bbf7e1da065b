"""Concurrency limiting shared by every task using one client.

A fixed limit bounds requests in flight. The adaptive mode looks for the account's real
concurrency limit (Twilio answers 429 / 20429 beyond it, at once and without acting on the
request) and then stays on it:

* **Slow start.** Begin at ``initial`` and add one slot per success until the first 429 (or
  ``maximum``): the limit doubles every round trip, but grows as the answers come in
  rather than a whole window at once.
* **A pause at Twilio's default limit.** Most accounts allow exactly
  ``TWILIO_DEFAULT_LIMIT`` (100) requests at once. When ``maximum`` is higher, slow start
  stops there once and probes one slot past it (after one window, then as probes do); only
  when that probe holds does slow start go on. Answers arrive in bursts (a window's worth
  within a few milliseconds), so a limit that doubled through 100 would have sent up to a
  whole window that the account refuses before the first refusal came back; the pause costs
  such an account one refusal, and a raised account a window or two at 100.
* **A refusal says where the ceiling is.** Each request notes how many requests were in
  flight when it was admitted, itself included (``n``). If Twilio refuses it, the account
  had no room for ``n``: the limit drops to ``n - 1`` (and to ``Twilio-Concurrent-Requests``,
  the account's own count, if that is lower). A burst of refusals after slow start overshot
  thus lands on the account's limit in one step, instead of halving and leaving capacity
  unused; refusals of requests admitted when more was in flight than now change nothing.
* **Probe rarely.** After settling, the limit tries one more slot after ``probe_interval``
  windows of successes of requests that found the limit full (a run that does not use the
  limit cannot show that more would be fine). A probe that is refused doubles the interval (up to
  ``MAX_PROBE_WINDOWS``); a probe that holds for a full window halves it, so the limit
  climbs back quickly when capacity returns and costs about one 429 per ``probe_interval``
  windows while it is steady.

:class:`AdaptiveLimit` is that arithmetic alone; :class:`AdaptiveLimiter` adds the slots
tasks wait on. Anything with ``acquire``/``release`` (the :class:`Limiter` protocol) can
replace it, such as :class:`twilio_async.redis.RedisLimiter`, which shares one account's
limit between processes.
"""

from __future__ import annotations

import logging
from typing import Protocol, runtime_checkable

from twilio_async._slots import Slots

__all__ = ["AdaptiveLimit", "AdaptiveLimiter", "Limiter", "Slots"]

logger = logging.getLogger("twilio_async")

#: Where adaptive limits start (slow start doubles from here).
DEFAULT_INITIAL_LIMIT = 32
#: Twilio's default concurrency limit per account, where slow start pauses (see above).
TWILIO_DEFAULT_LIMIT = 100
#: Windows of successes between probes right after the limit settles.
FIRST_PROBE_WINDOWS = 16
#: Refused probes double the interval up to this many windows.
MAX_PROBE_WINDOWS = 128


@runtime_checkable
class Limiter(Protocol):
    """What ``Client(limiter=...)`` accepts: a bound on requests in flight.

    The transport calls ``permit = await acquire()`` before each attempt and
    ``await release(permit, status, concurrent_requests)`` after it, always (also when the
    attempt failed or was cancelled): ``status`` is the HTTP status, or ``None`` when no
    response came; ``concurrent_requests`` is Twilio's ``Twilio-Concurrent-Requests`` header
    on a 429. A request waiting in backoff holds no permit.
    """

    @property
    def maximum(self) -> int:
        """The most requests this limiter ever lets run at once."""
        ...

    @property
    def limit(self) -> int:
        """The bound in force now (at most ``maximum``)."""
        ...

    @property
    def in_flight(self) -> int:
        """Requests holding a permit (as far as this process knows)."""
        ...

    @property
    def waiting(self) -> int:
        """Requests of this process waiting for a permit."""
        ...

    async def acquire(self) -> object:
        """Wait for room for one more request; return a permit for :meth:`release`."""
        ...

    async def release(
        self, permit: object, status: int | None, concurrent_requests: int | None = None
    ) -> None:
        """Give the permit back and report how the attempt went."""
        ...


class AdaptiveLimit:
    """The adaptive arithmetic alone: what the limit should be after each outcome.

    A request remembers how many requests were in flight, itself included, when it was
    admitted (its permit) and reports that number back with a 429: the account refused
    while we had that many in flight, so one fewer is the most it has room for now.
    :class:`twilio_async.redis.RedisLimiter` runs the same rules inside Redis.
    """

    def __init__(self, maximum: int, *, adaptive: bool = True, initial: int | None = None):
        if maximum < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.maximum = maximum
        self.adaptive = adaptive
        start = DEFAULT_INITIAL_LIMIT if initial is None else initial
        self.limit = max(1, min(maximum, start)) if adaptive else maximum
        self.slow_start = adaptive
        self.probe_windows = FIRST_PROBE_WINDOWS
        self._probing = False
        # Slow start stopped at TWILIO_DEFAULT_LIMIT; a probe that holds resumes it.
        self.paused = False
        self._successes = 0
        self._windows = 0

    def on_success(self, admitted_in_flight: int | None = None) -> bool:
        """Count one success of a request admitted with ``admitted_in_flight`` in flight;
        return whether the limit grew.

        Past slow start only requests that found the limit full count: a probe is proven
        by using the extra slot, not by a run that never needed it.
        """
        if not self.adaptive or self.limit >= self.maximum:
            return False
        if (
            not self.slow_start
            and admitted_in_flight is not None
            and admitted_in_flight < self.limit
        ):
            return False
        if self.slow_start:
            if self.limit != TWILIO_DEFAULT_LIMIT:
                self.limit += 1  # one more per success: doubles every round trip
                return True
            self.slow_start = False  # pause: probe past the default limit first
            self.paused = True
            self.probe_windows = 1
            return False
        self._successes += 1
        if self._successes < self.limit:
            return False
        self._successes = 0  # a full window at this limit
        if self._probing:  # the last probe held for a whole window: capacity is back
            self._probing = False
            if self.paused:  # the account allows more than the default: slow start again
                self.paused = False
                self.slow_start = True
                self.limit += 1
                return True
            self.probe_windows = max(1, self.probe_windows // 2)
        self._windows += 1
        if self._windows < self.probe_windows:
            return False
        self._windows = 0
        self._probing = True
        self.limit += 1
        return True

    def on_throttled(self, admitted_in_flight: int, concurrent_requests: int | None = None) -> bool:
        """Count one 429 for a request admitted with ``admitted_in_flight`` requests in
        flight (itself included); return whether the limit dropped.

        ``concurrent_requests`` (Twilio's ``Twilio-Concurrent-Requests``) is the account's
        count when it refused: this process never needs more than that.
        """
        if not self.adaptive:
            return False
        target = admitted_in_flight - 1
        if concurrent_requests is not None and concurrent_requests >= 1:
            target = min(target, concurrent_requests)
        target = max(1, target)
        if target >= self.limit:
            return False  # from a time when more was in flight than the limit allows now
        if self.slow_start or self.paused:  # the ceiling is found: probe rarely from now on
            self.slow_start = self.paused = False
            self.probe_windows = FIRST_PROBE_WINDOWS
        elif self._probing:  # the probe found the ceiling again: wait longer next time
            self.probe_windows = min(MAX_PROBE_WINDOWS, self.probe_windows * 2)
        self._probing = False
        self._successes = 0
        self._windows = 0
        logger.debug(
            "429: concurrency limit %d -> %d",
            self.limit,
            target,
            extra={"twilio.limiter.limit": target, "twilio.limiter.previous_limit": self.limit},
        )
        self.limit = target
        return True


class AdaptiveLimiter:
    """The default :class:`Limiter`: a bound on requests in flight within one process,
    adapted to Twilio's 429s when ``adaptive`` (see the module docstring).

    ``limit`` is the effective limit now, always within ``[1, maximum]``. Only attempts
    hold a slot: a request waiting in backoff has released it. One limiter may be shared
    by several clients of the same account in one process.
    """

    def __init__(self, maximum: int, *, adaptive: bool = True, initial: int | None = None):
        self._state = AdaptiveLimit(maximum, adaptive=adaptive, initial=initial)
        self._slots = Slots(self._state.limit)

    def __repr__(self) -> str:
        return (
            f"<AdaptiveLimiter limit={self.limit} maximum={self.maximum} "
            f"in_flight={self.in_flight}>"
        )

    @property
    def maximum(self) -> int:
        """The most requests in flight this limiter ever allows."""
        return self._state.maximum

    @property
    def adaptive(self) -> bool:
        """Whether the limit follows Twilio's 429s."""
        return self._state.adaptive

    @property
    def limit(self) -> int:
        """The effective concurrency limit."""
        return self._state.limit

    @property
    def in_flight(self) -> int:
        """Requests holding a slot right now."""
        return self._slots.borrowed

    @property
    def waiting(self) -> int:
        """Requests queued for a slot right now."""
        return self._slots.waiting

    @property
    def probe_windows(self) -> int:
        """Windows of successes before the next probe above the current limit."""
        return self._state.probe_windows

    async def acquire(self) -> int:
        """Wait for a slot; the permit is the number in flight as the slot was taken.

        Counted when the slot is handed over, not when the request was queued: a request
        that queued through a decrease was admitted under the new limit, so its 429 counts
        against what was in flight then.
        """
        return await self._slots.take()

    async def release(
        self, permit: object, status: int | None, concurrent_requests: int | None = None
    ) -> None:
        """Free the slot and learn from the attempt's outcome."""
        self._slots.release()
        if status is None:
            return
        if status < 400:
            self.on_success(permit if isinstance(permit, int) else None)
        elif status == 429 and isinstance(permit, int):
            self.on_throttled(permit, concurrent_requests)

    def on_success(self, admitted_in_flight: int | None = None) -> None:
        """Grow: by one per success in slow start, else a probe after enough windows."""
        if self._state.on_success(admitted_in_flight):
            self._slots.set_total(self._state.limit)

    def on_throttled(self, admitted_in_flight: int, concurrent_requests: int | None = None) -> None:
        """Lower the limit after a 429 from a request admitted with ``admitted_in_flight``
        requests in flight (itself included)."""
        if self._state.on_throttled(admitted_in_flight, concurrent_requests):
            self._slots.set_total(self._state.limit)
