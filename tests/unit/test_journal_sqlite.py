"""SQLiteJournal's storage contract: outcomes logged with a claim are folded into the items'
rows, in order, before anything reads or rewrites them; a SQLite error surfaces as itself,
naming the file, and nothing is sent without its intent stored; intents are fsynced by
default; and a Campaign keeps the outcomes a failed claim did not store."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

from twilio_async import JournalEntry, JournalError, SQLiteJournal
from twilio_async._campaign import Campaign
from twilio_async._journal import FAILED, PENDING, RETRY, SENT, Held, Lease
from twilio_async._journal_redis import _dump, _load
from twilio_async.testing import FakeTwilio

LEASE = Lease(owner="run", seconds=60.0, in_flight=5.0)


def intent(key: str, *, at: float = 1.0) -> JournalEntry:
    return JournalEntry(
        key=key, state=PENDING, intent=f'["+1555000{key:0>4}"]', intended_at=at, owner="run"
    )


def outcome(entry: JournalEntry, state: str, **fields: Any) -> JournalEntry:
    return attrs.evolve(entry, state=state, **fields)


async def opened(path: Path, campaign: str = "c", **options: Any) -> SQLiteJournal:
    journal = SQLiteJournal(path, campaign=campaign, **options)
    await journal.open(LEASE)
    return journal


async def test_outcomes_logged_with_a_claim_are_read_back_folded(tmp_path: Path) -> None:
    journal = await opened(tmp_path / "j.db")
    first = [intent("a"), intent("b")]
    assert await journal.claim(LEASE, first) == [None, None]
    done = [outcome(first[0], SENT, sid="SM1"), outcome(first[1], FAILED, code=21211)]
    assert await journal.claim(LEASE, [intent("c")], done) == [None]
    stored = journal.entries()
    assert {key: entry.state for key, entry in stored.items()} == {
        "a": SENT,
        "b": FAILED,
        "c": PENDING,
    }
    assert stored["a"].sid == "SM1"
    assert stored["b"].code == 21211
    assert stored["a"].intent == first[0].intent  # the intent's fields are kept
    # Folded: the log holds nothing more for the campaign.
    with sqlite3.connect(tmp_path / "j.db") as db:
        logged = db.execute("SELECT COUNT(*) FROM twilio_async_outcomes").fetchone()
    assert logged == (0,)
    await journal.aclose()


async def test_a_second_run_sees_the_logged_outcomes(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    journal = await opened(path)
    entries = [intent("a"), intent("b"), intent("c")]
    await journal.claim(LEASE, entries)
    done = [
        outcome(entries[0], SENT, sid="SM1"),
        outcome(entries[1], RETRY, code=20429),
        outcome(entries[2], FAILED, code=21211),
    ]
    await journal.release(LEASE, done)  # what a run's end does
    await journal.aclose()

    again = SQLiteJournal(path, campaign="c")  # a new process, say
    second = Lease(owner="second", seconds=60.0, in_flight=5.0)
    await again.open(second)
    later = [attrs.evolve(intent(k, at=2.0), owner="second") for k in "abcd"]
    previous = await again.claim(second, later)
    assert [p.state if isinstance(p, JournalEntry) else p for p in previous] == [
        SENT,
        RETRY,
        FAILED,
        None,
    ]
    stored = again.entries()
    assert stored["b"].state == PENDING  # a retry is claimed again, with the new intent
    assert (stored["b"].intended_at, stored["b"].owner) == (2.0, "second")
    assert stored["a"].state == SENT
    assert stored["a"].intended_at == 1.0
    await again.aclose()


async def test_record_replaces_outcomes_logged_before_it(tmp_path: Path) -> None:
    journal = await opened(tmp_path / "j.db")
    entry = intent("a")
    await journal.claim(LEASE, [entry])
    await journal.claim(LEASE, (), [outcome(entry, RETRY, code=20429)])
    fresh = intent("a", at=5.0)
    await journal.record([fresh])
    assert journal.entries()["a"] == fresh
    await journal.aclose()


async def test_campaigns_in_one_file_are_apart(tmp_path: Path) -> None:
    spring = await opened(tmp_path / "j.db", "spring")
    autumn = await opened(tmp_path / "j.db", "autumn")
    entry = intent("a")
    await spring.claim(LEASE, [entry])
    await spring.claim(LEASE, (), [outcome(entry, SENT, sid="SM1")])
    assert await autumn.claim(LEASE, [intent("a")]) == [None]
    assert autumn.entries()["a"].state == PENDING
    assert spring.entries()["a"].state == SENT
    await spring.aclose()
    await autumn.aclose()


# -- errors ---------------------------------------------------------------------------------
async def test_a_full_disk_surfaces_as_itself_naming_the_file_and_sends_nothing_unjournaled(
    tmp_path: Path,
) -> None:
    path = tmp_path / "full.db"
    journal = await opened(path)
    db = journal._connect()
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up a few groups in
    fake = FakeTwilio()
    batch = [
        {"to": f"+1555{i:07d}", "from_": "+15017122661", "body": f"item {i} " + "x" * 300}
        for i in range(400)
    ]
    async with fake.client() as client:
        with pytest.raises(JournalError) as caught:
            await client.messages.create_many(batch, journal=journal, max_in_flight=10)
    await journal.aclose()
    message = str(caught.value)
    assert str(path) in message
    assert "full" in message
    assert "rollback" not in message  # not masked by a failed ROLLBACK
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    # Every message sent has its intent in the journal.
    sent = {m.body for m in fake.messages}
    assert 0 < len(sent) < len(batch)
    stored = SQLiteJournal(path, campaign="c").entries()
    assert len(stored) >= len(sent)
    journaled = {int(key) for key in stored}
    assert all(int(body.split()[1]) in journaled for body in sent)


async def test_an_unopenable_journal_fails_naming_its_path_before_anything_is_sent(
    tmp_path: Path,
) -> None:
    path = tmp_path / "no such directory" / "j.db"
    fake = FakeTwilio()
    async with fake.client() as client:
        with pytest.raises(JournalError, match="no such directory"):
            await client.messages.create_many(
                [{"to": "+15550000001", "from_": "+15017122661", "body": "hi"}],
                journal=SQLiteJournal(path),
            )
    assert fake.requests == []


# -- durability -----------------------------------------------------------------------------
@pytest.mark.parametrize(("options", "synchronous"), [({}, 2), ({"durable": False}, 1)])
async def test_intents_are_fsynced_by_default(
    tmp_path: Path, options: dict[str, Any], synchronous: int
) -> None:
    # FULL (2): every commit of the WAL is fsynced, so a group's intents survive an OS crash
    # before its messages go out; NORMAL (1) survives only the process being killed.
    journal = await opened(tmp_path / "j.db", **options)
    assert journal._connect().execute("PRAGMA synchronous").fetchone() == (synchronous,)
    await journal.aclose()


# -- the Campaign's side --------------------------------------------------------------------
class FailingJournal:
    """Refuses the second claim; remembers every outcome it stored."""

    lease_seconds = 60.0
    busy_timeout = 0.0

    def __init__(self) -> None:
        self.claims = 0
        self.stored: list[JournalEntry] = []

    async def open(self, lease: Lease) -> bytes:
        return b"salt"

    async def claim(
        self, lease: Lease, entries: Sequence[JournalEntry], done: Sequence[JournalEntry] = ()
    ) -> list[JournalEntry | Held | None]:
        self.claims += 1
        if self.claims == 2:
            raise OSError("disk full")
        self.stored += done
        return [None] * len(entries)

    async def renew(self, lease: Lease, done: Sequence[JournalEntry] = ()) -> bool:
        self.stored += done
        return True

    async def release(self, lease: Lease, done: Sequence[JournalEntry] = ()) -> None:
        self.stored += done

    async def record(self, entries: Sequence[JournalEntry]) -> None:
        self.stored += entries

    async def aclose(self) -> None:
        pass


class ByRecipient:
    def intent(self, item: Mapping[str, Any], salt: bytes) -> str:
        return str(item["to"])

    async def settle(self, resource: Any, entry: JournalEntry, salt: bytes) -> None:
        raise AssertionError("nothing to look up")


async def test_outcomes_a_failed_claim_did_not_store_are_stored_at_the_end() -> None:
    journal = FailingJournal()
    campaign = Campaign(
        journal, ByRecipient(), None, lambda index, item: str(index), batch=1, in_flight=5.0
    )
    await campaign.start()
    source = iter([(0, {"to": "+15550000000"}), (1, {"to": "+15550000001"})])

    async def take(count: int) -> list[tuple[int, Any]]:
        return list(itertools.islice(source, count))

    claimed = await campaign.take(take)
    assert claimed is not None
    campaign.finish(claimed[2], type("Sent", (), {"sid": "SM0"})())
    with pytest.raises(OSError, match="disk full"):
        await campaign.take(take)
    await campaign.close(None)
    assert [(entry.key, entry.state, entry.sid) for entry in journal.stored] == [("0", SENT, "SM0")]


def test_redis_entries_keep_every_field() -> None:
    entry = JournalEntry(
        key="k",
        state=FAILED,
        intent='["+15550000000", "MG123", "d"]',
        intended_at=12.5,
        owner="run",
        sid="SM1",
        code=21211,
        detail="unsubscribed",
    )
    assert _load(_dump(entry)) == entry
