"""GUIDE section 1, unchanged, against a respx mock (env credentials)."""

from __future__ import annotations

import pytest
import respx

from twilio_async import Client, Message

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGES_PATH, message_json, message_path

SID = f"SM{1:032x}"


async def test_guide_section_one(monkeypatch: pytest.MonkeyPatch, mock: respx.MockRouter) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    media_path = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{SID}/Media.json"
    mock.post(MESSAGES_PATH).respond(201, json=message_json(1))
    mock.get(message_path(SID)).respond(200, json=message_json(1))
    mock.post(message_path(SID)).respond(200, json=message_json(1, body=""))
    mock.delete(message_path(SID)).respond(204)
    mock.get(media_path).respond(200, json={"media_list": [], "next_page_uri": None})
    mock.get(MESSAGES_PATH).respond(
        200, json={"messages": [message_json(i) for i in range(3)], "next_page_uri": None}
    )
    printed: list[tuple[object, ...]] = []

    def print(*args: object) -> None:
        printed.append(args)

    # --- the snippet ---
    async with Client() as client:
        msg: Message = await client.messages.create(
            to="+15558675310", from_="+15017122661", body="Hello"
        )
        msg = await client.messages(msg.sid).fetch()
        msg = await client.messages(msg.sid).update(body="")  # redact
        await client.messages(msg.sid).delete()
        async for m in client.messages.stream(to="+15558675310", page_size=100, limit=500):
            print(m.sid, m.status)
        recent = await client.messages.list(limit=20)
        page = await client.messages.page(page_size=50)  # page.items, await page.next_page()
        media = await client.messages(msg.sid).media.list()
    # --- end ---
    assert msg.body == ""
    assert len(printed) == 3
    assert len(recent) == 3
    assert len(page.items) == 3
    assert media == []
    assert client.closed
