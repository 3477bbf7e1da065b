"""Campaign journals: a resumed create_many skips what was settled, retries what is safe to
retry, looks up what may have been sent, and never sends a message twice."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import anyio
import orjson
import pytest

from twilio_async import (
    CampaignMismatchError,
    CampaignUnsettledError,
    JournalEntry,
    Message,
    Skipped,
    SQLiteJournal,
    TwilioAPIError,
)
from twilio_async._campaign_messages import MESSAGES
from twilio_async._journal import PENDING, Lease
from twilio_async.redis import RedisJournal
from twilio_async.testing import FakeClock, FakeTwilio
from twilio_async.testing._redis_server import RedisServer

SENDER = "+15017122661"


def items(n: int, *, bad: int | None = None) -> list[dict[str, str]]:
    return [
        {
            "to": "+15005550001" if i == bad else f"+1555{i:07d}",
            "from_": SENDER,
            "body": f"item {i}",
        }
        for i in range(n)
    ]


@pytest.fixture(params=["sqlite", "redis"])
def journal_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        return lambda campaign="spring": SQLiteJournal(tmp_path / f"{campaign}.db", campaign)
    redis: RedisServer = request.getfixturevalue("redis")
    return lambda campaign="spring": RedisJournal(redis.url, campaign=campaign)


async def entries_of(journal: Any) -> dict[str, JournalEntry]:
    found = journal.entries()
    return found if isinstance(found, dict) else await found


async def test_a_second_run_sends_nothing_that_was_settled(journal_factory: Any) -> None:
    fake = FakeTwilio()
    journal = journal_factory()
    async with fake.client() as client:
        first = await client.messages.create_many(items(20, bad=3), journal=journal)
        assert first.summary.sent == 19
        assert isinstance(first[3], TwilioAPIError)
        again = await client.messages.create_many(items(20, bad=3), journal=journal)
    await journal.aclose()
    assert len(fake.messages) == 19
    assert again.summary.sent == 0
    assert again.summary.skipped == 20
    assert all(isinstance(result, Skipped) for result in again)
    skipped_sent = again[0]
    assert isinstance(skipped_sent, Skipped)
    assert isinstance(first[0], Message)
    assert skipped_sent.sid == first[0].sid
    failed = again[3]
    assert isinstance(failed, Skipped)
    assert (failed.state, failed.code) == ("failed", 21211)


async def test_items_failed_safely_are_sent_again(journal_factory: Any) -> None:
    fake = FakeTwilio(max_concurrency=1, latency=0.01)
    journal = journal_factory()
    async with fake.client(retry=None) as client:  # no retries: 429s end as failures
        first = await client.messages.create_many(items(6), journal=journal, max_in_flight=6)
        refused = first.summary.failed
        assert refused > 0
        with anyio.fail_after(30):  # one worker, more claimed items than its window: no stall
            again = await client.messages.create_many(items(6), journal=journal, max_in_flight=1)
    await journal.aclose()
    assert again.summary.sent == refused
    assert again.summary.skipped == 6 - refused
    assert Counter(m.body for m in fake.messages) == Counter(f"item {i}" for i in range(6))


async def seed_pending(journal: Any, batch: list[dict[str, str]], at: float) -> None:
    """What a run that died with these items in flight left in the journal (no live owner)."""
    salt = await journal.open(Lease(owner="seed", seconds=-10.0, in_flight=0.0))
    await journal.record(
        [
            JournalEntry(
                key=str(i), state=PENDING, intent=MESSAGES.intent(item, salt), intended_at=at
            )
            for i, item in enumerate(batch)
        ]
    )


async def test_items_in_flight_at_a_crash_are_looked_up_first(journal_factory: Any) -> None:
    fake = FakeTwilio()
    journal = journal_factory()
    batch = items(3)
    async with fake.client() as client:
        # Item 0 reached Twilio before the crash; item 1 did not; item 2's recipient got
        # another message from the same sender since, which cannot be told apart from it.
        await seed_pending(journal, batch, time.time())
        sent_before = await client.messages.create(**batch[0])
        await client.messages.create(to=batch[2]["to"], from_=SENDER, body="something else")
        resumed = await client.messages.create_many(batch, journal=journal)
    await journal.aclose()
    first = resumed[0]
    assert isinstance(first, Skipped)
    assert first.sid == sent_before.sid
    assert isinstance(resumed[1], Message)
    assert isinstance(resumed[2], CampaignUnsettledError)
    assert resumed.summary.unsettled == 1
    assert Counter(m.body for m in fake.messages) == Counter(["item 0", "item 1", "something else"])


async def test_a_lookup_only_counts_this_attempt(journal_factory: Any) -> None:
    # Someone else's identical message 200 s before the intent is not this item's attempt
    # (it was within the 300 s the lookup used to allow), and a message from another
    # sender since cannot be it either: both items are sent, neither skipped nor unsettled.
    clock = FakeClock(datetime.now(timezone.utc) - timedelta(seconds=200))
    fake = FakeTwilio(clock=clock)
    journal = journal_factory()
    batch = items(2)
    async with fake.client() as client:
        await client.messages.create(**batch[0])  # 200 s ago
        clock.advance(200)
        await seed_pending(journal, batch, time.time())
        await client.messages.create(to=batch[1]["to"], from_="+15005550006", body="other sender")
        resumed = await client.messages.create_many(batch, journal=journal)
    await journal.aclose()
    assert [type(result) for result in resumed] == [Message, Message]
    assert resumed.summary.skipped == resumed.summary.unsettled == 0
    assert Counter(m.body for m in fake.messages) == Counter(
        ["item 0", "item 0", "item 1", "other sender"]
    )


async def test_a_key_repeated_in_the_items_is_sent_once(journal_factory: Any) -> None:
    # The README's "one message per recipient": keyed by recipient, 20 recipients each
    # twice, repeats both in one claim group and across groups.
    fake = FakeTwilio()
    journal = journal_factory()
    recipients = [f"+1555{i:07d}" for i in range(20)]
    batch = [{"to": to, "from_": SENDER, "body": "sale"} for to in recipients + recipients[::-1]]
    async with fake.client() as client:
        result = await client.messages.create_many(
            batch, journal=journal, key=lambda item: item["to"], max_in_flight=8
        )
    await journal.aclose()
    assert Counter(m.to for m in fake.messages) == Counter(recipients)  # once each
    assert result.summary.sent == 20
    assert result.summary.skipped == 20
    firsts = {r.to: r.sid for r in result[:20] if isinstance(r, Message)}
    for repeat in result[20:]:
        assert isinstance(repeat, Skipped)
        assert (repeat.state, repeat.sid) == ("sent", firsts[repeat.key])


async def test_a_different_list_under_the_same_campaign_is_a_mismatch(
    journal_factory: Any,
) -> None:
    fake = FakeTwilio()
    journal = journal_factory()
    async with fake.client() as client:
        await client.messages.create_many(items(3), journal=journal)
        changed = items(3)
        changed[1] = {"to": "+15559999999", "from_": SENDER, "body": "another list"}
        changed[2] = {**changed[2], "body": "item 2, reworded"}
        again = await client.messages.create_many(changed, journal=journal)
    await journal.aclose()
    assert isinstance(again[0], Skipped)
    for index in (1, 2):
        error = again[index]
        assert isinstance(error, CampaignMismatchError)
        assert error.key == str(index)
        assert repr(str(index)) in str(error)
    assert again.summary.failed == 2
    assert len(fake.messages) == 3  # nothing sent for the mismatched items


async def test_bodies_are_stored_as_keyed_digests(journal_factory: Any) -> None:
    fake = FakeTwilio()
    first, second = journal_factory(), journal_factory(campaign="autumn")
    code = "Your code is 4242"
    async with fake.client() as client:
        for journal in (first, second):
            await client.messages.create_many(
                [{"to": "+15550000001", "from_": SENDER, "body": code}], journal=journal
            )
    stored = [await entries_of(journal) for journal in (first, second)]
    for journal in (first, second):
        await journal.aclose()
    intents = [orjson.loads(entries["0"].intent) for entries in stored]
    unsalted = hashlib.sha256(code.encode()).hexdigest()
    for to, sender, body in intents:
        assert (to, sender) == ("+15550000001", SENDER)
        assert len(body) == 32
        assert body not in unsalted  # not the plain SHA-256 (or a prefix of it)
        assert code not in body
    assert intents[0][2] != intents[1][2]  # another journal, another salt
