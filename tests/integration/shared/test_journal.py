"""Campaign journals: a resumed create_many skips what was settled, retries what is safe to
retry, looks up what may have been sent, and never sends a message twice."""

from __future__ import annotations

import signal
import time
from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import pytest

from twilio_async import (
    CampaignUnsettledError,
    JournalEntry,
    Message,
    Skipped,
    SQLiteJournal,
    TwilioAPIError,
)
from twilio_async._journal import PENDING, digest
from twilio_async.redis import RedisJournal
from twilio_async.testing import FakeTwilio
from twilio_async.testing._redis_server import RedisServer

from .conftest import Arrivals, Worker

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
        return lambda: SQLiteJournal(tmp_path / "campaign.db", campaign="spring")
    redis: RedisServer = request.getfixturevalue("redis")
    return lambda: RedisJournal(redis.url, campaign="spring")


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


async def test_items_in_flight_at_a_crash_are_looked_up_first(journal_factory: Any) -> None:
    fake = FakeTwilio()
    journal = journal_factory()
    now = time.time()
    batch = items(3)

    def pending(i: int) -> JournalEntry:
        return JournalEntry(
            key=str(i),
            state=PENDING,
            to=batch[i]["to"],
            sender=SENDER,
            digest=digest(batch[i]["body"]),
            intended_at=now,
        )

    async with fake.client() as client:
        # Item 0 reached Twilio before the crash; item 1 did not; item 2's recipient got
        # another message since, which cannot be told apart from it.
        sent_before = await client.messages.create(**batch[0])
        await client.messages.create(to=batch[2]["to"], from_=SENDER, body="something else")
        await journal.record([pending(0), pending(1), pending(2)])
        resumed = await client.messages.create_many(batch, journal=journal)
    await journal.aclose()
    first = resumed[0]
    assert isinstance(first, Skipped)
    assert first.sid == sent_before.sid
    assert isinstance(resumed[1], Message)
    assert isinstance(resumed[2], CampaignUnsettledError)
    assert resumed.summary.unsettled == 1
    assert Counter(m.body for m in fake.messages) == Counter(["item 0", "item 1", "something else"])


def test_a_campaign_killed_mid_run_resumes_without_duplicates(tmp_path: Path) -> None:
    total = 2000
    arrivals = Arrivals(600)
    fake = FakeTwilio(latency=0.005, delay_hook=arrivals, record_requests=False)
    with fake.run_in_thread() as url:
        options = {
            "account_sid": fake.account_sid,
            "auth_token": fake.auth_token,
            "url": url,
            "journal": str(tmp_path / "campaign.db"),
            "start": 0,
            "count": total,
        }
        doomed = Worker(options)
        assert arrivals.reached.wait(60)
        doomed.process.send_signal(signal.SIGKILL)
        doomed.process.wait()
        sent_before = len(fake.messages)
        assert 0 < sent_before < total
        resumed = Worker(options).result()
    bodies = Counter(message.body for message in fake.messages)
    assert set(bodies.values()) == {1}  # nothing twice
    # Everything sent, except items reported unsettled (none expected with this fake).
    assert len(bodies) + resumed["unsettled"] == total
    # What the killed run sent (also requests the fake finished after the kill) is skipped,
    # recorded or found by a lookup, and never sent again.
    assert resumed["sent"] + resumed["skipped"] + resumed["unsettled"] == total
    assert resumed["skipped"] >= sent_before
