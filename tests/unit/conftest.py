"""Fixtures for respx-mocked unit tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs
import pytest
import respx

from twilio_async import Client, RetryPolicy

ACCOUNT_SID = "AC" + "a" * 32
AUTH_TOKEN = "s3cr3t-token-value-0123456789abcd"
API = "https://api.twilio.com"
MESSAGES_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"

#: What a process that never sends should not load: httpx and its parts, anyio, our transport.
HTTP_STACK = (
    "httpx",
    "httpcore",
    "httptools",
    "anyio",
    "twilio_async._client",
    "twilio_async._transport",
    "twilio_async._session",
    "twilio_async._outgoing",
    "twilio_async._attempt_errors",
    "twilio_async._transports",
    "twilio_async._http",
)


def run_python(code: str) -> str:
    """Run ``code`` in a fresh interpreter (what is imported is per process); its stdout."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def message_path(sid: str) -> str:
    """Path of one message."""
    return f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json"


def message_json(index: int = 1, **overrides: Any) -> dict[str, Any]:
    """A Message body shaped like Twilio's (strings for counts, RFC 2822 dates)."""
    sid = f"SM{index:032x}"
    body: dict[str, Any] = {
        "account_sid": ACCOUNT_SID,
        "api_version": "2010-04-01",
        "body": "Hello",
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_sent": "Thu, 24 Aug 2023 05:01:46 +0000",
        "date_updated": "Thu, 24 Aug 2023 05:01:47 +0000",
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": "+15017122661",
        "messaging_service_sid": None,
        "num_media": "0",
        "num_segments": "1",
        "price": "-0.00750",
        "price_unit": "USD",
        "sid": sid,
        "status": "sent",
        "subresource_uris": {"media": message_path(sid).replace(".json", "/Media.json")},
        "to": "+15558675310",
        "uri": message_path(sid),
    }
    body.update(overrides)
    return body


def error_json(code: int, status: int, message: str = "boom") -> dict[str, Any]:
    """Twilio's error body."""
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


@attrs.define
class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    now: float = 1000.0
    sleeps: list[float] = attrs.Factory(list)

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def policy(self, **kwargs: Any) -> RetryPolicy:
        """A RetryPolicy on this fake time, deterministic jitter unless overridden."""
        kwargs.setdefault("random", lambda: 0.5)
        return RetryPolicy(clock=self.clock, sleep=self.sleep, **kwargs)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=API, assert_all_called=False) as router:
        yield router


@pytest.fixture
async def client(mock: respx.MockRouter, fake_time: FakeTime) -> AsyncIterator[Client]:
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy()) as c:
        yield c
