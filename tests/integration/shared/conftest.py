"""Fixtures for the multi-process tests: a real redis-server, the fake Twilio on a socket,
and worker processes that send through a RedisLimiter."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

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


class Gate:
    """A delay hook that holds chosen create requests at the fake until ``release()``.

    A held request's body is read first, so the fake creates its message when released
    even if the client is gone by then: a POST that reaches Twilio after its sender died.
    ``hold(arrival, form)`` chooses (``arrival`` counts POSTs from 1); ``held_at(n)`` is a
    thread event set once ``n`` requests are held.
    """

    def __init__(self, hold: Callable[[int, dict[str, str]], bool]) -> None:
        self._hold = hold
        self.arrivals = 0
        self.held = 0
        self._thresholds: list[tuple[int, threading.Event]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._open: asyncio.Event | None = None

    def held_at(self, count: int) -> threading.Event:
        event = threading.Event()
        self._thresholds.append((count, event))
        return event

    def release(self) -> None:
        if self._loop is not None and self._open is not None:
            self._loop.call_soon_threadsafe(self._open.set)

    async def __call__(self, request: Request) -> None:
        if request.method != "POST":
            return
        body = await request.body()
        form = {name: values[0] for name, values in parse_qs(body.decode()).items()}
        self.arrivals += 1
        if not self._hold(self.arrivals, form):
            return
        if self._open is None:
            self._loop, self._open = asyncio.get_running_loop(), asyncio.Event()
        self.held += 1
        for count, event in self._thresholds:
            if self.held >= count:
                event.set()
        await self._open.wait()


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
        self.lines: list[str] = []

    def wait_started(self) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.strip() == "STARTED", line + self.stderr()

    def wait_for(self, text: str) -> str:
        """The first line of the worker's output containing ``text`` (lines before it are
        kept in ``lines``)."""
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            if text in line:
                return line
        raise AssertionError(f"the worker ended without printing {text!r}: " + self.stderr())

    def stderr(self) -> str:
        return self.process.stderr.read() if self.process.stderr else ""

    def result(self, timeout: float = 60.0) -> dict[str, Any]:
        out, err = self.process.communicate(timeout=timeout)
        assert self.process.returncode == 0, err[-2000:]
        self.lines += out.splitlines(keepends=True)
        report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        return report
