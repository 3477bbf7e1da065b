"""When to try a request again, and how long to wait first.

The rules exist to make bulk sending "just work" without ever sending an SMS twice:

=========================  ================================  ==============================
failure                    GET / DELETE                      POST (create, update)
=========================  ================================  ==============================
429, 503                   retried                           retried (Twilio did not act)
500, 502, 504              retried                           outcome unknown: raised *
connect error / timeout,   retried                           retried (nothing was sent)
pool timeout
read / write timeout,      retried                           outcome unknown: raised *
connection lost after
sending
=========================  ================================  ==============================

``*`` unless ``RetryPolicy(retry_unsafe_posts=True)``, for callers who accept duplicates.
A POST sent with ``idempotent=True`` (``client.request``: it cannot act twice, like asking
for a token) follows the GET column. An error whose Twilio code says no retry helps (Verify's
60202 and 60203 are 429s) is raised at once. A 401 to a bearer token that was then dropped
is repeated once, at once and with a fresh token, for GET, HEAD and OPTIONS only.

Every rule of that table is :meth:`RetryPolicy.classify`; when to stop (attempts, the
deadline) and how long to wait is :meth:`RetryPolicy.next_delay`. The transport's retry loop
only asks them, so a new rule is a change here.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from twilio_async._exceptions import TwilioError

__all__ = ["Disposition", "RetryEvent", "RetryPolicy", "parse_retry_after"]

logger = logging.getLogger("twilio_async")

#: Statuses that mean "not processed, try later" for any method.
SAFE_RETRY_STATUSES = frozenset({429, 503})
#: Statuses worth retrying for reads, where a repeat is harmless.
IDEMPOTENT_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS"})
#: Methods that cannot change anything: repeated after a 401 with renewed credentials.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

#: What happens after a failed attempt: ``"retry"`` (safe to send again), ``"fail"`` (raise
#: the error: it is the answer, or repeating cannot help), ``"outcome_unknown"`` (Twilio may
#: have acted on it: raise :class:`~twilio_async.TwilioOutcomeUnknownError`, never resend).
Disposition = Literal["retry", "fail", "outcome_unknown"]


@attrs.frozen(kw_only=True)
class RetryEvent:
    """What ``RetryPolicy.on_retry`` receives before each wait."""

    method: str
    url: str
    attempt: int
    """The attempt that just failed (1 for the first)."""
    delay: float
    """Seconds the client will wait before the next attempt."""
    reason: str
    """``"HTTP 429"``, ``"ConnectError"``, ..."""
    error: TwilioError


async def _default_sleep(seconds: float) -> None:
    import anyio  # imported on the first retry: most processes never wait

    await anyio.sleep(seconds)


def _default_clock() -> float:
    return time.monotonic()


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How the client retries requests that failed in a way that is safe to repeat.

    Exponential backoff with full jitter: before attempt *n + 1* the client waits a
    random time in ``[0, min(max_delay, base_delay * 2 ** (n - 1))]``. A ``Retry-After``
    header (seconds or an HTTP date) is honoured instead, capped by ``max_delay``, plus up
    to ``base_delay`` of jitter so that a burst of 429s does not retry in lockstep.
    ``deadline`` bounds the whole call, waits included: no attempt starts, and no wait is
    begun, that would end after it; each attempt's timeouts are also clamped to it.

    ``clock``, ``sleep`` and ``random`` are injectable so tests run without real time.
    ``on_retry`` is called (synchronously) before each wait, e.g. to count retries.
    """

    max_attempts: int = attrs.field(default=5, validator=attrs.validators.ge(1))
    base_delay: float = attrs.field(default=0.25, validator=attrs.validators.ge(0))
    max_delay: float = attrs.field(default=20.0, validator=attrs.validators.ge(0))
    deadline: float | None = 60.0
    jitter: bool = True
    retry_unsafe_posts: bool = False
    """Also retry POSTs whose outcome is unknown (5xx, read timeouts). May duplicate SMS."""
    on_retry: Callable[[RetryEvent], object] | None = attrs.field(default=None, eq=False)
    clock: Callable[[], float] = attrs.field(default=_default_clock, eq=False, repr=False)
    sleep: Callable[[float], Awaitable[None]] = attrs.field(
        default=_default_sleep, eq=False, repr=False
    )
    random: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)

    @property
    def enabled(self) -> bool:
        """Whether more than one attempt is allowed."""
        return self.max_attempts > 1

    def classify(
        self,
        method: str,
        outcome: int | BaseException,
        *,
        idempotent: bool = False,
        retryable: bool | None = None,
        renewed_credentials: bool = False,
    ) -> Disposition:
        """What to do after an attempt of ``method`` failed with HTTP status ``outcome``, or
        with ``outcome`` raised while sending (an ``httpx`` exception): the table above.

        ``idempotent``: the request cannot act twice, whatever its method. ``retryable``:
        what the answer's Twilio error code says (``None``: the status decides).
        ``renewed_credentials``: after a 401, the refused credentials were dropped and the
        next attempt would carry new ones.
        """
        if isinstance(outcome, int):
            if retryable is False:
                return "fail"  # a code no retry fixes, whatever its status
            if outcome == 401:
                return "retry" if renewed_credentials and method in SAFE_METHODS else "fail"
            if outcome in SAFE_RETRY_STATUSES:
                return "retry"  # Twilio refused before acting: any method
            if outcome in IDEMPOTENT_RETRY_STATUSES:
                return self._acted_on(method, idempotent)
            return "fail"
        return self._classify_exception(method, outcome, idempotent)

    def _acted_on(self, method: str, idempotent: bool) -> Disposition:
        # Twilio may have acted on the request: only a repeatable one goes again.
        if idempotent or method in IDEMPOTENT_METHODS or self.retry_unsafe_posts:
            return "retry"
        return "outcome_unknown"

    def _classify_exception(self, method: str, exc: BaseException, idempotent: bool) -> Disposition:
        import httpx  # already loaded by the transport that raised it

        if isinstance(exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)):
            return "fail"  # our bug or our configuration: repeating won't help
        if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
            return "retry"  # the request never left
        if isinstance(exc, (httpx.TransportError, httpx.DecodingError)):
            return self._acted_on(method, idempotent)  # sent, and the answer was lost
        return "fail"

    def next_delay(
        self, failed_attempt: int, retry_after: float | None, deadline_at: float | None
    ) -> float | None:
        """Seconds to wait before retrying after attempt ``failed_attempt`` (1-based) failed,
        or ``None`` to stop: no attempt left, or the wait would end past ``deadline_at``
        (a :attr:`clock` time)."""
        delay = self.backoff(failed_attempt, retry_after)
        if failed_attempt >= self.max_attempts:
            return None
        if deadline_at is not None and self.clock() + delay >= deadline_at:
            return None
        return delay

    def backoff(self, failed_attempt: int, retry_after: float | None) -> float:
        """Seconds to wait after attempt number ``failed_attempt`` (1-based) failed."""
        if retry_after is not None:
            extra = self.base_delay * self.random() if self.jitter else 0.0
            return float(min(self.max_delay, max(0.0, retry_after) + extra))
        ceiling = min(self.max_delay, self.base_delay * (2.0 ** (failed_attempt - 1)))
        return float(ceiling * self.random()) if self.jitter else float(ceiling)


NO_RETRY = RetryPolicy(max_attempts=1)


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date; else ``None``."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # rare, and ~5 ms to import up front

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now())
