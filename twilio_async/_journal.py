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
import sqlite3
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from pathlib import Path
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
    "SQLiteJournal",
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


# --- SQLite -------------------------------------------------------------------------------
#
# Two tables. ``twilio_async_journal`` holds one row per item, keyed by (campaign, key): the
# intent, written as the item is claimed (a key claimed twice fails the insert, which is how
# a duplicate is noticed). Outcomes, the hot path's other write, are appended to
# ``twilio_async_journal_outcomes`` as one row per group (a JSON array of
# ``[key, state, sid, code, detail]``): a single insert per group instead of an indexed
# update per item. They are folded into the item rows, in order, before anything reads or
# rewrites those rows (a resumed run, ``record``, ``entries``), in the same transaction.

_COLUMNS = ("key", "state", "to_", "sender", "digest", "intended_at", "sid", "code", "detail")
_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS twilio_async_journal (
        campaign TEXT NOT NULL,
        key TEXT NOT NULL,
        state TEXT NOT NULL,
        to_ TEXT, sender TEXT, digest TEXT, intended_at REAL,
        sid TEXT, code INTEGER, detail TEXT,
        PRIMARY KEY (campaign, key)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE IF NOT EXISTS twilio_async_journal_outcomes (
        campaign TEXT NOT NULL,
        outcomes TEXT NOT NULL
    )
    """,
    """
    CREATE INDEX IF NOT EXISTS twilio_async_journal_outcomes_campaign
        ON twilio_async_journal_outcomes (campaign)
    """,
)
_INTENT = (
    "INSERT INTO twilio_async_journal "
    "(campaign, key, state, to_, sender, digest, intended_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_UPSERT = (
    "INSERT OR REPLACE INTO twilio_async_journal (campaign, "
    + ", ".join(_COLUMNS)
    + ") VALUES (?, "
    + ", ".join("?" * len(_COLUMNS))
    + ")"
)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM twilio_async_journal WHERE campaign = ?"
_APPEND_OUTCOMES = "INSERT INTO twilio_async_journal_outcomes (campaign, outcomes) VALUES (?, ?)"
_LOGGED_OUTCOMES = (
    "SELECT rowid, outcomes FROM twilio_async_journal_outcomes WHERE campaign = ? ORDER BY rowid"
)
_FOLD = (
    "UPDATE twilio_async_journal SET state = ?, sid = ?, code = ?, detail = ? "
    "WHERE campaign = ? AND key = ?"
)
_FOLDED = "DELETE FROM twilio_async_journal_outcomes WHERE campaign = ? AND rowid <= ?"


def _row(campaign: str, entry: JournalEntry) -> tuple[Any, ...]:
    return (
        campaign,
        entry.key,
        entry.state,
        entry.to,
        entry.sender,
        entry.digest,
        entry.intended_at,
        entry.sid,
        entry.code,
        entry.detail,
    )


def _entry(row: Sequence[Any]) -> JournalEntry:
    key, state, to, sender, digest_, intended_at, sid, code, detail = row
    return JournalEntry(
        key=key,
        state=state,
        to=to,
        sender=sender,
        digest=digest_,
        intended_at=intended_at or 0.0,
        sid=sid,
        code=code,
        detail=detail,
    )


class SQLiteJournal:
    """A :class:`Journal` in a SQLite file (stdlib ``sqlite3``, run in a worker thread).

    ``campaign`` names the campaign within the file, so one file can hold many. WAL mode:
    an intent is on disk before its message is sent and survives the process being killed.
    Each group of items costs one transaction and one hop to the worker thread.
    """

    def __init__(self, path: str | Path, campaign: str = "default") -> None:
        self.path = Path(path)
        self.campaign = campaign
        self._connection: sqlite3.Connection | None = None
        self._fresh: bool | None = None  # no entries for the campaign when first opened
        self._lock = threading.Lock()  # one transaction at a time, whatever the thread

    def __repr__(self) -> str:
        return f"<SQLiteJournal {str(self.path)!r} campaign={self.campaign!r}>"

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            for statement in _SCHEMA:
                connection.execute(statement)
            self._connection = connection
        return self._connection

    def _transaction(self, body: Callable[[sqlite3.Connection], Any]) -> Any:
        """``body(db)`` in one write transaction, under the lock."""
        with self._lock:
            db = self._connect()
            db.execute("BEGIN IMMEDIATE")
            try:
                result = body(db)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            return result

    def _fold(self, db: sqlite3.Connection) -> None:
        """Apply the logged outcomes to the item rows, oldest first, and drop them."""
        import orjson

        logged = db.execute(_LOGGED_OUTCOMES, (self.campaign,)).fetchall()
        if logged:
            db.executemany(
                _FOLD,
                [
                    (state, sid, code, detail, self.campaign, key)
                    for _, outcomes in logged
                    for key, state, sid, code, detail in orjson.loads(outcomes)
                ],
            )
            db.execute(_FOLDED, (self.campaign, logged[-1][0]))

    def _claim_sync(
        self, entries: Sequence[JournalEntry], done: Sequence[JournalEntry]
    ) -> list[JournalEntry | None]:
        import orjson

        campaign = self.campaign

        def claim(db: sqlite3.Connection) -> list[JournalEntry | None]:
            if done:
                outcomes = [(e.key, e.state, e.sid, e.code, e.detail) for e in done]
                db.execute(_APPEND_OUTCOMES, (campaign, orjson.dumps(outcomes).decode()))
            if self._fresh is None:
                self._fresh = not db.execute(
                    "SELECT 1 FROM twilio_async_journal WHERE campaign = ? LIMIT 1", (campaign,)
                ).fetchone()
            if self._fresh:
                # A campaign's first run: nothing to look up, and a key seen twice fails
                # the insert (then the general path below handles the group).
                db.execute("SAVEPOINT intents")
                try:
                    db.executemany(
                        _INTENT,
                        [
                            (campaign, e.key, e.state, e.to, e.sender, e.digest, e.intended_at)
                            for e in entries
                        ],
                    )
                    db.execute("RELEASE intents")
                    return [None] * len(entries)
                except sqlite3.IntegrityError:
                    db.execute("ROLLBACK TO intents")
                    db.execute("RELEASE intents")
                    self._fresh = False
            self._fold(db)
            found: dict[str, JournalEntry] = {}
            keys = [entry.key for entry in entries]
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                rows = db.execute(f"{_SELECT} AND key IN ({marks})", (campaign, *chunk))
                found.update((row[0], _entry(row)) for row in rows)
            previous = [found.get(entry.key) for entry in entries]
            fresh = [
                _row(campaign, entry)
                for entry, before in zip(entries, previous, strict=True)
                if before is None or before.state == RETRY
            ]
            db.executemany(_UPSERT, fresh)
            return previous

        result: list[JournalEntry | None] = self._transaction(claim)
        return result

    def _record_sync(self, entries: Sequence[JournalEntry]) -> None:
        def record(db: sqlite3.Connection) -> None:
            self._fold(db)  # older outcomes first: these replace them
            db.executemany(_UPSERT, [_row(self.campaign, entry) for entry in entries])

        self._transaction(record)

    async def claim(
        self, entries: Sequence[JournalEntry], done: Sequence[JournalEntry] = ()
    ) -> list[JournalEntry | None]:
        """See :meth:`Journal.claim`."""
        import anyio.to_thread

        return await anyio.to_thread.run_sync(self._claim_sync, entries, done)

    async def record(self, entries: Sequence[JournalEntry]) -> None:
        """See :meth:`Journal.record`."""
        import anyio.to_thread

        await anyio.to_thread.run_sync(self._record_sync, entries)

    def entries(self) -> dict[str, JournalEntry]:
        """Every entry of this campaign, by key (for reports and tests)."""

        def read(db: sqlite3.Connection) -> dict[str, JournalEntry]:
            self._fold(db)
            return {row[0]: _entry(row) for row in db.execute(_SELECT, (self.campaign,))}

        result: dict[str, JournalEntry] = self._transaction(read)
        return result

    async def aclose(self) -> None:
        """Close the database file."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
