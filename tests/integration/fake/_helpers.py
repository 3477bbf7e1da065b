"""Paths, request data and a spec-checked httpx client for the fake Twilio's tests."""

from __future__ import annotations

from typing import Any

import httpx

from tests.integration.fake._spec_check import SpecChecker
from twilio_async.testing import FakeTwilio

SEND = {"To": "+15558675310", "From": "+15017122661", "Body": "Hello"}


def messages_path(fake: FakeTwilio) -> str:
    """``/2010-04-01/Accounts/{sid}/Messages.json`` of the fake's account."""
    return f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json"


def message_path(fake: FakeTwilio, sid: str, suffix: str = "") -> str:
    """The path of one message (or of its subresource, with ``suffix`` like ``/Media``)."""
    return f"/2010-04-01/Accounts/{fake.account_sid}/Messages/{sid}{suffix}.json"


def checked_client(
    fake: FakeTwilio,
    checker: SpecChecker,
    *,
    auth: Any = None,
    base_url: str | None = None,
) -> httpx.AsyncClient:
    """An httpx client for ``fake`` (in-process unless ``base_url``) whose every response is
    checked against the spec. ``auth`` defaults to the fake's Account SID and token."""

    async def check(response: httpx.Response) -> None:
        await response.aread()
        checker.check(response)

    transport = None if base_url else httpx.ASGITransport(app=fake)
    return httpx.AsyncClient(
        transport=transport,
        base_url=base_url or fake.base_url,
        auth=auth if auth is not None else (fake.account_sid, fake.auth_token),
        event_hooks={"response": [check]},
    )
