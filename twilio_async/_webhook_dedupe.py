"""Doing the work of a webhook once when Twilio delivers it more than once.

Twilio retries a webhook (connection overrides' ``rc``, a timeout) with the same
``I-Twilio-Idempotency-Token``; Event Streams delivers each event at least once, with the
same ``id``. A :class:`DeduplicationStore` remembers which keys were handled: a key is first
*claimed* (pending, for a lease), then *completed* (remembered for ``ttl`` seconds, with what
was answered) or *released* (the work failed: the next delivery does it again). A delivery
that finds its key pending waits for the first one to finish.

:class:`InMemoryDeduplicationStore` serves one process (bounded in entries and time);
:class:`~twilio_async.webhooks.RedisDeduplicationStore` a fleet.
"""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Final, Literal, Protocol, runtime_checkable

import anyio
import attrs

from twilio_async._exceptions import TwilioError

__all__ = [
    "Claim",
    "DeduplicationStore",
    "DeliveryInProgressError",
    "InMemoryDeduplicationStore",
    "claim_or_wait",
    "process_once",
]

DEFAULT_TTL: Final = 600.0
DEFAULT_LEASE: Final = 30.0
# Twilio gives up on a webhook after at most 15 s (the connection overrides' ``tt``).
DEFAULT_WAIT: Final = 15.0


@attrs.frozen
class Claim:
    """What a store answered to :meth:`DeduplicationStore.claim`."""

    state: Literal["new", "pending", "done"]
    """``new``: this caller does the work; ``pending``: another is doing it; ``done``: done."""
    owner: str | None = None
    """For ``new``: the claim's id, to pass to ``complete`` or ``release``."""
    record: bytes | None = None
    """For ``done``: what the first delivery stored (the middleware's response)."""


@runtime_checkable
class DeduplicationStore(Protocol):
    """Where handled webhook keys are remembered (implement it for another database)."""

    async def claim(self, key: str, *, lease: float) -> Claim:
        """Claim ``key`` for ``lease`` seconds if nobody holds it; else say who does."""
        ...

    async def complete(self, key: str, owner: str, record: bytes) -> None:
        """Mark ``key`` done (kept for the store's ttl) with ``record``, if ``owner`` holds it."""
        ...

    async def release(self, key: str, owner: str) -> None:
        """Forget a claim whose work failed, if ``owner`` still holds it."""
        ...

    async def wait(self, key: str, *, seconds: float) -> None:
        """Return once ``key`` is no longer pending, or after ``seconds`` seconds."""
        ...


class DeliveryInProgressError(TwilioError):
    """Another delivery of this webhook is still being handled; answer so Twilio retries.

    The key is pending past the wait: the first delivery is slow or its process died (the
    claim then lapses after its lease). Answering a 5xx (or 409 with ``rp`` including 4xx)
    makes Twilio try again rather than count the event as handled.
    """


@attrs.define
class _Entry:
    state: Literal["pending", "done"]
    owner: str
    expires: float
    record: bytes = b""
    settled: anyio.Event | None = None


class InMemoryDeduplicationStore:
    """A :class:`DeduplicationStore` in this process's memory (one event loop).

    Keeps at most ``max_entries`` keys (the least recently written are forgotten first) and
    each completed key for ``ttl`` seconds. ``clock`` (seconds, monotonic) is injectable for
    tests. For several processes or machines use
    :class:`~twilio_async.webhooks.RedisDeduplicationStore`.
    """

    def __init__(
        self,
        *,
        max_entries: int = 10_000,
        ttl: float = DEFAULT_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Remember up to ``max_entries`` keys, completed ones for ``ttl`` seconds."""
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ValueError(f"max_entries must be a positive int, not {max_entries!r}")
        if not ttl > 0:
            raise ValueError(f"ttl must be a positive number of seconds, not {ttl!r}")
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._max_entries = max_entries
        self._ttl = float(ttl)
        self._clock = clock

    def __len__(self) -> int:
        """How many keys are remembered (expired ones included until next touched)."""
        return len(self._entries)

    async def claim(self, key: str, *, lease: float) -> Claim:
        """Claim ``key`` for ``lease`` seconds if nobody holds it; else say who does."""
        entry = self._live(key)
        if entry is not None:
            if entry.state == "done":
                return Claim("done", record=entry.record)
            return Claim("pending")
        owner = uuid.uuid4().hex
        self._put(key, _Entry("pending", owner, self._clock() + lease))
        return Claim("new", owner=owner)

    async def complete(self, key: str, owner: str, record: bytes) -> None:
        """Mark ``key`` done with ``record`` if ``owner`` holds it (or nobody does)."""
        entry = self._live(key)
        if entry is not None and entry.owner != owner:
            return  # our lease lapsed and another delivery took the key over
        self._put(key, _Entry("done", owner, self._clock() + self._ttl, record))
        if entry is not None:
            _settle(entry)

    async def release(self, key: str, owner: str) -> None:
        """Forget ``owner``'s claim on ``key``; the next delivery does the work again."""
        entry = self._entries.get(key)
        if entry is not None and entry.owner == owner:
            del self._entries[key]
            _settle(entry)

    async def wait(self, key: str, *, seconds: float) -> None:
        """Return once ``key`` is no longer pending (or its lease lapsed), or after ``seconds``."""
        entry = self._live(key)
        if entry is None or entry.state != "pending":
            return
        if entry.settled is None:
            entry.settled = anyio.Event()
        with anyio.move_on_after(max(0.0, min(seconds, entry.expires - self._clock()))):
            await entry.settled.wait()

    def _live(self, key: str) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is not None and entry.expires <= self._clock():
            del self._entries[key]
            _settle(entry)
            return None
        return entry

    def _put(self, key: str, entry: _Entry) -> None:
        self._entries[key] = entry
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_entries:
            _, evicted = self._entries.popitem(last=False)
            _settle(evicted)


def _settle(entry: _Entry) -> None:
    if entry.settled is not None:
        entry.settled.set()


async def claim_or_wait(store: DeduplicationStore, key: str, *, lease: float, wait: float) -> Claim:
    """Claim ``key``; if another delivery holds it, wait for it (up to ``wait``) and ask again.

    Returns a ``new`` or ``done`` claim, or ``pending`` when the other delivery is still at
    work after the wait.
    """
    claim = await store.claim(key, lease=lease)
    if claim.state == "pending":
        await store.wait(key, seconds=wait)
        claim = await store.claim(key, lease=lease)
    return claim


@asynccontextmanager
async def process_once(
    store: DeduplicationStore,
    key: str,
    *,
    lease: float = DEFAULT_LEASE,
    wait: float = DEFAULT_WAIT,
) -> AsyncIterator[bool]:
    """Do the work for ``key`` (an event id, an idempotency token) at most once::

        async with process_once(store, event.id) as first:
            if first:
                await handle(event)

    Yields ``True`` to the one delivery that must do the work and ``False`` to the others.
    If the work raises, the claim is released (the next delivery does it) and the exception
    propagates; if it finishes, the key is remembered for the store's ttl. A delivery that
    finds another still at work after ``wait`` seconds raises
    :class:`DeliveryInProgressError` (answer it with a status that makes Twilio retry).
    """
    claim = await claim_or_wait(store, key, lease=lease, wait=wait)
    if claim.state == "pending":
        raise DeliveryInProgressError(f"another delivery of {key[:80]!r} is still being handled")
    if claim.state == "done":
        yield False
        return
    assert claim.owner is not None
    try:
        yield True
    except BaseException:
        with anyio.CancelScope(shield=True):
            await store.release(key, claim.owner)
        raise
    await store.complete(key, claim.owner, b"")
