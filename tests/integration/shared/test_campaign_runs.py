"""Two runs of one campaign, as real processes, against the fake Twilio on a socket with
POSTs held in flight: with SQLiteJournal and with RedisJournal (a real redis-server), every
recipient gets exactly one message, whether the first run is alive (the second waits for
it) or killed with SIGKILL (the second takes its items over once its lease and in-flight
window have passed, and settles them by lookup)."""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from twilio_async.testing import FakeTwilio

from .conftest import Gate, Worker


@pytest.fixture(params=["sqlite", "redis"])
def journal_options(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, Any]:
    if request.param == "sqlite":
        return {"journal": str(tmp_path / "campaign.db")}
    return {"redis_journal": request.getfixturevalue("redis").url}


def options_for(fake: FakeTwilio, url: str, journal: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {
        "account_sid": fake.account_sid,
        "auth_token": fake.auth_token,
        "url": url,
        "campaign": "spring",
        "start": 0,
        **journal,
        **more,
    }


def recipient_index(form: dict[str, str]) -> int:
    return int(form["To"][-7:])


def test_a_second_run_waits_for_the_live_first_run_and_sends_only_the_rest(
    journal_options: dict[str, Any],
) -> None:
    total, in_flight = 80, 20
    first_group = 2 * in_flight  # a group is twice what is in flight
    # Run A claims items 0-39 in one group and its first 20 POSTs are held at the fake: in
    # flight (the other 20 wait for a free worker).
    gate = Gate(lambda _arrival, form: recipient_index(form) < in_flight)
    all_held = gate.held_at(in_flight)
    fake = FakeTwilio(delay_hook=gate, record_requests=False)
    with fake.run_in_thread() as url:
        options = options_for(
            fake, url, journal_options, count=total, max_in_flight=in_flight, journal_lease=5.0
        )
        first = Worker(options)
        assert all_held.wait(30)
        second = Worker(options)
        # B finds A's items claimed by a live run: it says so, and waits for them.
        waiting = second.wait_for("claimed by another run")
        assert f"{first_group} item(s)" in waiting
        assert "lease is live" in waiting
        assert all(recipient_index({"To": m.to}) >= first_group for m in list(fake.messages))
        gate.release()
        a, b = first.result(), second.result()
    bodies = Counter(message.body for message in fake.messages)
    assert bodies == Counter(f"item {i}" for i in range(total))  # each exactly once
    assert a["sent"] + b["sent"] == total
    assert a["sent"] >= first_group  # A's held items were A's to send, and only A's
    assert b["skipped"] >= first_group  # B reports them as sent by A
    assert a["unsettled"] == b["unsettled"] == a["failed"] == b["failed"] == 0


def test_a_run_killed_mid_campaign_is_resumed_at_once_and_settles_every_item(
    journal_options: dict[str, Any],
) -> None:
    total, before_kill, in_flight_at_kill = 2000, 260, 30
    dead = False

    def hold(arrival: int, _form: dict[str, str]) -> bool:
        # After 260 POSTs the fake holds the next 30 in flight (bodies read), and the run is
        # killed. They take effect after it died: when the resumed run sends its first POST,
        # so after any lookup of them it would make if it did not wait for the dead run's
        # lease and in-flight window.
        if dead:
            gate.release()
            return False
        return arrival > before_kill

    gate = Gate(hold)
    kill_now = gate.held_at(in_flight_at_kill)
    fake = FakeTwilio(latency=0.005, delay_hook=gate, record_requests=False)
    with fake.run_in_thread() as url:
        # A 3 s lease and a 2 s retry deadline (in-flight window 4 s) keep the wait short.
        options = options_for(
            fake, url, journal_options, count=total, journal_lease=3.0, deadline=2.0
        )
        doomed = Worker(options)
        assert kill_now.wait(60)
        doomed.process.send_signal(signal.SIGKILL)
        doomed.process.wait()
        dead = True
        resumed = Worker(options)  # at once: the dead run's lease is still live
        report = resumed.result(timeout=120)
    bodies = Counter(message.body for message in fake.messages)
    assert bodies == Counter(f"item {i}" for i in range(total))  # every item exactly once
    assert report["unsettled"] == 0
    assert report["failed"] == 0
    assert report["sent"] + report["skipped"] == total
    assert report["skipped"] >= before_kill + in_flight_at_kill
    # The wait for the dead run was visible.
    logged = "".join(resumed.lines)
    assert "claimed by another run" in logged
