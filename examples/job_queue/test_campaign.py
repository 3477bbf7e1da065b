"""The job-queue example end to end: a real redis-server, three arq worker processes, the
fake Twilio on a socket with a concurrency cap."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from twilio_async.redis import RedisJournal
from twilio_async.testing import FakeTwilio
from twilio_async.testing._redis_server import RedisServer, redis_server

REPO = Path(__file__).resolve().parents[2]
SENDER = "+15017122661"


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


async def journal_states(url: str, campaign: str) -> Counter[str]:
    journal = RedisJournal(url, campaign)
    try:
        return Counter(entry.state for entry in (await journal.entries()).values())
    finally:
        await journal.aclose()


def test_three_workers_send_one_campaign_once_within_the_cap(
    redis: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeTwilio(max_concurrency=8, latency=0.01, record_requests=False)
    recipients = [f"+1555{i:07d}" for i in range(240)]
    with fake.run_in_thread() as url:
        env = {
            **os.environ,
            "REDIS_URL": redis.url,
            "TWILIO_ACCOUNT_SID": fake.account_sid,
            "TWILIO_AUTH_TOKEN": fake.auth_token,
            "TWILIO_FROM": SENDER,
            "TWILIO_BASE_URL": url,
        }
        monkeypatch.setenv("REDIS_URL", redis.url)
        from examples.job_queue.campaign import enqueue_campaign

        jobs = anyio.run(enqueue_campaign, "spring", "Spring sale!", recipients, 30)
        assert jobs == 8
        # Enqueuing again (a retried deploy step) adds nothing: job ids are stable.
        assert anyio.run(enqueue_campaign, "spring", "Spring sale!", recipients, 30) == 8
        command = [sys.executable, "-m", "arq", "examples.job_queue.campaign.WorkerSettings"]
        workers = [
            subprocess.Popen([*command, "--burst"], cwd=REPO, env=env, stderr=subprocess.PIPE)
            for _ in range(3)
        ]
        for worker in workers:
            _, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err.decode()[-2000:]
    sent = Counter(message.to for message in fake.messages)
    assert sorted(sent) == recipients
    assert set(sent.values()) == {1}
    assert fake.stats.max_in_flight <= 8
    assert anyio.run(journal_states, redis.url, "spring") == {"sent": 240}
