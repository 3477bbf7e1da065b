"""The claim rule, run by both journals (SQLite in Python, Redis in Lua on a real
redis-server) and checked against ``claim_rule``: an item another run owns is never handed
out while that run's lease is live or its in-flight window runs; past both, it is taken
over; a run taken over cannot overwrite its successor's outcome.

Leases that have already expired are made by starting them with a negative length, so
nothing here waits for time to pass."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import attrs
import pytest

from twilio_async import JournalEntry, SQLiteJournal
from twilio_async._journal import (
    FAILED,
    PENDING,
    RETRY,
    SENT,
    UNKNOWN,
    Held,
    Lease,
    claim_rule,
)
from twilio_async.redis import RedisJournal


@pytest.fixture(params=["sqlite", "redis"])
async def journal(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        opened: Any = SQLiteJournal(tmp_path / "j.db", campaign="c")
    else:
        opened = RedisJournal(request.getfixturevalue("redis").url, campaign="c")
    yield opened
    await opened.aclose()


async def entries_of(journal: Any) -> dict[str, JournalEntry]:
    found = journal.entries()
    return found if isinstance(found, dict) else await found


def intent(key: str, owner: str, *, what: str = "same") -> JournalEntry:
    return JournalEntry(key=key, state=PENDING, intent=what, intended_at=1.0, owner=owner)


async def started(journal: Any, owner: str, seconds: float, in_flight: float) -> Lease:
    lease = Lease(owner=owner, seconds=seconds, in_flight=in_flight)
    await journal.open(lease)
    return lease


async def test_items_of_a_live_run_are_held(journal: Any) -> None:
    a = await started(journal, "a", 60.0, 5.0)
    b = await started(journal, "b", 60.0, 5.0)
    assert await journal.claim(a, [intent("k", "a")]) == [None]
    [answer] = await journal.claim(b, [intent("k", "b")])
    assert isinstance(answer, Held)
    assert answer.wait is None  # alive: no end in sight
    assert answer.entry.owner == "a"
    assert (await entries_of(journal))["k"].owner == "a"
    # The rule the journals implement says the same.
    expected, write = claim_rule(answer.entry, intent("k", "b"), "b", (time.time() + 60, 5.0), 0)
    assert isinstance(expected, Held)
    assert write is None


async def test_a_dead_run_holds_its_items_until_its_in_flight_window_passed(journal: Any) -> None:
    dead = await started(journal, "dead", -1.0, 3600.0)  # expired a second ago
    b = await started(journal, "b", 60.0, 5.0)
    await journal.claim(dead, [intent("k", "dead")])
    [answer] = await journal.claim(b, [intent("k", "b")])
    assert isinstance(answer, Held)
    assert answer.wait is not None
    assert 3590 < answer.wait <= 3599.5
    assert (await entries_of(journal))["k"].owner == "dead"


async def test_a_run_gone_for_good_is_taken_over_and_cannot_write_over_its_successor(
    journal: Any,
) -> None:
    gone = await started(journal, "gone", -10.0, 5.0)  # lease and window both passed
    b = await started(journal, "b", 60.0, 5.0)
    await journal.claim(gone, [intent("k", "gone")])
    [answer] = await journal.claim(b, [intent("k", "b")])
    assert isinstance(answer, JournalEntry)
    assert (answer.state, answer.owner) == (PENDING, "gone")  # what b must settle
    assert (await entries_of(journal))["k"].owner == "b"
    # The old run wakes up and reports an outcome: it no longer owns the item.
    late = attrs.evolve(intent("k", "gone"), state=SENT, sid="SMlate")
    await journal.release(gone, [late])
    ours = attrs.evolve(intent("k", "b"), state=SENT, sid="SMours")
    await journal.release(b, [ours])
    assert (await entries_of(journal))["k"].sid == "SMours"


async def test_an_expired_lease_is_not_renewed(journal: Any) -> None:
    live = await started(journal, "live", 60.0, 5.0)
    expired = await started(journal, "expired", -1.0, 5.0)
    assert await journal.renew(live) is True
    assert await journal.renew(expired) is False
    assert await journal.renew(Lease(owner="never-started", seconds=60.0, in_flight=5.0)) is False


@pytest.mark.parametrize(
    ("stored_state", "same_intent", "expected_write"),
    [
        (SENT, True, False),
        (FAILED, True, False),
        (RETRY, True, True),
        (UNKNOWN, False, False),
        (PENDING, False, False),
    ],
)
async def test_settled_mismatched_and_retry_items(
    journal: Any, stored_state: str, same_intent: bool, expected_write: bool
) -> None:
    a = await started(journal, "a", -10.0, 0.0)
    b = await started(journal, "b", 60.0, 5.0)
    stored = attrs.evolve(intent("k", "a"), state=stored_state)
    await journal.record([stored])
    mine = intent("k", "b", what="same" if same_intent else "another list")
    [answer] = await journal.claim(b, [mine])
    expected, write = claim_rule(stored, mine, "b", (time.time() - 10, 0.0), time.time())
    assert answer == expected == stored
    assert (write is not None) == expected_write
    assert (await entries_of(journal))["k"].owner == ("b" if expected_write else "a")
    del a


async def test_a_key_twice_in_one_claim_is_claimed_once(journal: Any) -> None:
    a = await started(journal, "a", 60.0, 5.0)
    answers = await journal.claim(a, [intent("k", "a"), intent("j", "a"), intent("k", "a")])
    assert answers[:2] == [None, None]
    assert isinstance(answers[2], JournalEntry)
    assert (answers[2].state, answers[2].owner) == (PENDING, "a")  # the run's own claim


async def test_an_item_claimed_again_by_its_own_run_is_not_rewritten(journal: Any) -> None:
    a = await started(journal, "a", 60.0, 5.0)
    await journal.claim(a, [intent("k", "a")])
    await journal.claim(a, (), [attrs.evolve(intent("k", "a"), state=RETRY)])
    [answer] = await journal.claim(a, [intent("k", "a")])
    assert isinstance(answer, JournalEntry)
    assert answer.state == RETRY  # reported, not claimed again: the key repeats in one run
