"""One journaled ``create_many`` run (see :mod:`twilio_async._journal` for what is stored).

A :class:`Campaign` claims items in groups as workers take them (one journal write per
group, which keeps journaling cheap), keeps the run's lease alive and stores outcomes as it
goes (:meth:`Campaign.keep_alive`), waits for items another run holds, settles by lookup
items a run gone for good may have sent, and hands the rest out to be sent. What an item
*is* and how an earlier attempt is found belongs to the resource: its
:class:`CampaignStrategy` (Messages: :mod:`twilio_async._campaign_messages`).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from twilio_async._campaign_holds import Hold, Holds
from twilio_async._journal import (
    FAILED,
    PENDING,
    RETRY,
    SENT,
    UNKNOWN,
    CampaignLeaseLostError,
    CampaignMismatchError,
    CampaignUnsettledError,
    Held,
    Journal,
    JournalEntry,
    JournalError,
    Lease,
    Skipped,
    make_entry,
    state_of,
)

if TYPE_CHECKING:
    import anyio

__all__ = ["Campaign", "CampaignStrategy"]

logger = logging.getLogger("twilio_async.campaign")

#: The share of its lease a run counts on between renewals: its clock and the journal's
#: may drift apart, and a renewal's answer takes time to arrive.
_TRUST = 0.8

Ready = tuple[int, Any, JournalEntry, object]
Take = Callable[[int], Awaitable[list[tuple[int, Any]]]]
_PARKED = object()  # a repeated key waiting for its first occurrence's outcome


class CampaignStrategy(Protocol):
    """What a campaign item is, and how an earlier attempt of it is found, for one create."""

    def intent(self, item: Mapping[str, Any], salt: bytes) -> str | None:
        """The item's intent as stored (compared on resume): what it creates, with any
        content as a keyed digest under ``salt``."""
        ...

    async def settle(
        self, resource: Any, entry: JournalEntry, salt: bytes
    ) -> str | CampaignUnsettledError | None:
        """The SID of what ``entry``'s earlier attempt created, ``None`` if it created
        nothing, or the error to report when that cannot be told (``resource`` is the list
        resource ``create_many`` was called on)."""
        ...


def _skipped(entry: JournalEntry) -> Skipped:
    return Skipped(
        key=entry.key, state=entry.state, sid=entry.sid, code=entry.code, detail=entry.detail
    )


def _nothing() -> None:
    pass


class Campaign:
    """Drives one ``create_many`` run through a journal (see the module docstring)."""

    def __init__(
        self,
        journal: Journal,
        strategy: CampaignStrategy,
        resource: Any,
        key: Callable[[int, Mapping[str, Any]], str],
        *,
        batch: int,
        in_flight: float,
    ) -> None:
        self._journal = journal
        self._strategy = strategy
        self._resource = resource
        self._key = key
        self.batch = max(1, batch)
        """Items claimed per journal write."""
        self._name = str(getattr(journal, "campaign", "?"))
        self.lease = Lease(
            owner=uuid.uuid4().hex, seconds=journal.lease_seconds, in_flight=in_flight
        )
        self._salt = b""
        self._valid_until = 0.0
        self._outcomes: list[JournalEntry] = []
        self._ready: deque[Ready] = deque()
        self._holds = Holds(self._name, journal.busy_timeout)
        # Keys this run claimed whose outcome is not stored yet: the outcome once known
        # (None before), and items repeating such a key, parked until it is known.
        self._open: dict[str, JournalEntry | None] = {}
        self._repeats: dict[str, list[tuple[int, Any, JournalEntry]]] = {}
        self._started = False
        self._filling = False
        self._exhausted = False
        self._changed: anyio.Event | None = None
        self._poke: anyio.Event | None = None
        self._renewing: anyio.Lock | None = None
        self.wake: Callable[[], None] = _nothing
        """Called whenever items become ready (``create_many`` wakes waiting workers)."""
        self.skipped = 0
        self.unsettled = 0

    @property
    def has_ready(self) -> bool:
        """Whether claimed items wait to be handed out."""
        return bool(self._ready)

    async def start(self) -> None:
        """Open the journal and start this run's lease, before anything is sent."""
        import anyio

        self._changed, self._poke, self._renewing = anyio.Event(), anyio.Event(), anyio.Lock()
        began = time.monotonic()
        self._salt = await self._journal.open(self.lease)
        self._valid_until = began + self.lease.seconds * _TRUST
        self._started = True

    def intents(self, taken: list[tuple[int, Any]], now: float) -> list[JournalEntry]:
        """The pending entries of items about to be claimed, their intents recorded at
        ``now``."""
        key, describe, salt, owner = self._key, self._strategy.intent, self._salt, self.lease.owner
        return [
            make_entry(
                key=key(index, item),
                state=PENDING,
                intent=describe(item, salt),
                intended_at=now,
                owner=owner,
            )
            for index, item in taken
        ]

    # -- handing items out -------------------------------------------------------------
    def take_ready(self) -> Ready | None:
        """What :meth:`take` would return when that needs no waiting (an item claimed and
        free to send, or already settled, with the lease still good); else ``None``."""
        ready = self._ready
        fresh = ready and not isinstance(ready[0][3], JournalEntry)
        if not fresh or time.monotonic() >= self._valid_until:
            return None
        return ready.popleft()

    async def take(self, take: Take) -> tuple[int, Any, JournalEntry, object] | None:
        """The next item, claimed: ``(index, item, entry, settled)``. ``settled`` is
        ``None`` to send the item now (as ``entry``), else its result (:class:`Skipped` or
        an error). ``None`` once every item is handed out. ``take(n)`` hands out up to
        ``n`` new ``(index, item)`` pairs, fewer once the items are exhausted."""
        while True:
            if self._ready:
                index, item, entry, verdict = self._ready.popleft()
                if isinstance(verdict, JournalEntry):
                    verdict = await self._decide(index, item, entry, verdict)
                    if verdict is _PARKED:
                        continue
                    if isinstance(verdict, JournalEntry):  # send it, as this fresh intent
                        entry, verdict = verdict, None
                if verdict is None:
                    await self._check_lease()
                return index, item, entry, verdict
            if not self._filling and not self._exhausted:
                await self._fill(take)
            elif self._exhausted and not self._filling and not self._holds:
                return None
            else:
                assert self._changed is not None
                await self._changed.wait()

    async def _fill(self, take: Take) -> None:
        self._filling = True
        try:
            taken = await take(self.batch)
            if len(taken) < self.batch:
                self._exhausted = True
            if taken:
                entries = self.intents(taken, time.time())
                answers = await self._claim(entries)
                self._place(
                    [
                        (index, item, entry)
                        for (index, item), entry in zip(taken, entries, strict=True)
                    ],
                    answers,
                )
        finally:
            self._filling = False
            self._notify()

    async def _claim(self, entries: list[JournalEntry]) -> list[JournalEntry | Held | None]:
        # The outcomes so far ride along with the claim.
        done, self._outcomes = self._outcomes, []
        try:
            answers = await self._journal.claim(self.lease, entries, done)
        except BaseException:
            self._outcomes[:0] = done  # still to be written
            raise
        self._stored(done)
        return answers

    def _place(
        self,
        items: list[tuple[int, Any, JournalEntry]],
        answers: list[JournalEntry | Held | None],
    ) -> None:
        now = time.monotonic()
        held: list[Hold] = []
        for (index, item, entry), answer in zip(items, answers, strict=True):
            if isinstance(answer, Held):
                held.append(Hold(index, item, entry, now, answer))
                continue
            if answer is None or self._now_ours(entry, answer):
                self._open.setdefault(entry.key, None)
            self._ready.append((index, item, entry, answer))
        if held:
            self._holds.add(held)
            self._look_again(now)

    def _now_ours(self, entry: JournalEntry, answer: JournalEntry) -> bool:
        """Whether the claim gave this run an item that was stored before."""
        return (
            answer.intent == entry.intent
            and answer.state in (RETRY, PENDING, UNKNOWN)
            and answer.owner != self.lease.owner
        )

    async def _decide(
        self, index: int, item: Any, entry: JournalEntry, previous: JournalEntry
    ) -> object:
        key = entry.key
        if previous.intent != entry.intent:
            return CampaignMismatchError(key, previous, entry.intent)
        if previous.state in (SENT, FAILED):
            self.skipped += 1
            return _skipped(previous)
        if previous.owner == self.lease.owner:  # the key came earlier in this run's items
            if key in self._open and self._open[key] is None:
                self._repeats.setdefault(key, []).append((index, item, entry))
                return _PARKED
            self.skipped += 1
            return _skipped(self._open.get(key) or previous)
        if previous.state == RETRY:
            return None
        # Pending or unknown, from a run gone for good: ours now. Did its attempt send it?
        mine = attrs.evolve(previous, owner=self.lease.owner)
        settled = await self._strategy.settle(self._resource, previous, self._salt)
        if isinstance(settled, CampaignUnsettledError):
            self.unsettled += 1
            self._note(attrs.evolve(mine, state=UNKNOWN, detail=str(settled)[:200]))
            return settled
        if settled is not None:
            self.skipped += 1
            self._note(attrs.evolve(mine, state=SENT, sid=settled))
            return Skipped(key=key, state=SENT, sid=settled)
        fresh = attrs.evolve(entry, intended_at=time.time())  # never sent: a new intent
        await self._journal.record([fresh])
        return fresh

    def finish(self, entry: JournalEntry, result: object) -> None:
        """Note an item's outcome (stored with the next claim or renewal)."""
        state, code, detail = state_of(result)
        self._note(
            make_entry(
                key=entry.key,
                state=state,
                intent=entry.intent,
                intended_at=entry.intended_at,
                owner=self.lease.owner,
                sid=getattr(result, "sid", None) if state == SENT else None,
                code=code,
                detail=detail,
            )
        )

    def _note(self, outcome: JournalEntry) -> None:
        self._outcomes.append(outcome)
        key = outcome.key
        if key in self._open:
            self._open[key] = outcome
            repeats = self._repeats.pop(key, None)
            if repeats:
                for index, item, entry in repeats:
                    self.skipped += 1
                    self._ready.append((index, item, entry, _skipped(outcome)))
                self._notify()

    def _stored(self, done: Iterable[JournalEntry]) -> None:
        """Forget keys whose outcome is now in the journal (it answers for them)."""
        opened = self._open
        for outcome in done:
            if opened.get(outcome.key) is outcome:
                del opened[outcome.key]

    def _notify(self) -> None:
        import anyio

        changed, self._changed = self._changed, anyio.Event()
        if changed is not None:
            changed.set()
        self.wake()

    # -- the lease and items held by other runs ---------------------------------------
    async def _check_lease(self) -> None:
        """Before a send: renew the lease first if this run can no longer count on it."""
        if time.monotonic() < self._valid_until:
            return
        assert self._renewing is not None
        async with self._renewing:
            if time.monotonic() >= self._valid_until:
                await self._renew(strict=True)

    async def _renew(self, *, strict: bool) -> bool:
        began = time.monotonic()
        done, self._outcomes = self._outcomes, []
        try:
            renewed = await self._journal.renew(self.lease, done)
        except JournalError as error:
            self._outcomes[:0] = done
            if strict or time.monotonic() >= self._valid_until:
                raise CampaignLeaseLostError(
                    f"campaign {self._name!r}: could not renew this run's lease ({error}); "
                    "stopped sending, since another run may take its items over"
                ) from error
            logger.warning("campaign %r: could not renew the lease: %s", self._name, error)
            return False
        self._stored(done)
        if not renewed:
            raise CampaignLeaseLostError(
                f"campaign {self._name!r}: this run's lease expired before it could be "
                "renewed (the process stalled, or the journal was out of reach); stopped "
                "sending, since another run may take its items over"
            )
        self._valid_until = began + self.lease.seconds * _TRUST
        return True

    async def keep_alive(self) -> None:
        """Renew the lease (storing the outcomes so far) every third of it, and look at
        held items as they may be free; runs until cancelled."""
        import anyio

        assert self._renewing is not None
        interval = self.lease.seconds / 3
        next_renewal = time.monotonic() + interval
        while True:
            poke = self._poke = anyio.Event()
            with anyio.move_on_after(min(next_renewal, self._holds.next_look) - time.monotonic()):
                await poke.wait()
            if time.monotonic() >= next_renewal:
                async with self._renewing:
                    renewed = await self._renew(strict=False)
                next_renewal = time.monotonic() + (interval if renewed else min(interval, 1.0))
            if self._holds and time.monotonic() >= self._holds.next_look:
                await self._poll()

    async def _poll(self) -> None:
        """Claim the held items again: settled, free or still held."""
        holds = self._holds.held()
        answers = await self._claim([hold.entry for hold in holds])
        freed = 0
        for hold, answer in zip(holds, answers, strict=True):
            if isinstance(answer, Held):
                hold.held = answer
                continue
            self._holds.free(hold)
            freed += 1
            if answer is None or self._now_ours(hold.entry, answer):
                self._open.setdefault(hold.entry.key, None)
            self._ready.append((hold.index, hold.item, hold.entry, answer))
        if freed:
            logger.info(
                "campaign %r: %d held item(s) settled or free; %d still held",
                self._name,
                freed,
                len(self._holds),
            )
            self._notify()
        self._look_again(time.monotonic())

    def _look_again(self, now: float) -> None:
        """Report the holds that timed out, and wake the keep-alive for the next look."""
        expired = self._holds.expire(now)
        if expired:
            self.unsettled += len(expired)
            self._ready.extend(expired)
            self._notify()
        self._holds.schedule(now)
        if self._poke is not None:
            self._poke.set()

    async def close(self, error: BaseException | None) -> None:
        """Store the outcomes not yet stored and end the lease. When the run already
        failed (``error``), a journal failure here is logged rather than raised."""
        if not self._started:
            return
        done, self._outcomes = self._outcomes, []
        try:
            await self._journal.release(self.lease, done)
        except JournalError as failure:
            if error is None:
                raise
            logger.warning(
                "campaign %r: could not store the last %d outcome(s): %s",
                self._name,
                len(done),
                failure,
            )
