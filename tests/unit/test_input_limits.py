"""Hostile and careless input (issue 19 items 11, 12 and 13): path keys of the wrong type,
header names and values that are not valid HTTP, and an unbounded stream of new enum values.

Each test names its item. Nothing malformed is ever sent: every refusal happens before a
request leaves, with an error that names the parameter or header at fault.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
import respx

from twilio_async import Client, MessageStatus, OpenEnum, structure
from twilio_async._enums import MAX_INTERNED_UNKNOWN
from twilio_async.rest.api.v2010.accounts_messages import Message

from .conftest import MESSAGES_PATH, message_json, message_path

SID = "SM" + "1" * 32
SERVICE = "IS" + "2" * 32
LIST = "ES" + "3" * 32

# -- item 11: a path key is a non-empty str (or the spec's int / date) -------------------------


@pytest.mark.parametrize(
    ("key", "got"),
    [(None, "None"), (SID.encode(), "bytes"), (1.5, "float"), (12, "int"), (True, "bool")],
)
async def test_item11_a_path_key_of_another_type_is_refused_before_sending(
    client: Client, mock: respx.MockRouter, key: Any, got: str
) -> None:
    route = mock.delete(message_path("None")).respond(204)
    with pytest.raises(TypeError, match=f"^sid must be a str, got {got}$"):
        await client.messages(key).delete()
    assert not route.called
    assert mock.calls.call_count == 0


@pytest.mark.parametrize("key", ["", ".", ".."])
def test_item11_an_empty_or_dot_key_is_refused(client: Client, key: str) -> None:
    with pytest.raises(ValueError, match="sid must be a non-empty string"):
        client.messages(key)


def test_item11_int_and_date_keys_keep_their_spec_types(client: Client) -> None:
    items = client.sync.v1.services(SERVICE).sync_lists(LIST).sync_list_items
    assert repr(items(3)).endswith(f"/Lists/{LIST}/Items/3>")
    assert repr(items("4")).endswith("/Items/4>")  # a str is always a valid key
    with pytest.raises(TypeError, match=r"^index must be a str or int, got bool$"):
        items(True)
    with pytest.raises(TypeError, match=r"^index must be a str or int, got float$"):
        items(3.0)  # type: ignore[arg-type]
    calls = client.voice.v1.archived_calls
    call_sid = "CA" + "4" * 32
    assert repr(calls(date(2024, 1, 2), call_sid)).endswith(
        f"/Archives/2024-01-02/Calls/{call_sid}>"
    )
    with pytest.raises(TypeError, match=r"^date must be a str or date, got datetime$"):
        calls(datetime(2024, 1, 2, 23, 59), call_sid)  # its time would be dropped silently


# -- item 12: header names and values ---------------------------------------------------------


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x7f", "\x1b", "\x85", "\r", "\n", "\0"])
async def test_item12_header_value_with_a_control_character_is_refused(
    client: Client, mock: respx.MockRouter, char: str
) -> None:
    with pytest.raises(ValueError, match=r"^header 'X-Custom' contains a control character"):
        await client.transport.request(
            "GET", "api", MESSAGES_PATH, headers={"X-Custom": f"a{char}b"}
        )
    assert mock.calls.call_count == 0


async def test_item12_header_value_outside_latin1_is_a_value_error_naming_the_header(
    client: Client, mock: respx.MockRouter
) -> None:
    secret = "tok\u20acen"  # the value may be a credential: never quoted
    with pytest.raises(
        ValueError, match=r"^header 'X-Custom' contains a character outside Latin-1"
    ) as caught:
        await client.transport.request("GET", "api", MESSAGES_PATH, headers={"X-Custom": secret})
    assert secret not in str(caught.value)
    assert mock.calls.call_count == 0


async def test_item12_generated_header_parameter_is_checked_too(
    client: Client, mock: respx.MockRouter
) -> None:
    conversations = client.conversations.v1.conversations
    with pytest.raises(ValueError, match="header 'X-Twilio-Webhook-Enabled' contains a control"):
        await conversations.create(x_twilio_webhook_enabled="true\x0b")  # type: ignore[arg-type]
    assert mock.calls.call_count == 0


async def test_item12_printable_latin1_and_tabs_are_sent_as_they_are(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get(MESSAGES_PATH).respond(200, json={"messages": []})
    token = "!#$%&'*+-.^_`|~09azAZ"
    await client.transport.request(
        "GET", "api", MESSAGES_PATH, headers={token: "caf\u00e9\tau lait ~"}
    )
    sent = route.calls.last.request.headers.raw
    assert (token.encode(), "caf\u00e9\tau lait ~".encode("latin-1")) in sent


@pytest.mark.parametrize(
    "name", ["X Custom", "X:Custom", "", "X-Caf\u00e9", "X\r\nInjected", "(x)", "X/Y", "X\x00"]
)
async def test_item12_malformed_header_name_is_refused(
    client: Client, mock: respx.MockRouter, name: str
) -> None:
    with pytest.raises(ValueError, match="is not a valid HTTP field name"):
        await client.transport.request("GET", "api", MESSAGES_PATH, headers={name: "x"})
    assert mock.calls.call_count == 0


async def test_item12_a_header_name_must_be_a_str(client: Client, mock: respx.MockRouter) -> None:
    headers: Any = {b"X-Bytes": "x"}
    with pytest.raises(TypeError, match="a header name must be a str, got bytes"):
        await client.transport.request("GET", "api", MESSAGES_PATH, headers=headers)
    assert mock.calls.call_count == 0


# -- item 13: the open-enum cache is bounded ---------------------------------------------------


class Colour(OpenEnum):
    RED = "red"
    GREEN = "green"


def test_item13_unknown_values_are_interned_only_up_to_the_bound() -> None:
    known = len(Colour._value2member_map_)
    members = [Colour(f"shade-{i}") for i in range(50_000)]
    assert len(Colour._value2member_map_) == known + MAX_INTERNED_UNKNOWN
    # Every value is still usable: equal to its string, not known, with its value.
    for i in (0, MAX_INTERNED_UNKNOWN - 1, MAX_INTERNED_UNKNOWN, 49_999):
        member = members[i]
        assert member == f"shade-{i}"
        assert member.value == f"shade-{i}"
        assert isinstance(member, Colour)
        assert not member.is_known
    # Interned values are the same object each time; later ones are equal, not identical.
    assert Colour("shade-0") is members[0]
    assert Colour("shade-49999") == members[49_999]
    assert Colour("red") is Colour.RED
    assert Colour.RED.is_known


def test_item13_an_unknown_value_named_like_a_known_member_is_not_known() -> None:
    # "Red" is named RED too; only the declared member itself is known.
    assert not Colour("Red").is_known
    assert Colour("Red") != Colour.RED


def test_item13_decoding_many_records_with_new_statuses_stays_bounded() -> None:
    before = len(MessageStatus._value2member_map_)
    records = [
        structure(message_json(i, status=f"brand_new_{i}"), Message) for i in range(1, 5_001)
    ]
    assert len(MessageStatus._value2member_map_) <= before + MAX_INTERNED_UNKNOWN
    assert records[-1].status == "brand_new_5000"
    assert not records[-1].status.is_known
    assert records[0].sid == message_json(1)["sid"]
