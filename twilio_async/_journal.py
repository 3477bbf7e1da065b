"""Campaign journals: what a resumable ``create_many(items, journal=...)`` stores.

Before an item is sent its intent is stored (state ``pending``: what the item does, as the
resource's campaign strategy describes it, and the time); after, its outcome: ``sent``
with the SID, ``failed`` (Twilio refused it for good), ``retry`` (it failed where Twilio
cannot have acted: safe to send again) or ``unknown`` (the request may have reached
Twilio: :class:`~twilio_async.TwilioOutcomeUnknownError`).

Every run of a campaign is an *owner* holding a *lease* in the journal, renewed while the
run is alive. An item is claimed by one owner at a time (:func:`claim_rule`, which both
journals implement): a ``pending`` or ``unknown`` item whose owner's lease is live, or
expired less than that owner's in-flight window ago, is *held* (:class:`Held`) and never
sent by another run; past that, another run takes it over and settles it by a lookup.
:mod:`twilio_async._campaign` drives a run; :class:`SQLiteJournal` and
:class:`~twilio_async.redis.RedisJournal` store it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import attrs

from twilio_async._builder import fast_constructor
from twilio_async._exceptions import (
    RecordDecodeError,
    TwilioAPIError,
    TwilioError,
    TwilioOutcomeUnknownError,
)

__all__ = [
    "CampaignBusyError",
    "CampaignLeaseLostError",
    "CampaignMismatchError",
    "CampaignUnsettledError",
    "Held",
    "Journal",
    "JournalEntry",
    "JournalError",
    "Lease",
    "Skipped",
]

PENDING, SENT, FAILED, RETRY, UNKNOWN = "pending", "sent", "failed", "retry", "unknown"


@attrs.frozen(kw_only=True, weakref_slot=False)
class JournalEntry:
    """What a journal stores for one item of a campaign."""

    key: str
    state: str
    """``pending``, ``sent``, ``failed``, ``retry`` or ``unknown``."""
    intent: str | None = None
    """What the item does, as the resource's campaign strategy writes it (for messages a
    JSON array: recipient, sender, and a keyed digest of the body; never the body). A
    resumed run whose item has another intent under the same key gets a
    :class:`CampaignMismatchError`."""
    intended_at: float = 0.0
    """Unix time the intent was recorded."""
    owner: str | None = None
    """The run that claimed the item (random, one per ``create_many`` call)."""
    sid: str | None = None
    code: int | None = None
    """Twilio's error code (or HTTP status) when the item failed."""
    detail: str | None = None


#: ``JournalEntry(...)`` for the campaign's hot path: the same entry, built with plain
#: slot stores (see :mod:`twilio_async._builder`).
make_entry = fast_constructor(JournalEntry)


@attrs.frozen(kw_only=True)
class Lease:
    """One run's ownership of the items it claims: renewed every ``seconds / 3`` while the
    run is alive. ``in_flight`` is the longest a request this run sent may still take
    effect at Twilio after the run stops (its retry deadline plus a margin): another run
    takes over its items only once ``seconds`` and then ``in_flight`` have passed."""

    owner: str
    seconds: float
    in_flight: float


@attrs.frozen
class Held:
    """A claim's answer for an item another run owns: not yours to send (yet).

    ``wait`` is the time left until its owner's lease and in-flight window have both
    passed, or ``None`` while the owner's lease is live."""

    entry: JournalEntry
    wait: float | None


@attrs.frozen(kw_only=True)
class Skipped:
    """An item this run did not send: it was ``sent`` (``sid``) or ``failed`` for good
    (``code``, ``detail``) in an earlier run or by another run of the campaign, or its key
    came earlier in this run's items (the state is then that item's outcome)."""

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


class CampaignBusyError(CampaignUnsettledError):
    """Another run of the campaign held the item for longer than the journal's
    ``busy_timeout``; this run did not send it (that run may have, or may still)."""


class CampaignMismatchError(TwilioError):
    """The journal holds another item under this key (another recipient, sender or body):
    a different list resumed under the same campaign. Nothing was sent for it."""

    def __init__(self, key: str, stored: JournalEntry, intent: str | None) -> None:
        super().__init__(
            f"campaign item {key!r} does not match the journal's: it has another recipient, "
            "sender or body than the item stored under that key; not sent (use another "
            "campaign name, or another key, for a different list)"
        )
        self.key = key
        self.entry = stored
        self.intent = intent


class CampaignLeaseLostError(TwilioError):
    """This run could not renew its lease in time (the journal was unreachable, or the
    process stalled for longer than the lease): another run may take its items over, so it
    stopped sending. Run the campaign again to finish it."""


class JournalError(TwilioError):
    """The campaign journal could not be opened, read or written. ``journal`` names it;
    the storage's own error is the ``__cause__``. No item is sent without its intent
    stored, so items this run could not claim were not sent."""

    def __init__(self, journal: str, error: BaseException) -> None:
        super().__init__(f"campaign journal {journal}: {type(error).__name__}: {error}")
        self.journal = journal


class Journal(Protocol):
    """Storage for a campaign's items and its runs' leases (see the module docstring)."""

    lease_seconds: float
    """How long a run's lease lasts without renewal."""
    busy_timeout: float
    """How long a run waits for an item another live run holds before reporting it as a
    :class:`CampaignBusyError` (``0``: at once, also for items of a dead run still in its
    in-flight window; otherwise those wait for that window, which is bounded)."""

    async def open(self, lease: Lease) -> bytes:
        """Start ``lease`` (valid ``lease.seconds`` from now) and return the journal's
        salt for keyed digests (random, made on first use). Fails with
        :class:`JournalError` naming the storage when it cannot be used."""
        ...

    async def claim(
        self, lease: Lease, entries: Sequence[JournalEntry], done: Sequence[JournalEntry] = ()
    ) -> list[JournalEntry | Held | None]:
        """Store the outcomes ``done`` (only for items ``lease`` still owns); then claim
        each entry in order by :func:`claim_rule`, storing what it says. One step,
        durable when it returns."""
        ...

    async def renew(self, lease: Lease, done: Sequence[JournalEntry] = ()) -> bool:
        """Store ``done`` and extend the lease by ``lease.seconds``; ``False`` (nothing
        extended) if it had already expired."""
        ...

    async def release(self, lease: Lease, done: Sequence[JournalEntry] = ()) -> None:
        """Store ``done`` and end the lease now (its in-flight window still runs)."""
        ...

    async def record(self, entries: Sequence[JournalEntry]) -> None:
        """Store these entries, replacing what was stored for their keys."""
        ...

    async def aclose(self) -> None:
        """Release the storage."""
        ...


def claim_rule(
    stored: JournalEntry | None,
    entry: JournalEntry,
    owner: str,
    holder: tuple[float, float] | None,
    now: float,
) -> tuple[JournalEntry | Held | None, JournalEntry | None]:
    """Claiming ``entry`` for run ``owner``: what the claim answers, and what it stores.

    ``stored`` is what the journal holds for the key; ``holder`` the ``(expires,
    in_flight)`` lease of ``stored.owner`` (``None`` if no such run is known), on the
    journal's clock ``now``. The answer is ``None`` (new: send it), the stored entry
    (settled, mismatched, this run's own, a ``retry`` now claimed, or an item taken over
    from a run gone for good), or :class:`Held`. :class:`~twilio_async.redis.RedisJournal`
    runs the same rule in Lua; a test checks both against this function.
    """
    mine = entry if entry.owner == owner else attrs.evolve(entry, owner=owner)
    if stored is None:
        return None, mine
    if stored.intent != entry.intent or stored.state in (SENT, FAILED) or stored.owner == owner:
        return stored, None
    if stored.state == RETRY:
        return stored, mine
    if holder is not None:
        expires, in_flight = holder
        free_at = expires + in_flight
        if now < free_at:
            return Held(stored, free_at - now if expires <= now else None), None
    return stored, attrs.evolve(stored, owner=owner)


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
