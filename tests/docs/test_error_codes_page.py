"""The error-code page says what the client does with each answer: check every row.

Each row of ``docs/error-codes.md``'s first table (code, HTTP status, the exception a create
raises, whether it is retried) is played through a real client against a respx mock.
"""

from __future__ import annotations

import re

import pytest
import respx

import twilio_async
from tests.docs.snippets import ROOT
from twilio_async import Client, RetryPolicy

PAGE = ROOT / "docs" / "error-codes.md"
ROW = re.compile(r"^\| (\d{5}) \| (\d{3}) \| [^|]+ \| `(\w+)` \| (yes|no) \|", re.M)
ACCOUNT = "AC" + "e" * 32
MESSAGES = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
ROWS = ROW.findall(PAGE.read_text(encoding="utf-8").split("## Errors about delivery")[0])


def test_the_table_has_its_rows() -> None:
    assert len(ROWS) >= 15
    assert {code for code, *_ in ROWS} >= {"20003", "20404", "20429", "21211", "21610"}


async def _no_wait(seconds: float) -> None:
    del seconds


@pytest.mark.parametrize(("code", "status", "raised", "retried"), ROWS, ids=[r[0] for r in ROWS])
async def test_a_create_answered_with_the_code_does_what_the_page_says(
    code: str, status: str, raised: str, retried: str
) -> None:
    policy = RetryPolicy(max_attempts=3, base_delay=0, max_delay=0, sleep=_no_wait)
    body = {"code": int(code), "message": "from the page", "status": int(status)}
    with respx.mock() as mock:
        route = mock.post(MESSAGES).respond(int(status), json=body)
        async with Client(ACCOUNT, "token", retry=policy) as client:
            with pytest.raises(getattr(twilio_async, raised)) as caught:
                await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    assert route.call_count == (3 if retried == "yes" else 1)
    error = caught.value
    cause = getattr(error, "cause", None) or error  # an unknown outcome wraps the API error
    assert getattr(cause, "code", None) == int(code)
