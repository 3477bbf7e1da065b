"""Fixtures for FastTransport tests against a real HTTP/1.1 server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from tests.integration.h1._server import H1TestServer
from twilio_async._transports import FastTransport


@pytest.fixture
async def server() -> AsyncIterator[H1TestServer]:
    async with H1TestServer() as running:
        yield running


@pytest.fixture
async def make_transport() -> AsyncIterator[Callable[..., FastTransport]]:
    """Build transports (max_connections=10 unless given) that are closed after the test."""
    made: list[FastTransport] = []

    def make(**options: Any) -> FastTransport:
        options.setdefault("max_connections", 10)
        transport = FastTransport(**options)
        made.append(transport)
        return transport

    yield make
    for transport in made:
        await transport.aclose()


@pytest.fixture
async def client(
    server: H1TestServer, make_transport: Callable[..., FastTransport]
) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client on a FastTransport, pointed at ``server``."""
    async with httpx.AsyncClient(transport=make_transport(), base_url=server.url) as http:
        yield http
