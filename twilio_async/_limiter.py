"""Concurrency limiting shared by every task using one client.

A fixed limit bounds requests in flight. The adaptive mode works as TCP's congestion control
does: it starts small and doubles after each full window of successes (slow start) until the
first 429, then halves the limit on each 429 and raises it by one after a full window of
successes (AIMD), so a bulk send settles near the account's real concurrency limit instead of
opening with a burst of 429s and hammering it.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import anyio

__all__ = ["AdaptiveLimiter", "Slots"]

logger = logging.getLogger("twilio_async")


class Slots:
    """A counting semaphore whose bound can change while it is in use.

    Unlike ``anyio.CapacityLimiter`` it does not yield to the event loop when a slot is
    free (anyio's limiter takes a cancel-shielded checkpoint on every acquire, a full
    loop round trip that cost about 4% of a create's CPU). Waiters are served first in,
    first out; a freed slot passes straight to the next waiter. Works on asyncio and trio.
    """

    def __init__(self, total: int) -> None:
        self.total = total
        self.borrowed = 0
        self._waiters: deque[anyio.Event] = deque()

    @property
    def waiting(self) -> int:
        """Tasks queued for a slot."""
        return len(self._waiters)

    def set_total(self, total: int) -> None:
        """Change the bound; waiters are admitted at once if it grew."""
        self.total = total
        while self._waiters and self.borrowed < self.total:
            self.borrowed += 1
            self._waiters.popleft().set()

    def release(self) -> None:
        """Free one slot: hand it to the next waiter, unless the bound shrank below use."""
        if self._waiters and self.borrowed <= self.total:
            self._waiters.popleft().set()  # the slot changes hands; borrowed stays
        else:
            self.borrowed -= 1

    async def __aenter__(self) -> None:
        if self.borrowed < self.total and not self._waiters:
            self.borrowed += 1
            return
        import anyio  # only when a task has to wait: importing it costs ~10 ms

        event = anyio.Event()
        self._waiters.append(event)
        try:
            await event.wait()
        except BaseException:
            if event.is_set():  # cancelled just after being handed a slot: pass it on
                self.release()
            else:
                self._waiters.remove(event)
            raise

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


class AdaptiveLimiter:
    """Bound concurrent requests; optionally adapt the bound to Twilio's 429s.

    ``limit`` is the effective limit now, always within ``[1, maximum]``. Only attempts
    hold a slot: a request waiting in backoff has released it.
    """

    def __init__(
        self,
        maximum: int,
        *,
        adaptive: bool = True,
        decrease_factor: float = 0.5,
        initial: int = 8,
    ):
        if maximum < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.maximum = maximum
        self.adaptive = adaptive
        self._decrease_factor = decrease_factor
        self._limit = max(1, min(maximum, initial)) if adaptive else maximum
        self._slots = Slots(self._limit)
        self._slow_start = adaptive
        self._successes = 0
        # 429s from requests that started before the last decrease reflect the old limit:
        # counting them again would collapse the limit to 1 after one burst.
        self._epoch = 0

    @property
    def limit(self) -> int:
        """The effective concurrency limit."""
        return self._limit

    @property
    def in_flight(self) -> int:
        """Requests holding a slot right now."""
        return self._slots.borrowed

    @property
    def waiting(self) -> int:
        """Requests queued for a slot right now."""
        return self._slots.waiting

    @property
    def epoch(self) -> int:
        """Counter of limit decreases; pass it back to ``on_throttled``."""
        return self._epoch

    def slot(self) -> Slots:
        """The slots to ``async with`` around one attempt."""
        return self._slots

    def _set(self, value: int) -> None:
        self._limit = value
        self._slots.set_total(value)

    def on_success(self) -> None:
        """Grow after ``limit`` successes: double in slow start, else +1."""
        if not self.adaptive or self._limit >= self.maximum:
            return
        self._successes += 1
        if self._successes >= self._limit:
            self._successes = 0
            grown = self._limit * 2 if self._slow_start else self._limit + 1
            self._set(min(self.maximum, grown))

    def on_throttled(self, started_epoch: int, concurrent_requests: int | None = None) -> None:
        """Multiplicative decrease after a 429 from an attempt started in ``started_epoch``.

        ``concurrent_requests`` is Twilio's ``Twilio-Concurrent-Requests`` header: the
        account was at that many requests when it refused, so going above it is pointless.
        """
        if not self.adaptive or started_epoch != self._epoch:
            return
        self._slow_start = False
        new = max(1, math.floor(self._limit * self._decrease_factor))
        if concurrent_requests is not None and concurrent_requests >= 1:
            new = max(1, min(new, concurrent_requests))
        self._epoch += 1
        self._successes = 0
        if new != self._limit:
            logger.debug(
                "429: concurrency limit %d -> %d",
                self._limit,
                new,
                extra={"twilio.limiter.limit": new, "twilio.limiter.previous_limit": self._limit},
            )
            self._set(new)
