"""Fixtures for the multi-process tests: a real redis-server, the fake Twilio on a socket,
and worker processes that send through a RedisLimiter."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.requests import Request

from twilio_async.testing._redis_server import RedisServer, redis_server

WORKER = Path(__file__).with_name("_worker.py")


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    """A redis-server of this test's own on a free 127.0.0.1 port, stopped after."""
    with redis_server() as server:
        yield server


class Arrivals:
    """A delay hook for the fake: the test thread waits until ``n`` requests arrived
    (``reached``), or any later count (``at(count)``)."""

    def __init__(self, n: int) -> None:
        self.count = 0
        self._thresholds: list[tuple[int, threading.Event]] = []
        self.reached = self.at(n)

    def at(self, count: int) -> threading.Event:
        event = threading.Event()
        self._thresholds.append((count, event))
        if self.count >= count:
            event.set()
        return event

    async def __call__(self, request: Request) -> None:
        self.count += 1
        for count, event in self._thresholds:
            if self.count >= count:
                event.set()


@pytest.fixture
def key() -> str:
    """A limiter key of this test's own."""
    return f"test-{uuid.uuid4().hex[:8]}"


class Worker:
    """A sending process; ``wait_started()`` returns once its client is about to send."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), json.dumps(options)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_started(self) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.strip() == "STARTED", line + self.stderr()

    def stderr(self) -> str:
        return self.process.stderr.read() if self.process.stderr else ""

    def result(self, timeout: float = 60.0) -> dict[str, Any]:
        out, err = self.process.communicate(timeout=timeout)
        assert self.process.returncode == 0, err[-2000:]
        report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        return report
