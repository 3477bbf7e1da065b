"""Campaign journals: ``create_many(items, journal=...)`` survives a crash.

Before an item is sent its intent is stored (state ``pending``: recipient, sender, a digest
of the body, the time); after, its outcome: ``sent`` with the Message SID, ``failed`` (Twilio
refused it for good: an invalid number, an unsubscribed recipient), ``retry`` (it failed
where Twilio cannot have acted: safe to send again) or ``unknown`` (the request may have
reached Twilio: :class:`~twilio_async.TwilioOutcomeUnknownError`).

Running the same campaign again (same journal, same keys) skips ``sent`` and ``failed``
items, sends ``retry`` items again, and looks ``pending``/``unknown`` items up on Twilio
first: a message to the same recipient from the same sender with the same body, created
after the intent, settles the item as sent; no message to that recipient since the intent
means it was never sent, so it is sent now; a message there that does not match cannot be
told apart and the item is reported unsettled (:class:`CampaignUnsettledError`), never sent
twice. Intents are claimed in groups as items are taken, each durable before its message
is sent; outcomes ride along with the next group.

:class:`SQLiteJournal` (stdlib ``sqlite3`` in a worker thread, a file, no server) is for
one machine; :class:`twilio_async.redis.RedisJournal` serves workers on many.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from twilio_async._exceptions import (
    RecordDecodeError,
    TwilioAPIError,
    TwilioError,
    TwilioOutcomeUnknownError,
)

if TYPE_CHECKING:
    import anyio

__all__ = [
    "CampaignUnsettledError",
    "Journal",
    "JournalEntry",
    "Skipped",
]

PENDING, SENT, FAILED, RETRY, UNKNOWN = "pending", "sent", "failed", "retry", "unknown"
#: Twilio's clock and ours may disagree by this much when matching a message to an intent.
CLOCK_SKEW_SECONDS = 300.0
#: Messages to one recipient looked at when settling an item.
LOOKUP_LIMIT = 200


@attrs.frozen(kw_only=True)
class JournalEntry:
    """What a journal stores for one item of a campaign."""

    key: str
    state: str
    """``pending``, ``sent``, ``failed``, ``retry`` or ``unknown``."""
    to: str | None = None
    sender: str | None = None
    """The ``from_`` number or the ``messaging_service_sid``."""
    digest: str | None = None
    """SHA-256 (hex, 32 characters) of the body: the body itself is not stored."""
    intended_at: float = 0.0
    """Unix time the intent was recorded."""
    sid: str | None = None
    code: int | None = None
    """Twilio's error code (or HTTP status) when the item failed."""
    detail: str | None = None


@attrs.frozen(kw_only=True)
class Skipped:
    """An item a resumed campaign did not send: it was ``sent`` (``sid``) or ``failed``
    for good (``code``, ``detail``) in an earlier run."""

    key: str
    state: str
    sid: str | None = None
    code: int | None = None
    detail: str | None = None


class CampaignUnsettledError(TwilioError):
    """An item whose earlier attempt may have reached Twilio and that a lookup could not
    settle; it was not sent again. ``entry`` is the journal's record of it."""

    def __init__(self, message: str, entry: JournalEntry) -> None:
        super().__init__(message)
        self.entry = entry


class Journal(Protocol):
    """Storage for a campaign's items (see the module docstring)."""

    async def claim(
        self, entries: Sequence[JournalEntry], done: Sequence[JournalEntry] = ()
    ) -> list[JournalEntry | None]:
        """Store the outcomes ``done`` (as :meth:`record` does); then, for each pending
        entry, return what was stored for its key and store the entry where nothing was or
        the stored state is ``retry``. One step, durable when it returns."""
        ...

    async def record(self, entries: Sequence[JournalEntry]) -> None:
        """Store these entries, replacing what was stored for their keys."""
        ...

    async def aclose(self) -> None:
        """Release the storage."""
        ...


def state_of(result: object) -> tuple[str, int | None, str | None]:
    """The journal state of an item's result (a record or the error it raised)."""
    if not isinstance(result, TwilioError):
        return SENT, None, None
    detail = str(result)[:200]
    if isinstance(result, (TwilioOutcomeUnknownError, RecordDecodeError)):
        return UNKNOWN, None, detail
    if isinstance(result, TwilioAPIError):
        code = result.code if result.code is not None else result.status
        if result.status in (429, 503):  # not processed: retries ran out
            return RETRY, code, detail
        return FAILED, code, detail
    return RETRY, None, detail  # nothing left this process (connect error, closed, limiter)


def digest(body: object) -> str | None:
    """The digest stored instead of a body."""
    if body is None:
        return None
    return hashlib.sha256(str(body).encode()).hexdigest()[:32]


class Campaign:
    """Drives one ``create_many`` run through a journal.

    Items are claimed ``batch`` at a time as workers take them (one journal write per
    group, which keeps journaling cheap); an intent may thus be recorded a little before
    its message is sent, which only means a lookup if the run dies in between.
    """

    def __init__(
        self,
        journal: Journal,
        key: Callable[[int, Mapping[str, Any]], str],
        lookup: Callable[[JournalEntry], AsyncIterator[Any]],
        batch: int = 64,
    ) -> None:
        self._journal = journal
        self._key = key
        self._lookup = lookup
        self.batch = max(1, batch)
        """Items claimed per journal write."""
        self._outcomes: list[JournalEntry] = []
        self._ready: deque[tuple[int, Any, JournalEntry, JournalEntry | None]] = deque()
        self._filling: anyio.Event | None = None
        self._exhausted = False
        self.skipped = 0
        self.unsettled = 0

    @property
    def has_ready(self) -> bool:
        """Whether claimed items wait to be handed out."""
        return bool(self._ready)

    async def flush(self) -> None:
        """Write the outcomes not yet written."""
        if self._outcomes:
            outcomes, self._outcomes = self._outcomes, []
            await self._journal.claim((), outcomes)

    def intent(self, index: int, item: Mapping[str, Any], now: float) -> JournalEntry:
        """The pending entry of an item about to be sent, its intent recorded at ``now``."""
        return JournalEntry(
            key=self._key(index, item),
            state=PENDING,
            to=item.get("to"),
            sender=item.get("from_") or item.get("messaging_service_sid"),
            digest=digest(item.get("body")),
            intended_at=now,
        )

    async def take(
        self, take: Callable[[], Awaitable[tuple[int, Any] | None]]
    ) -> tuple[int, Any, JournalEntry, object] | None:
        """The next item, claimed: ``(index, item, entry, settled)``. ``settled`` is
        ``None`` to send the item now, else its result (:class:`Skipped` or
        :class:`CampaignUnsettledError`). ``None`` when the items are exhausted."""
        import anyio

        while not self._ready:
            if self._filling is not None:  # another worker is claiming the next group
                await self._filling.wait()
                continue
            if self._exhausted:
                return None
            self._filling = filling = anyio.Event()
            try:
                taken: list[tuple[int, Any]] = []
                while len(taken) < self.batch:
                    one = await take()
                    if one is None:
                        self._exhausted = True
                        break
                    taken.append(one)
                if taken:
                    now = time.time()
                    entries = [self.intent(index, item, now) for index, item in taken]
                    # The outcomes so far ride along with the next group of intents.
                    done, self._outcomes = self._outcomes, []
                    try:
                        stored = await self._journal.claim(entries, done)
                    except BaseException:
                        self._outcomes[:0] = done  # still to be written (by flush)
                        raise
                    for (index, item), entry, before in zip(taken, entries, stored, strict=True):
                        self._ready.append((index, item, entry, before))
            finally:
                self._filling = None
                filling.set()
        index, item, entry, previous = self._ready.popleft()
        if previous is None:  # the usual case: never seen, send it
            return index, item, entry, None
        return index, item, entry, await self._decide(entry, previous)

    async def _decide(self, entry: JournalEntry, previous: JournalEntry) -> object:
        if previous.state == RETRY:
            return None
        if previous.state in (SENT, FAILED):
            self.skipped += 1
            return Skipped(
                key=entry.key,
                state=previous.state,
                sid=previous.sid,
                code=previous.code,
                detail=previous.detail,
            )
        settled = await self._settle(previous)
        if isinstance(settled, CampaignUnsettledError):
            self.unsettled += 1
            return settled
        if settled is not None:
            self.skipped += 1
            self._outcomes.append(attrs.evolve(previous, state=SENT, sid=settled))
            return Skipped(key=entry.key, state=SENT, sid=settled)
        await self._journal.record([entry])  # never sent: a fresh intent, then send
        return None

    async def _settle(self, entry: JournalEntry) -> str | CampaignUnsettledError | None:
        """The SID of the message this entry already sent, ``None`` if it sent none, or the
        error to report when that cannot be told."""
        if entry.to is None:
            return CampaignUnsettledError(
                f"campaign item {entry.key!r} may have been sent and has no recipient to look "
                "up; not sent again",
                entry,
            )
        since = entry.intended_at - CLOCK_SKEW_SECONDS
        others = 0
        try:
            async for message in self._lookup(entry):
                created = message.date_created
                if created is not None and created.timestamp() < since:
                    continue
                senders = (message.from_, message.messaging_service_sid)
                same_sender = entry.sender is None or entry.sender in senders
                if same_sender and digest(message.body) == entry.digest:
                    sid: str = message.sid
                    return sid
                others += 1
        except TwilioError as error:
            return CampaignUnsettledError(
                f"campaign item {entry.key!r} may have been sent and could not be looked up "
                f"({error}); not sent again",
                entry,
            )
        if others:
            return CampaignUnsettledError(
                f"campaign item {entry.key!r} may have been sent: {others} message(s) to "
                f"{entry.to} since its intent, none matching it; not sent again",
                entry,
            )
        return None

    def finish(self, entry: JournalEntry, result: object) -> None:
        """Note an item's outcome (written with the next group, or by :meth:`flush`)."""
        state, code, detail = state_of(result)
        self._outcomes.append(
            JournalEntry(
                key=entry.key,
                state=state,
                to=entry.to,
                sender=entry.sender,
                digest=entry.digest,
                intended_at=entry.intended_at,
                sid=getattr(result, "sid", None) if state == SENT else None,
                code=code,
                detail=detail,
            )
        )
