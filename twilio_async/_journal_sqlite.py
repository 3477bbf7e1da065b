"""The SQLite campaign journal: one file, no server, for campaigns run on one machine.

Public as :class:`twilio_async.SQLiteJournal` (see :mod:`twilio_async._journal`).
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from twilio_async._journal import (
    PENDING,
    UNKNOWN,
    Held,
    JournalEntry,
    JournalError,
    Lease,
    claim_rule,
)

__all__ = ["SQLiteJournal"]

# Four tables. ``twilio_async_items`` holds one row per item, keyed by (campaign, key): the
# intent, written as the item is claimed, and later its outcome. Outcomes, the hot path's
# other write, are appended to ``twilio_async_outcomes`` as one row per group (a JSON array
# of ``[key, state, sid, code, detail]``, with the run that wrote them): a single insert per
# group instead of an indexed update per item. They are folded into the item rows, in
# order, before anything reads or rewrites those rows, in the same transaction; an outcome
# only lands on an item its writer still owns (a run taken over late cannot overwrite the
# run that took over). ``twilio_async_owners`` holds each run's lease; ``twilio_async_meta``
# the file's salt for keyed digests.

_COLUMNS = ("key", "state", "intent", "intended_at", "owner", "sid", "code", "detail")
_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS twilio_async_items (
        campaign TEXT NOT NULL,
        key TEXT NOT NULL,
        state TEXT NOT NULL,
        intent TEXT, intended_at REAL, owner TEXT,
        sid TEXT, code INTEGER, detail TEXT,
        PRIMARY KEY (campaign, key)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE IF NOT EXISTS twilio_async_outcomes (
        campaign TEXT NOT NULL,
        owner TEXT NOT NULL,
        outcomes TEXT NOT NULL
    )
    """,
    """
    CREATE INDEX IF NOT EXISTS twilio_async_outcomes_campaign
        ON twilio_async_outcomes (campaign)
    """,
    """
    CREATE TABLE IF NOT EXISTS twilio_async_owners (
        campaign TEXT NOT NULL,
        owner TEXT NOT NULL,
        expires REAL NOT NULL,
        in_flight REAL NOT NULL,
        PRIMARY KEY (campaign, owner)
    ) WITHOUT ROWID
    """,
    "CREATE TABLE IF NOT EXISTS twilio_async_meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
)
_INTENT = (
    "INSERT INTO twilio_async_items (campaign, key, state, intent, intended_at, owner) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_UPSERT = (
    "INSERT OR REPLACE INTO twilio_async_items (campaign, "
    + ", ".join(_COLUMNS)
    + ") VALUES (?, "
    + ", ".join("?" * len(_COLUMNS))
    + ")"
)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM twilio_async_items WHERE campaign = ?"
_APPEND_OUTCOMES = "INSERT INTO twilio_async_outcomes (campaign, owner, outcomes) VALUES (?, ?, ?)"
_LOGGED_OUTCOMES = (
    "SELECT rowid, owner, outcomes FROM twilio_async_outcomes WHERE campaign = ? ORDER BY rowid"
)
_FOLD = (
    "UPDATE twilio_async_items SET state = ?, sid = ?, code = ?, detail = ? "
    "WHERE campaign = ? AND key = ? AND owner = ?"
)
_FOLDED = "DELETE FROM twilio_async_outcomes WHERE campaign = ? AND rowid <= ?"
_START_LEASE = (
    "INSERT OR REPLACE INTO twilio_async_owners (campaign, owner, expires, in_flight) "
    "VALUES (?, ?, ?, ?)"
)
_RENEW_LEASE = (
    "UPDATE twilio_async_owners SET expires = ? WHERE campaign = ? AND owner = ? AND expires > ?"
)
_END_LEASE = (
    "UPDATE twilio_async_owners SET expires = min(expires, ?) WHERE campaign = ? AND owner = ?"
)
# A run whose lease and in-flight window have both passed is as good as unknown.
_FORGET_LEASES = "DELETE FROM twilio_async_owners WHERE campaign = ? AND expires + in_flight < ?"


def _row(campaign: str, entry: JournalEntry) -> tuple[Any, ...]:
    return (
        campaign,
        entry.key,
        entry.state,
        entry.intent,
        entry.intended_at,
        entry.owner,
        entry.sid,
        entry.code,
        entry.detail,
    )


def _entry(row: Sequence[Any]) -> JournalEntry:
    key, state, intent, intended_at, owner, sid, code, detail = row
    return JournalEntry(
        key=key,
        state=state,
        intent=intent,
        intended_at=intended_at or 0.0,
        owner=owner,
        sid=sid,
        code=code,
        detail=detail,
    )


class SQLiteJournal:
    """A :class:`~twilio_async.Journal` in a SQLite file (stdlib ``sqlite3``, run in a
    worker thread), for runs on one machine.

    ``campaign`` names the campaign within the file, so one file can hold many. Each
    group of items costs one transaction and one hop to the worker thread. With
    ``durable=True`` (the default, ``synchronous=FULL`` in WAL mode) every group's intents
    are on disk, fsynced, before any of its messages is sent: they survive the process
    being killed, an OS crash and a power loss. ``durable=False`` (``synchronous=NORMAL``)
    is cheaper and survives the process being killed, but an OS crash or power loss may
    lose the last groups' intents and outcomes (their messages are then sent again).

    ``lease_seconds`` and ``busy_timeout``: see :class:`~twilio_async.Journal`. The file
    stores, per item: the key, the recipient and sender in clear, an HMAC of the body under
    a random salt kept in the same file, the SID, Twilio's error code and message.
    """

    def __init__(
        self,
        path: str | Path,
        campaign: str = "default",
        *,
        durable: bool = True,
        lease_seconds: float = 15.0,
        busy_timeout: float = 300.0,
    ) -> None:
        if lease_seconds <= 0 or busy_timeout < 0:
            raise ValueError("lease_seconds must be positive and busy_timeout not negative")
        self.path = Path(path)
        self.campaign = campaign
        self.durable = durable
        self.lease_seconds = lease_seconds
        self.busy_timeout = busy_timeout
        self._connection: sqlite3.Connection | None = None
        self._fresh: bool | None = None  # no entries for the campaign when first claimed
        self._lock = threading.Lock()  # one transaction at a time, whatever the thread

    def __repr__(self) -> str:
        return f"<SQLiteJournal {str(self.path)!r} campaign={self.campaign!r}>"

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            try:
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute(f"PRAGMA synchronous={'FULL' if self.durable else 'NORMAL'}")
                for statement in _SCHEMA:
                    connection.execute(statement)
            except BaseException:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def _transaction(self, body: Callable[[sqlite3.Connection], Any]) -> Any:
        """``body(db)`` in one write transaction, under the lock. A SQLite error surfaces
        as a :class:`JournalError` naming the file, with the original as its cause (SQLite
        may have rolled back already, e.g. on a full disk: that is not a second error)."""
        with self._lock:
            db: sqlite3.Connection | None = None
            try:
                db = self._connect()
                db.execute("BEGIN IMMEDIATE")
                result = body(db)
                db.execute("COMMIT")
                return result
            except BaseException as error:
                if db is not None and db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # report the original error
                        db.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise JournalError(f"{str(self.path)!r}", error) from error
                raise

    def _fold(self, db: sqlite3.Connection) -> None:
        """Apply the logged outcomes to the item rows, oldest first, and drop them."""
        import orjson

        logged = db.execute(_LOGGED_OUTCOMES, (self.campaign,)).fetchall()
        if logged:
            db.executemany(
                _FOLD,
                [
                    (state, sid, code, detail, self.campaign, key, owner)
                    for _, owner, outcomes in logged
                    for key, state, sid, code, detail in orjson.loads(outcomes)
                ],
            )
            db.execute(_FOLDED, (self.campaign, logged[-1][0]))

    def _log(self, db: sqlite3.Connection, lease: Lease, done: Sequence[JournalEntry]) -> None:
        import orjson

        if done:
            outcomes = [(e.key, e.state, e.sid, e.code, e.detail) for e in done]
            db.execute(
                _APPEND_OUTCOMES, (self.campaign, lease.owner, orjson.dumps(outcomes).decode())
            )

    def _open_sync(self, lease: Lease) -> bytes:
        campaign = self.campaign

        def start(db: sqlite3.Connection) -> bytes:
            db.execute(
                "INSERT OR IGNORE INTO twilio_async_meta (name, value) VALUES ('salt', ?)",
                (secrets.token_bytes(16),),
            )
            salt: bytes = db.execute(
                "SELECT value FROM twilio_async_meta WHERE name = 'salt'"
            ).fetchone()[0]
            now = time.time()
            db.execute(_FORGET_LEASES, (campaign, now))
            db.execute(_START_LEASE, (campaign, lease.owner, now + lease.seconds, lease.in_flight))
            if self._fresh is None:
                self._fresh = not db.execute(
                    "SELECT 1 FROM twilio_async_items WHERE campaign = ? LIMIT 1", (campaign,)
                ).fetchone()
            return salt

        salt: bytes = self._transaction(start)
        return salt

    def _claim_sync(
        self, lease: Lease, entries: Sequence[JournalEntry], done: Sequence[JournalEntry]
    ) -> list[JournalEntry | Held | None]:
        campaign = self.campaign
        owner = lease.owner

        def claim(db: sqlite3.Connection) -> list[JournalEntry | Held | None]:
            self._log(db, lease, done)
            if self._fresh:
                # A campaign's first run: nothing to look up, and a key seen twice (or
                # claimed by another run meanwhile) fails the insert; the general path
                # below then handles the group.
                db.execute("SAVEPOINT intents")
                try:
                    db.executemany(
                        _INTENT,
                        [
                            (campaign, e.key, e.state, e.intent, e.intended_at, owner)
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
            current = self._select(db, [entry.key for entry in entries])
            holders = self._holders(db, current.values(), owner)
            now = time.time()
            answers: list[JournalEntry | Held | None] = []
            writes: dict[str, JournalEntry] = {}
            for entry in entries:
                stored = current.get(entry.key)
                holder = holders.get(stored.owner) if stored and stored.owner else None
                answer, write = claim_rule(stored, entry, owner, holder, now)
                if write is not None:
                    current[entry.key] = writes[entry.key] = write
                answers.append(answer)
            db.executemany(_UPSERT, [_row(campaign, write) for write in writes.values()])
            return answers

        result: list[JournalEntry | Held | None] = self._transaction(claim)
        return result

    def _select(self, db: sqlite3.Connection, keys: Sequence[str]) -> dict[str, JournalEntry]:
        found: dict[str, JournalEntry] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = db.execute(f"{_SELECT} AND key IN ({marks})", (self.campaign, *chunk))
            found.update((row[0], _entry(row)) for row in rows)
        return found

    def _holders(
        self, db: sqlite3.Connection, stored: Any, owner: str
    ) -> dict[str, tuple[float, float]]:
        """The leases of the other runs owning any of these unsettled entries."""
        others = sorted(
            {
                entry.owner
                for entry in stored
                if entry.state in (PENDING, UNKNOWN) and entry.owner not in (None, owner)
            }
        )
        if not others:
            return {}
        marks = ", ".join("?" * len(others))
        rows = db.execute(
            "SELECT owner, expires, in_flight FROM twilio_async_owners "
            f"WHERE campaign = ? AND owner IN ({marks})",
            (self.campaign, *others),
        )
        return {name: (expires, in_flight) for name, expires, in_flight in rows}

    def _renew_sync(self, lease: Lease, done: Sequence[JournalEntry]) -> bool:
        def renew(db: sqlite3.Connection) -> bool:
            self._log(db, lease, done)
            now = time.time()
            cursor = db.execute(
                _RENEW_LEASE, (now + lease.seconds, self.campaign, lease.owner, now)
            )
            return cursor.rowcount == 1

        renewed: bool = self._transaction(renew)
        return renewed

    def _release_sync(self, lease: Lease, done: Sequence[JournalEntry]) -> None:
        def release(db: sqlite3.Connection) -> None:
            self._log(db, lease, done)
            db.execute(_END_LEASE, (time.time(), self.campaign, lease.owner))

        self._transaction(release)

    def _record_sync(self, entries: Sequence[JournalEntry]) -> None:
        def record(db: sqlite3.Connection) -> None:
            self._fold(db)  # older outcomes first: these replace them
            db.executemany(_UPSERT, [_row(self.campaign, entry) for entry in entries])

        self._transaction(record)

    async def open(self, lease: Lease) -> bytes:
        """See :meth:`twilio_async.Journal.open`."""
        import anyio.to_thread

        return await anyio.to_thread.run_sync(self._open_sync, lease)

    async def claim(
        self, lease: Lease, entries: Sequence[JournalEntry], done: Sequence[JournalEntry] = ()
    ) -> list[JournalEntry | Held | None]:
        """See :meth:`twilio_async.Journal.claim`."""
        import anyio.to_thread

        return await anyio.to_thread.run_sync(self._claim_sync, lease, entries, done)

    async def renew(self, lease: Lease, done: Sequence[JournalEntry] = ()) -> bool:
        """See :meth:`twilio_async.Journal.renew`."""
        import anyio.to_thread

        return await anyio.to_thread.run_sync(self._renew_sync, lease, done)

    async def release(self, lease: Lease, done: Sequence[JournalEntry] = ()) -> None:
        """See :meth:`twilio_async.Journal.release`."""
        import anyio.to_thread

        await anyio.to_thread.run_sync(self._release_sync, lease, done)

    async def record(self, entries: Sequence[JournalEntry]) -> None:
        """See :meth:`twilio_async.Journal.record`."""
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
