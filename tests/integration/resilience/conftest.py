"""Fixtures for resilience tests: a fault-injecting fake Twilio on a real socket.

Why ``run_async`` rather than ``@pytest.mark.anyio``: with pytest-asyncio in auto mode (this
project's setting), pytest-asyncio takes every ``async def`` test, including anyio-marked
ones, and runs it on asyncio; an ``anyio_backend`` parametrized with ``"trio"`` then runs on
asyncio without a word. A sync test that calls ``run_async(scenario)`` really runs on each
backend.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

import anyio
import pytest

from tests.integration.resilience._faultserver import FaultServer

T = TypeVar("T")

BACKENDS = ("asyncio", "trio")
"""The async libraries the client must work on."""


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A running :class:`FaultServer`: default credentials, plan ``ok``, no service time, no cap.

    Configure it in the test (``fault_server.plan = ...``); if the server failed internally
    (a plan raised, for instance), the test errors at teardown.
    """
    server = FaultServer()
    with server.running():
        yield server


class BackendRunner:
    """Runs an async scenario to completion on one async library (``anyio.run``)."""

    def __init__(self, backend: str) -> None:
        self.backend = backend

    def __call__(self, scenario: Callable[[], Awaitable[T]]) -> T:
        """Run ``scenario()`` in a fresh event loop of :attr:`backend` and return its result."""
        return anyio.run(scenario, backend=self.backend)


@pytest.fixture(params=BACKENDS)
def run_async(request: pytest.FixtureRequest) -> BackendRunner:
    """Parametrizes a sync test over asyncio and trio; call it with a no-argument coroutine."""
    backend: str = request.param
    return BackendRunner(backend)
