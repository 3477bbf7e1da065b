"""Fixtures for the fake Twilio's tests: every response they see is checked against the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.integration.fake._helpers import checked_client
from tests.integration.fake._spec_check import SpecChecker
from twilio_async.testing import FakeTwilio


@pytest.fixture(scope="session")
def spec_checker() -> SpecChecker:
    """The spec checker shared by the session (loading the spec once)."""
    return SpecChecker()


@pytest.fixture
def fake() -> FakeTwilio:
    """A fake with default settings and test credentials."""
    return FakeTwilio()


@pytest.fixture
async def api(fake: FakeTwilio, spec_checker: SpecChecker) -> AsyncIterator[httpx.AsyncClient]:
    """An authenticated, spec-checked httpx client for ``fake``."""
    async with checked_client(fake, spec_checker) as client:
        yield client
