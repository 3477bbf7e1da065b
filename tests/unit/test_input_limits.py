"""Hostile and careless input (issue 19 items 11, 12 and 13): path keys of the wrong type,
header names and values that are not valid HTTP, and an unbounded stream of new enum values.

Each test names its item. Nothing malformed is ever sent: every refusal happens before a
request leaves, with an error that names the parameter or header at fault.
"""

from __future__ import annotations

from twilio_async import MessageStatus, OpenEnum, structure
from twilio_async._enums import MAX_INTERNED_UNKNOWN
from twilio_async.rest.api.v2010.accounts_messages import Message

from .conftest import message_json

SID = "SM" + "1" * 32
SERVICE = "IS" + "2" * 32
LIST = "ES" + "3" * 32

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
