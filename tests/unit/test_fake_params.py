"""The fake Twilio's value parsing: numbers, segments, dates, and its clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from twilio_async.testing import FakeClock
from twilio_async.testing._params import (
    count_segments,
    format_rfc2822,
    is_valid_recipient,
    is_valid_sender,
    parse_date_or_datetime,
    parse_datetime,
)

UTC = timezone.utc


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("+15558675310", True),
        ("+447911123456", True),
        ("whatsapp:+15558675310", True),
        ("rcs:+15558675310", True),
        ("messenger:1234567890", True),
        ("15558675310", False),
        ("+0155586753", False),
        ("+1555", False),
        ("+1234567890123456", False),
        ("+1 555 867 5310", False),
        ("whatsapp:15558675310", False),
        ("telegram:+15558675310", False),
        ("", False),
    ],
)
def test_recipients_are_e164_numbers_or_channel_addresses(value: str, valid: bool) -> None:
    assert is_valid_recipient(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("+15017122661", True),
        ("whatsapp:+15017122661", True),
        ("12345", True),
        ("MyBrand", True),
        ("My Brand 2", True),
        ("12", False),
        ("123456789", False),
        ("TwelveChars1", False),
        ("Brand!", False),
        ("+1-501-712", False),
    ],
)
def test_senders_also_include_short_codes_and_alphanumeric_ids(value: str, valid: bool) -> None:
    assert is_valid_sender(value) is valid


@pytest.mark.parametrize(
    ("body", "segments"),
    [
        ("", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # extension characters take two septets
        ("€" * 81, 2),
        ("ł" * 70, 1),  # outside GSM-7: UCS-2
        ("ł" * 71, 2),
        ("ł" * 134, 2),
        ("ł" * 135, 3),
        ("😀" * 35, 1),  # a surrogate pair is two UCS-2 units
        ("😀" * 36, 2),
    ],
)
def test_segments_follow_gsm7_and_ucs2_limits(body: str, segments: int) -> None:
    assert count_segments(body) == segments


def test_dates_are_rendered_like_twilios() -> None:
    moment = datetime(2023, 8, 24, 7, 1, 45, 999, tzinfo=timezone(timedelta(hours=2)))
    assert format_rfc2822(moment) == "Thu, 24 Aug 2023 05:01:45 +0000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-08-24T05:01:45Z", datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)),
        ("2023-08-24T07:01:45+02:00", datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)),
        ("2019-06-11 22:05:25.000", datetime(2019, 6, 11, 22, 5, 25, tzinfo=UTC)),
        ("Wed, 19 Jun 2019 22:04:00 -0000", datetime(2019, 6, 19, 22, 4, tzinfo=UTC)),
        ("Thu, 24 Aug 2023 05:01:45 +0000", datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_datetimes_parse_from_iso8601_and_rfc2822(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text) == expected


def test_a_bare_date_stays_a_date() -> None:
    assert parse_date_or_datetime("2023-08-24") == date(2023, 8, 24)
    assert parse_date_or_datetime("2023-02-30") is None
    assert parse_date_or_datetime("2023-08-24T00:00:00Z") == datetime(2023, 8, 24, tzinfo=UTC)


def test_the_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(datetime(2023, 8, 24, tzinfo=UTC))
    assert clock() == clock()
    clock.advance(1.5, delta=timedelta(minutes=1))
    assert clock() == datetime(2023, 8, 24, 0, 1, 1, 500000, tzinfo=UTC)
    with pytest.raises(ValueError, match="aware"):
        FakeClock(datetime(2023, 8, 24))
    assert FakeClock()().tzinfo is not None
