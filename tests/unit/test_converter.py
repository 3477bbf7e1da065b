"""Records built by the converter: types, tolerance, clear failures."""

from __future__ import annotations

import typing
from datetime import datetime, timezone
from decimal import Decimal
from email.utils import format_datetime as email_format

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from twilio_async import (
    Media,
    Message,
    MessageDirection,
    MessageStatus,
    RecordDecodeError,
    TwilioError,
    structure,
)
from twilio_async._dates import parse_iso8601, parse_rfc2822

from .conftest import message_json


def test_message_fields_have_python_types() -> None:
    msg = structure(message_json(), Message)
    assert msg.from_ == "+15017122661"
    assert msg.num_segments == 1
    assert msg.num_media == 0
    assert msg.price == Decimal("-0.00750")
    assert msg.status is MessageStatus.SENT
    assert msg.direction is MessageDirection.OUTBOUND_API
    assert msg.date_created == datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc)
    assert msg.subresource_uris is not None
    assert msg.subresource_uris["media"].endswith("/Media.json")


def test_records_are_frozen_with_slots() -> None:
    msg = structure(message_json(), Message)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        msg.body = "changed"  # type: ignore[misc]
    assert not hasattr(msg, "__dict__")


def test_null_fields_become_none() -> None:
    identity = ("sid", "account_sid", "date_created")
    nulls = {key: None if key not in identity else value for key, value in message_json().items()}
    msg = structure(nulls, Message)
    assert msg.date_sent is None
    assert msg.price is None
    assert msg.num_segments is None
    assert msg.status is None


@pytest.mark.parametrize("key", ["sid", "account_sid", "date_created"])
@pytest.mark.parametrize("value", [None, "", "absent"])
def test_a_record_without_its_identity_fails_naming_record_and_field(
    key: str, value: object
) -> None:
    data = message_json()
    if value == "absent":
        del data[key]
    else:
        data[key] = value
    with pytest.raises(RecordDecodeError, match=f"Message record: field '{key}' is missing"):
        structure(data, Message)


def test_identity_fields_are_typed_as_always_there() -> None:
    hints = typing.get_type_hints(Message)
    assert (hints["sid"], hints["account_sid"], hints["date_created"]) == (str, str, datetime)
    assert hints["date_sent"] == datetime | None
    assert hints["body"] == str | None


@pytest.mark.parametrize(
    ("price", "expected"),
    [("-0.0075", Decimal("-0.0075")), (-0.0075, Decimal("-0.0075")), (1, Decimal(1)), (None, None)],
)
def test_price_from_string_number_or_null(price: object, expected: Decimal | None) -> None:
    assert structure(message_json(price=price), Message).price == expected


def test_counts_arrive_as_strings_or_numbers() -> None:
    msg = structure(message_json(num_segments=3, num_media="2"), Message)
    assert (msg.num_segments, msg.num_media) == (3, 2)


def test_unknown_status_is_tolerated_and_stable() -> None:
    first = structure(message_json(status="teleported"), Message).status
    second = structure(message_json(status="teleported"), Message).status
    assert first is second
    assert first is not None
    assert first.value == "teleported"
    assert first == "teleported"
    assert not first.is_known
    assert MessageStatus.SENT.is_known


def test_extra_fields_from_newer_api_versions_are_ignored() -> None:
    msg = structure(message_json(brand_new_field={"x": 1}), Message)
    assert msg.sid is not None


def test_media_record() -> None:
    media = structure(
        {
            "sid": "ME" + "1" * 32,
            "account_sid": "AC" + "3" * 32,
            "content_type": "image/png",
            "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
            "parent_sid": "MM" + "2" * 32,
        },
        Media,
    )
    assert media.content_type == "image/png"
    assert media.date_created is not None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("num_segments", "lots"),
        ("date_created", "yesterday"),
        ("price", "cheap"),
        ("status", 7),
        ("subresource_uris", "not an object"),
    ],
)
def test_bad_values_raise_a_typed_error_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(RecordDecodeError, match=field) as info:
        structure(message_json(**{field: value}), Message)
    assert isinstance(info.value, TwilioError)


def test_non_object_raises_typed_error() -> None:
    with pytest.raises(RecordDecodeError, match="JSON object"):
        structure(["not", "a", "dict"], Message)  # type: ignore[arg-type]


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)))
def test_fast_rfc2822_parser_agrees_with_email_utils(value: datetime) -> None:
    aware = value.replace(microsecond=0, tzinfo=timezone.utc)
    text = email_format(aware)  # "Thu, 24 Aug 2023 05:01:45 +0000"
    assert parse_rfc2822(text) == aware


def test_rfc2822_with_offset_and_fallback_forms() -> None:
    assert parse_rfc2822("Thu, 24 Aug 2023 07:01:45 +0200") == datetime(
        2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc
    )
    assert parse_rfc2822("24 Aug 2023 05:01:45 GMT") == datetime(
        2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc
    )
    with pytest.raises(ValueError, match="RFC 2822"):
        parse_rfc2822("not a date")


def test_iso8601_with_z_and_naive() -> None:
    expected = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert parse_iso8601("2024-01-02T03:04:05Z") == expected
    assert parse_iso8601("2024-01-02T03:04:05") == expected


def test_fast_builder_matches_the_attrs_constructor() -> None:
    data = message_json()
    built = structure(data, Message)
    by_hand = Message(**{field.name: getattr(built, field.name) for field in attrs.fields(Message)})
    assert built == by_hand
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.sid = "changed"  # type: ignore[misc]


def test_records_with_validators_use_the_checked_path() -> None:
    @attrs.frozen(kw_only=True)
    class Strict:
        sid: str | None = attrs.field(default=None, validator=attrs.validators.instance_of(str))

    assert structure({"sid": "x"}, Strict).sid == "x"
    with pytest.raises(RecordDecodeError):
        structure({"sid": None}, Strict)


def test_date_cache_returns_equal_values_for_repeated_strings() -> None:
    first = structure(message_json(), Message)
    second = structure(message_json(), Message)
    assert first.date_created == second.date_created
    assert first.date_created is not None
    assert first.date_created.tzinfo is not None
