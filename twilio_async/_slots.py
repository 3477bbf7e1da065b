"""Slots that tasks wait for, and the hand-over that wakes a waiting task.

A bulk send started with ``asyncio.gather`` puts thousands of tasks in the limiter's queue at
once, so what a waiting task costs, and what it is told when it gets its slot, matter:

* A waiter on asyncio is a bare loop future (anyio's ``Event`` wraps an ``asyncio.Event``,
  which makes a future of its own: about twice the cost to queue and to wake). On trio, and
  on anything that is not asyncio, it is an ``anyio.Event``.
* A waiter is told how many slots were taken, itself included, **when its slot is handed
  over**. It resumes only on a later turn of the event loop, after every other hand-over of
  that turn: a count read then would be the same (the highest) for the whole batch, and a
  batch refused by the account would lower an adaptive limit one step per refusal instead
  of landing on the account's limit at once.
"""

from __future__ import annotations

# A fast path for asyncio's own future, with anyio's Event for every other backend.
import asyncio  # noqa: TID251
from collections import deque
from types import TracebackType
from typing import Any

__all__ = ["Handoff", "Slots"]

# Trio marks its thread through sniffio (a trio dependency); asyncio never sets the name.
_sniffio_local: Any
try:
    from sniffio import thread_local as _sniffio_local
except ImportError:  # pragma: no cover - no sniffio means no trio either
    _sniffio_local = None


class Handoff:
    """One waiting task: :meth:`wait` until another task calls :meth:`give` with a value.

    ``value`` stays ``None`` until it is given, so a cancelled waiter can tell whether it
    was handed something it must pass on.
    """

    __slots__ = ("_event", "_future", "value")

    def __init__(self) -> None:
        self.value: Any = None
        library = _sniffio_local.name if _sniffio_local is not None else None
        loop = asyncio.events._get_running_loop() if library in (None, "asyncio") else None
        self._future: asyncio.Future[None] | None = None
        if loop is not None:
            self._future = loop.create_future()
        else:
            import anyio  # only off asyncio: importing it costs ~10 ms

            self._event = anyio.Event()

    def give(self, value: Any) -> bool:
        """Wake the waiter with ``value``; ``False`` if it was cancelled and takes nothing."""
        future = self._future
        if future is not None:
            if future.done():  # cancelled while queued; it is leaving the queue itself
                return False
            future.set_result(None)
        else:
            self._event.set()
        self.value = value
        return True

    async def wait(self) -> None:
        """Until :meth:`give`; on cancellation check ``value`` for what was given."""
        if self._future is not None:
            await self._future
        else:
            await self._event.wait()


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
        self._waiters: deque[Handoff] = deque()

    @property
    def waiting(self) -> int:
        """Tasks queued for a slot."""
        return len(self._waiters)

    def set_total(self, total: int) -> None:
        """Change the bound; waiters are admitted at once if it grew."""
        self.total = total
        while self.borrowed < self.total and self._waiters:
            self.borrowed += 1
            if not self._hand_over():
                self.borrowed -= 1

    def release(self) -> None:
        """Free one slot: hand it to the next waiter, unless the bound shrank below use."""
        if self.borrowed > self.total or not self._hand_over():
            self.borrowed -= 1
        # else: the slot changed hands and ``borrowed`` stays

    def _hand_over(self) -> bool:
        # The first waiter still waiting gets the slot, with the count as of now.
        waiters = self._waiters
        while waiters:
            if waiters.popleft().give(self.borrowed):
                return True
        return False

    async def take(self) -> int:
        """Wait for a slot; return how many are taken, this one included, as it was taken."""
        if self.borrowed < self.total and not self._waiters:
            self.borrowed += 1
            return self.borrowed
        waiter = Handoff()
        self._waiters.append(waiter)
        try:
            await waiter.wait()
        except BaseException:
            if waiter.value is not None:  # cancelled just after being handed a slot: pass it on
                self.release()
            elif waiter in self._waiters:
                self._waiters.remove(waiter)
            raise
        taken: int = waiter.value
        return taken

    async def __aenter__(self) -> None:
        await self.take()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
