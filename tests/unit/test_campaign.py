"""A Campaign and another run of it in one process (SQLiteJournal, the fake in-process):
waiting for an item a live run holds, giving up after busy_timeout, and stopping when the
lease cannot be renewed."""

from __future__ import annotations

import logging
from pathlib import Path

import anyio
import attrs
import pytest

from twilio_async import (
    CampaignBusyError,
    CampaignLeaseLostError,
    JournalEntry,
    Message,
    Skipped,
    SQLiteJournal,
)
from twilio_async._campaign_messages import MESSAGES
from twilio_async._journal import PENDING, SENT, Lease
from twilio_async.testing import FakeTwilio

SENDER = "+15017122661"
ITEMS = [{"to": f"+1555{i:07d}", "from_": SENDER, "body": f"item {i}"} for i in range(3)]


async def held_by_another_run(path: Path) -> tuple[SQLiteJournal, Lease, JournalEntry]:
    """A live run of the campaign that claimed item 1 (key "1") and has not settled it."""
    other = SQLiteJournal(path, "spring")
    lease = Lease(owner="other", seconds=600.0, in_flight=5.0)
    salt = await other.open(lease)
    entry = JournalEntry(
        key="1", state=PENDING, intent=MESSAGES.intent(ITEMS[1], salt), owner="other"
    )
    assert await other.claim(lease, [entry]) == [None]
    return other, lease, entry


async def test_an_item_a_live_run_holds_is_reported_busy_after_busy_timeout(
    tmp_path: Path,
) -> None:
    other, _, _ = await held_by_another_run(tmp_path / "j.db")
    fake = FakeTwilio()
    journal = SQLiteJournal(tmp_path / "j.db", "spring", busy_timeout=0)
    async with fake.client() as client:
        result = await client.messages.create_many(ITEMS, journal=journal)
    await journal.aclose()
    await other.aclose()
    assert isinstance(result[0], Message)
    assert isinstance(result[2], Message)
    busy = result[1]
    assert isinstance(busy, CampaignBusyError)
    assert "'1'" in str(busy)
    assert "lease is live" in str(busy)
    assert result.summary.unsettled == 1
    assert sorted(m.body for m in fake.messages) == ["item 0", "item 2"]  # not item 1


async def test_a_run_waits_for_the_live_run_to_settle_what_it_holds(tmp_path: Path) -> None:
    other, lease, entry = await held_by_another_run(tmp_path / "j.db")
    fake = FakeTwilio()
    journal = SQLiteJournal(tmp_path / "j.db", "spring", lease_seconds=3.0)
    waiting = anyio.Event()

    class Seen(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "claimed by another run" in record.getMessage():
                waiting.set()

    logger = logging.getLogger("twilio_async.campaign")
    logger.addHandler(seen := Seen())
    try:
        async with fake.client() as client, anyio.create_task_group() as tasks:

            async def the_other_run_finishes() -> None:
                await waiting.wait()
                await other.release(lease, [attrs.evolve(entry, state=SENT, sid="SMother")])

            tasks.start_soon(the_other_run_finishes)
            with anyio.fail_after(30):
                result = await client.messages.create_many(ITEMS, journal=journal)
    finally:
        logger.removeHandler(seen)
    await journal.aclose()
    await other.aclose()
    assert result[1] == Skipped(key="1", state=SENT, sid="SMother")
    assert sorted(m.body for m in fake.messages) == ["item 0", "item 2"]


async def test_a_run_that_cannot_renew_its_lease_stops_before_sending(tmp_path: Path) -> None:
    # A lease of a microsecond has expired by the time the first item is about to be sent:
    # the run renews first, the journal refuses, and nothing goes out.
    fake = FakeTwilio()
    journal = SQLiteJournal(tmp_path / "j.db", "spring", lease_seconds=1e-6)
    async with fake.client() as client:
        with pytest.raises(CampaignLeaseLostError, match="lease expired"):
            await client.messages.create_many(ITEMS, journal=journal)
    await journal.aclose()
    assert fake.messages == []
