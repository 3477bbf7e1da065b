"""A smoke run of the client under another Python (3.13, 3.14, free-threaded builds).

Run by ``test_other_pythons.py`` with each interpreter ``make other-pythons`` found, in a
venv holding only the package, pytest and pytest-asyncio; it imports nothing else from the
test suite. An in-process ``httpx.MockTransport`` plays Twilio.
"""

from __future__ import annotations

import sys
import sysconfig

import anyio
import httpx
import pytest

from twilio_async import Client, InvalidToNumberError, RetryPolicy
from twilio_async.oauth import OAuth2ClientCredentials

ACCOUNT_SID = "AC" + "a" * 32
MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


def message(index: int) -> dict[str, object]:
    return {
        "sid": f"SM{index:032x}",
        "account_sid": "AC" + "a" * 32,
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "status": "queued",
        "num_segments": "1",
        "to": "+1555",
    }


async def answer(request: httpx.Request) -> httpx.Response:
    if request.url.host == "oauth.twilio.com":
        return httpx.Response(200, json={"access_token": "tok", "expires_in": 3600})
    if request.url.path.startswith("/Organizations/"):
        return httpx.Response(
            200, json={"content": [{"account_sid": ACCOUNT_SID}], "meta": {"key": "content"}}
        )
    if request.method == "POST" and b"To=bad" in request.content:
        return httpx.Response(400, json={"code": 21211, "message": "bad To", "status": 400})
    if request.method == "POST":
        return httpx.Response(201, json=message(1), headers={"Twilio-Request-Id": "RQ1"})
    page = {"messages": [message(i) for i in range(3)], "next_page_uri": None}
    return httpx.Response(200, json=page)


def client(**options: object) -> Client:
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return Client(ACCOUNT_SID, "token", http_client=http, retry=RetryPolicy(), **options)  # type: ignore[arg-type]


def test_interpreter_is_the_one_asked_for() -> None:
    print(sys.version, "free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED") else "")
    assert sys.version_info >= (3, 10)


async def test_send_list_and_errors() -> None:
    async with client() as c:
        sent = await c.messages.create(to="+15558675310", from_="+15017122661", body="hi")
        assert sent.num_segments == 1
        assert sent.twilio_request_id == "RQ1"
        assert len(await c.messages.list()) == 3
        with pytest.raises(InvalidToNumberError):
            await c.messages.create(to="bad", from_="+15017122661", body="hi")


async def test_concurrent_sends_and_oauth_single_flight() -> None:
    oauth = OAuth2ClientCredentials("OQ" + "1" * 32, "secret")
    async with client(oauth=oauth) as c, anyio.create_task_group() as tg:
        for _ in range(50):
            tg.start_soon(c.preview_iam.organization("OR" + "2" * 32).accounts.list)
            tg.start_soon(lambda: c.messages.create(to="+1555", from_="+1666", body="x"))
    assert oauth.fetches == 1
