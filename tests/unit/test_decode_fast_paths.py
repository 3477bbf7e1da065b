"""The decoder's fast paths give the same records as the slow ones, and fail the same way."""

from __future__ import annotations

import copy
import pickle
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.utils import format_datetime as email_format

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from twilio_async import Message, MessageStatus, RecordDecodeError, VerifyService, structure
from twilio_async._builder import slot_twin
from twilio_async._dates import parse_rfc2822
from twilio_async._lazy import LazyField

from .conftest import message_json

UTC = timezone.utc
WHEN = datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)


def _by_hand(record: Message) -> Message:
    return Message(**{f.name: getattr(record, f.name) for f in attrs.fields(Message)})


def test_dates_in_twilios_layout_are_parsed_on_first_read() -> None:
    msg = structure(message_json(), Message)
    slot = Message.__dict__["date_created"]
    assert isinstance(slot, LazyField)
    assert slot.slot.__get__(msg, Message) == "Thu, 24 Aug 2023 05:01:45 +0000"
    assert msg.date_created == WHEN
    # The parse is stored: the slot now holds the datetime, and reads return that object.
    assert slot.slot.__get__(msg, Message) is msg.date_created


def test_a_record_with_unread_dates_behaves_like_one_built_by_hand() -> None:
    fresh = structure(message_json(), Message)
    other = structure(message_json(), Message)
    assert fresh == _by_hand(other)
    assert "datetime.datetime(2023, 8, 24, 5, 1, 45" in repr(structure(message_json(), Message))
    restored = pickle.loads(pickle.dumps(structure(message_json(), Message)))
    assert restored.date_created == WHEN
    assert copy.copy(structure(message_json(), Message)).date_created == WHEN
    evolved = attrs.evolve(structure(message_json(), Message), body="changed")
    assert (evolved.body, evolved.date_created) == ("changed", WHEN)
    assert attrs.asdict(structure(message_json(), Message))["date_created"] == WHEN


def test_iso_dates_are_deferred_too() -> None:
    service = structure(
        {"sid": "VA1", "account_sid": "AC1", "url": "u", "date_created": "2023-08-24T05:01:45Z"},
        VerifyService,
    )
    slot = VerifyService.__dict__["date_created"]
    assert isinstance(slot, LazyField)
    assert slot.slot.__get__(service, VerifyService) == "2023-08-24T05:01:45Z"
    assert service.date_created == WHEN


def test_an_impossible_date_of_the_right_shape_fails_on_first_read() -> None:
    msg = structure(message_json(date_sent="Thu, 32 Aug 2023 05:01:45 +0000"), Message)
    with pytest.raises(RecordDecodeError, match="date_sent") as info:
        _ = msg.date_sent
    assert "32 Aug" in str(info.value)
    assert msg.date_created == WHEN  # the other fields are unaffected


@pytest.mark.parametrize(
    "value", ["yesterday", "2023-13-45T00:00:00", "Lorem ipsum dolor sit amet, con"]
)
def test_dates_of_any_other_shape_are_checked_at_decode_time(value: str) -> None:
    with pytest.raises(RecordDecodeError, match="date_created"):
        structure(message_json(date_created=value), Message)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Thu, 24 Aug 2023 07:01:45 +0200", WHEN),
        ("Thu, 24 Aug 2023 05:01:45 -0000", WHEN),
        ("Thu, 24 Aug 2023 05:01:45 GMT", WHEN),
        ("2023-08-24T05:01:45+00:00", WHEN),
        (WHEN, WHEN),
        ("", None),
        (None, None),
    ],
)
def test_other_date_forms_are_parsed_eagerly(value: object, expected: datetime | None) -> None:
    assert structure(message_json(date_sent=value), Message).date_sent == expected
    if expected is not None:  # the same forms in an identity field (never None)
        assert structure(message_json(date_created=value), Message).date_created == expected


@given(
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)),
    st.sampled_from([0, 60, -300, 330]),
)
def test_fast_parser_agrees_with_email_utils_for_any_offset(value: datetime, minutes: int) -> None:
    aware = value.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=minutes)))
    text = email_format(aware)
    assert parse_rfc2822(text) == aware
    # Single-digit days (another writer's layout) fall through to the general parser.
    short = text[:5] + text[5:7].lstrip("0") + text[7:]
    assert parse_rfc2822(short) == aware


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("7", 7), (7, 7), (7.0, 7), ("-7", -7), (" 7 ", 7), ("", None), ("  ", None), (None, None)],
)
def test_integer_fields_take_every_form_twilio_uses(raw: object, expected: int | None) -> None:
    assert structure(message_json(num_segments=raw), Message).num_segments == expected


@pytest.mark.parametrize("raw", ["²", "1.5", 1.5, "seven", [1]])
def test_integer_fields_reject_what_is_not_a_whole_number(raw: object) -> None:
    with pytest.raises(RecordDecodeError, match="num_segments"):
        structure(message_json(num_segments=raw), Message)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("-0.00750", Decimal("-0.00750")), ("", None), (0.1, Decimal("0.1")), (2, Decimal(2))],
)
def test_price_fast_path_and_fallbacks(raw: object, expected: Decimal | None) -> None:
    assert structure(message_json(price=raw), Message).price == expected


def test_enum_fast_path_keeps_known_and_unknown_members_stable() -> None:
    assert structure(message_json(status="sent"), Message).status is MessageStatus.SENT
    first = structure(message_json(status="beamed"), Message).status
    assert first is structure(message_json(status="beamed"), Message).status
    with pytest.raises(RecordDecodeError, match="status"):
        structure(message_json(status={"not": "hashable"}), Message)


def test_records_are_built_through_a_slot_twin() -> None:
    twin = slot_twin(Message)
    assert twin is not None
    msg = structure(message_json(), Message)
    assert type(msg) is Message
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        msg.sid = "changed"  # type: ignore[misc]


@attrs.frozen(kw_only=True, slots=True)
class _Base:
    sid: str | None = None


@attrs.frozen(kw_only=True, slots=True)
class _Derived(_Base):  # a base class with slots of its own: no twin is attempted
    count: int | None = None
    when: datetime | None = None


def test_records_whose_layout_cannot_be_twinned_use_the_slot_descriptors() -> None:
    assert slot_twin(_Derived) is None
    record = structure({"sid": "X1", "count": "3", "when": "2023-08-24T05:01:45Z"}, _Derived)
    assert record == _Derived(sid="X1", count=3, when=WHEN)
    with pytest.raises(RecordDecodeError, match="count"):
        structure({"count": "three"}, _Derived)
