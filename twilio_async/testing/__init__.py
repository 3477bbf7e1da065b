"""A fake Twilio, for tests and demos: the whole REST API (needs the ``testing`` extra).

    from twilio_async.testing import FakeTwilio

    fake = FakeTwilio()                       # test credentials: fake.account_sid, fake.auth_token
    async with fake.client() as client:       # a twilio_async.Client answered in-process
        await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")
        service = await client.verify.v2.services.create(friendly_name="Login")
    assert fake.messages[0].body == "Hi"
    assert fake.records("verify.v2.services")[0]["sid"] == service.sid

    with fake.run_in_thread() as base_url:    # or served on a real 127.0.0.1 socket
        ...                                   # Client(..., base_url=base_url + "/{product}")

Every operation of every product is emulated from Twilio's OpenAPI files (see
``FakeTwilio``); Messages with Twilio's own validation and status changes.
Pytest users get the ``twilio_fake`` and ``twilio_client`` fixtures from the plugin the
package registers (:mod:`twilio_async.testing.pytest_plugin`).
Command line: ``python -m twilio_async.testing serve --port 8080``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from twilio_async.testing._fake import TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, FakeTwilio
    from twilio_async.testing._records import (
        FakeClock,
        FakeMedia,
        FakeMessage,
        FakeStats,
        RecordedRequest,
    )

__all__ = [
    "TEST_ACCOUNT_SID",
    "TEST_AUTH_TOKEN",
    "FakeClock",
    "FakeMedia",
    "FakeMessage",
    "FakeStats",
    "FakeTwilio",
    "RecordedRequest",
]

# Loaded on first use, so importing the package (e.g. for its pytest plugin) does not yet
# require Starlette; using the fake does.
_HOMES = {
    "TEST_ACCOUNT_SID": "_fake",
    "TEST_AUTH_TOKEN": "_fake",
    "FakeTwilio": "_fake",
    "FakeClock": "_records",
    "FakeMedia": "_records",
    "FakeMessage": "_records",
    "FakeStats": "_records",
    "RecordedRequest": "_records",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
