"""Twilio's form conventions."""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta, timezone
from urllib.parse import parse_qsl
from urllib.parse import quote_plus as urllib_quote_plus

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from twilio_async._encoding import (
    ENCODERS,
    collapse,
    encode_form,
    encode_value,
    form_pairs,
    format_datetime,
    json_body,
    key_text,
    quote_plus,
)


class Color(enum.Enum):
    RED = "red"


def decode(body: str) -> list[tuple[str, str]]:
    return parse_qsl(body, keep_blank_values=True)


def test_booleans_are_lowercase_words() -> None:
    assert decode(encode_form({"SendAsMms": True, "SmartEncoded": False})) == [
        ("SendAsMms", "true"),
        ("SmartEncoded", "false"),
    ]


def test_none_means_not_sent_and_empty_string_is_sent() -> None:
    assert decode(encode_form({"Body": "", "MediaUrl": None, "To": "+1"})) == [
        ("Body", ""),
        ("To", "+1"),
    ]


def test_lists_are_repeated_keys_in_order() -> None:
    body = encode_form({"MediaUrl": ["https://a/1.png", "https://b/2.png"]})
    assert body == "MediaUrl=https%3A%2F%2Fa%2F1.png&MediaUrl=https%3A%2F%2Fb%2F2.png"


def test_aware_datetime_is_converted_to_utc() -> None:
    plus_two = timezone(timedelta(hours=2))
    value = datetime(2024, 5, 1, 12, 0, 0, tzinfo=plus_two)
    assert encode_value(value) == "2024-05-01T10:00:00Z"


def test_naive_datetime_is_taken_as_utc() -> None:
    assert encode_value(datetime(2024, 5, 1, 12, 0, 0)) == "2024-05-01T12:00:00Z"


def test_date_is_iso() -> None:
    assert encode_value(date(2024, 5, 1)) == "2024-05-01"


def test_dict_is_json() -> None:
    text = encode_value({"1": "Ada", "2": 3})
    assert orjson.loads(text) == {"1": "Ada", "2": 3}


def test_enum_sends_value_and_numbers_are_text() -> None:
    assert encode_value(Color.RED) == "red"
    assert encode_value(0.5) == "0.5"
    assert encode_value(7) == "7"


def test_special_names_are_escaped() -> None:
    assert encode_form({"DateSent<": date(2024, 1, 2)}) == "DateSent%3C=2024-01-02"


def test_plus_in_phone_numbers_survives() -> None:
    assert decode(encode_form({"To": "+15558675310"})) == [("To", "+15558675310")]


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
values = st.one_of(texts, st.booleans(), st.integers(), st.none(), st.lists(texts, max_size=4))


@given(st.dictionaries(st.text(min_size=1, max_size=12), values, max_size=6))
def test_encoding_round_trips_through_a_standard_form_parser(
    params: dict[str, object],
) -> None:
    expected: list[tuple[str, str]] = []
    for name, value in params.items():
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, bool):
                expected.append((name, "true" if item else "false"))
            else:
                expected.append((name, str(item)))
    assert decode(encode_form(params)) == expected
    assert form_pairs(params) == expected


@given(st.datetimes(timezones=st.timezones()))
def test_any_aware_datetime_formats_as_the_same_instant(value: datetime) -> None:
    text = format_datetime(value)
    parsed = datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)
    assert abs((parsed - value).total_seconds()) < 1


@given(st.text())
def test_table_quoting_matches_urllib(text: str) -> None:
    try:
        expected = urllib_quote_plus(text, safe="")
    except UnicodeEncodeError:  # lone surrogates cannot be sent either way
        with pytest.raises(UnicodeEncodeError):
            quote_plus(text)
        return
    assert quote_plus(text) == expected


@given(st.text(alphabet=" +aZ09-~%é", max_size=20))
def test_the_space_and_plus_shortcut_matches_urllib(text: str) -> None:
    assert quote_plus(text) == urllib_quote_plus(text, safe="")


def test_table_quoting_examples() -> None:
    assert quote_plus("+15558675310") == "%2B15558675310"
    assert quote_plus("Hello there + you") == "Hello+there+%2B+you"
    assert quote_plus("Hello, wörld & co=1+1") == "Hello%2C+w%C3%B6rld+%26+co%3D1%2B1"
    assert quote_plus("safe-._~AZaz09") == "safe-._~AZaz09"
    assert quote_plus("") == ""


# --- the per-parameter rules and path keys (one module encodes every value) ---------------


def test_date_only_rule_sends_a_datetime_by_its_own_calendar_date() -> None:
    late = datetime(2024, 5, 1, 23, 30, tzinfo=timezone(timedelta(hours=2)))
    assert ENCODERS["date"](late) == "2024-05-01"
    assert ENCODERS["date"](date(987, 6, 5)) == "0987-06-05"
    assert ENCODERS["date"]("2024-05-01") == "2024-05-01"  # text passes as given


def test_json_rules_use_the_same_date_and_enum_conventions_as_forms() -> None:
    when = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    assert orjson.loads(ENCODERS["json"]({"at": when, "color": Color.RED})) == {
        "at": "2024-05-01T12:00:00Z",
        "color": "red",
    }
    assert ENCODERS["json_items"]([{"a": 1}, "raw"]) == ['{"a":1}', "raw"]
    assert json_body({"day": date(2024, 5, 1)}) == b'{"day":"2024-05-01"}'


def test_path_keys_are_text_and_dates_are_dates() -> None:
    assert key_text("CA123", "sid", None) == "CA123"
    assert key_text(7, "index", "int") == "7"
    assert key_text(date(2024, 5, 1), "date_created", "date") == "2024-05-01"
    with pytest.raises(TypeError, match="index must be a str or int, got bool"):
        key_text(True, "index", "int")


def test_collapsible_maps_flatten_under_their_prefix() -> None:
    assert collapse("AddOns", {"a": {"b": 1}, "c": "x"}) == {"AddOns.a.b": 1, "AddOns.c": "x"}
    assert collapse("AddOns", "flat") == {"AddOns": "flat"}
