"""The ``Twilio-Request-Id`` on every record returned, and ``TWILIO_LOG``."""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import respx

from twilio_async import Client, Message
from twilio_async._logs import setup_from_env

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGES_PATH, message_json, message_path

RID = "RQ" + "1" * 32
PAGE_RID = "RQ" + "2" * 32
ROOT = Path(__file__).resolve().parents[2]


async def test_single_records_carry_the_request_id(client: Client, mock: respx.MockRouter) -> None:
    headers = {"Twilio-Request-Id": RID}
    mock.post(MESSAGES_PATH).respond(201, json=message_json(1), headers=headers)
    mock.get(message_path(f"SM{1:032x}")).respond(200, json=message_json(1), headers=headers)
    created = await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    fetched = await client.messages(f"SM{1:032x}").fetch()
    info = await client.messages(f"SM{1:032x}").fetch_with_http_info()
    assert created.twilio_request_id == fetched.twilio_request_id == RID
    assert info.data.twilio_request_id == RID
    # Not a field: equality, hashing and repr ignore it; hand-built records have none.
    identity = {"account_sid": created.account_sid, "date_created": created.date_created}
    assert Message(sid=created.sid, **identity) == Message(sid=created.sid, **identity)
    assert RID not in repr(created)
    assert Message(sid="SM1", **identity).twilio_request_id is None
    assert pickle.loads(pickle.dumps(created)).twilio_request_id is None


async def test_records_of_a_page_share_its_request_id(
    client: Client, mock: respx.MockRouter
) -> None:
    page = {"messages": [message_json(i) for i in range(3)], "next_page_uri": None}
    mock.get(MESSAGES_PATH).respond(200, json=page, headers={"Twilio-Request-Id": PAGE_RID})
    listed = await client.messages.list()
    streamed = [m async for m in client.messages.stream()]
    paged = await client.messages.page()
    for record in [*listed, *streamed, *paged]:
        assert record.twilio_request_id == PAGE_RID
    assert len(listed) == len(streamed) == len(paged.items) == 3


async def test_create_many_results_carry_their_own_request_ids(
    client: Client, mock: respx.MockRouter
) -> None:
    ids = iter(f"RQ{i:032d}" for i in range(3))
    mock.post(MESSAGES_PATH).mock(
        side_effect=lambda request: respx.MockResponse(
            201, json=message_json(1), headers={"Twilio-Request-Id": next(ids)}
        )
    )
    result = await client.messages.create_many(
        [{"to": "+15558675310", "from_": "+15017122661", "body": str(i)} for i in range(3)],
        max_in_flight=1,
    )
    assert sorted(r.twilio_request_id for r in result.results) == [  # type: ignore[union-attr]
        f"RQ{i:032d}" for i in range(3)
    ]


async def test_no_header_means_none(client: Client, mock: respx.MockRouter) -> None:
    mock.post(MESSAGES_PATH).respond(201, json=message_json(1))
    created = await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    assert created.twilio_request_id is None


def test_twilio_log_configures_the_logger_once() -> None:
    logger = logging.getLogger("twilio_async")
    handlers, level = list(logger.handlers), logger.level
    try:
        assert setup_from_env({"TWILIO_LOG": "INFO"}) == logging.INFO
        assert setup_from_env({"TWILIO_LOG": "debug"}) == logging.DEBUG
        added = [h for h in logger.handlers if h not in handlers]
        assert len(added) == 1  # set twice, one handler
        assert logger.level == logging.DEBUG
        assert setup_from_env({"TWILIO_LOG": ""}) is None
    finally:
        logger.handlers[:] = handlers
        logger.setLevel(level)


def test_twilio_log_rejects_an_unknown_level(capsys: pytest.CaptureFixture[str]) -> None:
    assert setup_from_env({"TWILIO_LOG": "verbose"}) is None
    assert "expected 'debug' or 'info'" in capsys.readouterr().err


PROBE = """
import asyncio, respx
from twilio_async import Client

async def main():
    with respx.mock(base_url="https://api.twilio.com") as mock:
        mock.post("{path}").respond(201, json={{"sid": "SM1", "account_sid": "{sid}",
                                           "date_created": "Thu, 24 Aug 2023 05:01:45 +0000"}},
                                     headers={{"Twilio-Request-Id": "{rid}"}})
        async with Client("{sid}", "{token}") as client:
            await client.messages.create(to="+15558675310", from_="+15017122661",
                                         body="private words")

asyncio.run(main())
"""


@pytest.mark.parametrize("level", ["info", "debug", ""])
def test_twilio_log_env_prints_one_line_per_response(level: str) -> None:
    code = PROBE.format(path=MESSAGES_PATH, rid=RID, sid=ACCOUNT_SID, token=AUTH_TOKEN)
    env = {**os.environ, "TWILIO_LOG": level}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    if not level:
        assert result.stderr == ""
        return
    (line,) = [line for line in result.stderr.splitlines() if "HTTP POST" in line]
    assert f"/Accounts/{ACCOUNT_SID}/Messages.json -> 201 (request id {RID}" in line
    assert "INFO" in line
    assert AUTH_TOKEN not in result.stderr
    assert "private words" not in result.stderr
