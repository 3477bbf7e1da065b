"""SQLiteJournal's storage contract: outcomes logged with a claim are folded into the items'
rows, in order, before anything reads or rewrites them; and a Campaign keeps the outcomes a
failed claim did not store."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

from twilio_async import JournalEntry, SQLiteJournal
from twilio_async._journal import FAILED, PENDING, RETRY, SENT, Campaign
from twilio_async._journal_redis import _dump, _load


def intent(key: str, *, at: float = 1.0) -> JournalEntry:
    return JournalEntry(
        key=key, state=PENDING, to=f"+1555000{key:0>4}", sender="+15017122661", intended_at=at
    )


def outcome(entry: JournalEntry, state: str, **fields: Any) -> JournalEntry:
    return attrs.evolve(entry, state=state, **fields)


async def test_outcomes_logged_with_a_claim_are_read_back_folded(tmp_path: Path) -> None:
    journal = SQLiteJournal(tmp_path / "j.db", campaign="c")
    first = [intent("a"), intent("b")]
    assert await journal.claim(first) == [None, None]
    done = [outcome(first[0], SENT, sid="SM1"), outcome(first[1], FAILED, code=21211)]
    assert await journal.claim([intent("c")], done) == [None]
    stored = journal.entries()
    assert {key: entry.state for key, entry in stored.items()} == {
        "a": SENT,
        "b": FAILED,
        "c": PENDING,
    }
    assert stored["a"].sid == "SM1"
    assert stored["b"].code == 21211
    assert stored["a"].to == first[0].to  # the intent's fields are kept
    # Folded: the log holds nothing more for the campaign.
    with sqlite3.connect(tmp_path / "j.db") as db:
        logged = db.execute("SELECT COUNT(*) FROM twilio_async_journal_outcomes").fetchone()
    assert logged == (0,)
    await journal.aclose()


async def test_a_second_run_sees_the_logged_outcomes(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    journal = SQLiteJournal(path, campaign="c")
    entries = [intent("a"), intent("b"), intent("c")]
    await journal.claim(entries)
    done = [
        outcome(entries[0], SENT, sid="SM1"),
        outcome(entries[1], RETRY, code=20429),
        outcome(entries[2], FAILED, code=21211),
    ]
    await journal.claim((), done)  # what a run's last flush does
    await journal.aclose()

    again = SQLiteJournal(path, campaign="c")  # a new process, say
    later = [intent("a", at=2.0), intent("b", at=2.0), intent("c", at=2.0), intent("d", at=2.0)]
    previous = await again.claim(later)
    assert [p.state if p else None for p in previous] == [SENT, RETRY, FAILED, None]
    stored = again.entries()
    assert stored["b"].state == PENDING  # a retry is claimed again, with the new intent
    assert stored["b"].intended_at == 2.0
    assert stored["a"].state == SENT
    assert stored["a"].intended_at == 1.0
    await again.aclose()


async def test_record_replaces_outcomes_logged_before_it(tmp_path: Path) -> None:
    journal = SQLiteJournal(tmp_path / "j.db", campaign="c")
    entry = intent("a")
    await journal.claim([entry])
    await journal.claim((), [outcome(entry, RETRY, code=20429)])
    fresh = intent("a", at=5.0)
    await journal.record([fresh])
    assert journal.entries()["a"] == fresh
    await journal.aclose()


async def test_a_key_claimed_twice_in_one_run_sees_its_first_outcome(tmp_path: Path) -> None:
    journal = SQLiteJournal(tmp_path / "j.db", campaign="c")
    first = intent("a")
    await journal.claim([first])
    previous = await journal.claim([intent("a"), intent("b")], [outcome(first, SENT, sid="SM1")])
    assert previous[0] is not None
    assert previous[0].sid == "SM1"
    assert previous[1] is None
    assert set(journal.entries()) == {"a", "b"}
    await journal.aclose()


async def test_campaigns_in_one_file_are_apart(tmp_path: Path) -> None:
    spring = SQLiteJournal(tmp_path / "j.db", campaign="spring")
    autumn = SQLiteJournal(tmp_path / "j.db", campaign="autumn")
    entry = intent("a")
    await spring.claim([entry])
    await spring.claim((), [outcome(entry, SENT, sid="SM1")])
    assert await autumn.claim([intent("a")]) == [None]
    assert autumn.entries()["a"].state == PENDING
    assert spring.entries()["a"].state == SENT
    await spring.aclose()
    await autumn.aclose()


class FailingJournal:
    """Refuses the second claim; remembers every outcome it stored."""

    def __init__(self) -> None:
        self.claims = 0
        self.stored: list[JournalEntry] = []

    async def claim(
        self, entries: Sequence[JournalEntry], done: Sequence[JournalEntry] = ()
    ) -> list[JournalEntry | None]:
        self.claims += 1
        if self.claims == 2:
            raise OSError("disk full")
        self.stored += done
        return [None] * len(entries)

    async def record(self, entries: Sequence[JournalEntry]) -> None:
        self.stored += entries

    async def aclose(self) -> None:
        pass


async def test_outcomes_a_failed_claim_did_not_store_are_flushed_later() -> None:
    journal = FailingJournal()

    async def lookup(entry: JournalEntry) -> AsyncIterator[Any]:
        raise AssertionError("nothing to look up")
        yield

    campaign = Campaign(journal, lambda index, item: str(index), lookup, batch=1)
    source = iter([(0, {"to": "+15550000000"}), (1, {"to": "+15550000001"})])

    async def take() -> tuple[int, Any] | None:
        return next(source, None)

    claimed = await campaign.take(take)
    assert claimed is not None
    campaign.finish(claimed[2], type("Sent", (), {"sid": "SM0"})())
    with pytest.raises(OSError, match="disk full"):
        await campaign.take(take)
    await campaign.flush()
    assert [(entry.key, entry.state, entry.sid) for entry in journal.stored] == [("0", SENT, "SM0")]


def test_redis_entries_keep_every_field() -> None:
    entry = JournalEntry(
        key="k",
        state=FAILED,
        to="+15550000000",
        sender="MG123",
        digest="d" * 32,
        intended_at=12.5,
        sid="SM1",
        code=21211,
        detail="unsubscribed",
    )
    assert _load(_dump(entry)) == entry
