"""The client on trio (through anyio): a few end-to-end calls.

pytest-asyncio (auto mode) owns ``async def`` tests, so these are sync tests that run
their body with ``anyio.run(..., backend="trio")``.
"""

from __future__ import annotations

from pathlib import Path

import anyio
import respx
import sniffio

from twilio_async import Client, RetryPolicy, SQLiteJournal
from twilio_async.testing import FakeTwilio

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGES_PATH, error_json, message_json


def test_create_list_and_retry_on_trio(mock: respx.MockRouter) -> None:
    anyio.run(_create_list_and_retry, mock, backend="trio")


async def _create_list_and_retry(mock: respx.MockRouter) -> None:
    assert sniffio.current_async_library() == "trio"
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    create = mock.post(MESSAGES_PATH).mock(
        side_effect=[
            respx.MockResponse(429, json=error_json(20429, 429)),
            respx.MockResponse(201, json=message_json(1)),
        ]
    )
    mock.get(MESSAGES_PATH).respond(
        200, json={"messages": [message_json(i) for i in range(3)], "next_page_uri": None}
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=RetryPolicy(sleep=sleep)) as client:
        msg = await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")
        assert msg.sid == f"SM{1:032x}"
        assert len([m async for m in client.messages.stream(limit=2)]) == 2
    assert create.call_count == 2
    assert len(sleeps) == 1


def test_a_journaled_campaign_on_trio(tmp_path: Path) -> None:
    anyio.run(_journaled_campaign, tmp_path, backend="trio")


async def _journaled_campaign(tmp_path: Path) -> None:
    # The campaign's lease keep-alive, its events and SQLite's worker thread, on trio.
    fake = FakeTwilio()
    journal = SQLiteJournal(tmp_path / "j.db")
    items = [{"to": f"+1555{i:07d}", "from_": "+15017122661", "body": "x"} for i in range(30)]
    async with fake.client() as client:
        first = await client.messages.create_many(
            items + items, journal=journal, key=lambda item: item["to"]
        )
        again = await client.messages.create_many(items, journal=journal, key=lambda i: i["to"])
    await journal.aclose()
    assert (first.summary.sent, first.summary.skipped, again.summary.skipped) == (30, 30, 30)
    assert len(fake.messages) == 30
