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

import anyio

__all__ = ["AdaptiveLimiter"]

logger = logging.getLogger("twilio_async")


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
        self._limiter: anyio.CapacityLimiter | None = None
        self._limit = max(1, min(maximum, initial)) if adaptive else maximum
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
        return 0 if self._limiter is None else int(self._limiter.borrowed_tokens)

    @property
    def epoch(self) -> int:
        """Counter of limit decreases; pass it back to ``on_throttled``."""
        return self._epoch

    def slot(self) -> anyio.CapacityLimiter:
        """The limiter to ``async with`` around one attempt (created lazily in a loop)."""
        limiter = self._limiter
        if limiter is None:
            limiter = self._limiter = anyio.CapacityLimiter(self._limit)
        return limiter

    def _set(self, value: int) -> None:
        self._limit = value
        if self._limiter is not None:
            self._limiter.total_tokens = value

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
            logger.debug("429: concurrency limit %d -> %d", self._limit, new)
            self._set(new)
