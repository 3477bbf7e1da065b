"""The SQLite campaign journal: one file, no server, for campaigns run on one machine.

Public as :class:`twilio_async.SQLiteJournal` (see :mod:`twilio_async._journal`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from twilio_async._journal import RETRY, JournalEntry

__all__ = ["SQLiteJournal"]

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
