"""Fixtures for FastTransport tests against a real HTTP/1.1 server on 127.0.0.1 (see
``_harness``: every test using ``h1`` runs on asyncio and on trio)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.h1._harness import BACKENDS, H1
from tests.integration.h1._server import server_in_thread


@pytest.fixture(params=BACKENDS)
def h1(request: pytest.FixtureRequest) -> Iterator[H1]:
    """The harness of one test, once per backend, with a fresh server."""
    with server_in_thread() as server:
        yield H1(request.param, server)
