"""Static checks (``make typecheck`` runs mypy on this file; pytest never imports it).

The ``*_with_http_info`` twins are one generic helper, not generated bodies: mypy must still
see each twin with exactly its method's keywords and an ``HttpInfo`` of its result.
"""

from __future__ import annotations

from typing_extensions import assert_type

from twilio_async import Client, HttpInfo, Message
from twilio_async.rest.api.v2010.accounts_calls import Call
from twilio_async.rest.lookups.v2.phone_numbers import PhoneNumber


async def twins_are_typed_like_their_methods(client: Client) -> None:
    created = await client.messages.create_with_http_info(to="+15558675310", body="x")
    assert_type(created, HttpInfo[Message])
    assert_type(created.data, Message)
    deleted = await client.messages("SM" + "0" * 32).delete_with_http_info()
    assert_type(deleted, HttpInfo[bool])
    call = await client.calls.create_with_http_info(to="+1", from_="+2", url="u", timeout=30)
    assert_type(call, HttpInfo[Call])
    view = client.with_options(timeout=5)
    number = await view.lookups.v2.phone_numbers("+15558675310").fetch_with_http_info()
    assert_type(number, HttpInfo[PhoneNumber])


async def wrong_keywords_are_errors(client: Client) -> None:
    await client.messages.create_with_http_info(body="x")  # type: ignore[call-arg]
    await client.messages.create_with_http_info(to=1)  # type: ignore[arg-type]
    await client.messages("SM1").delete_with_http_info(force=True)  # type: ignore[call-arg]
    await client.messages.create_with_http_info("+1")  # type: ignore[call-arg]
