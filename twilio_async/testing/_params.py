"""Parsing and formatting of the values the Messages API exchanges (numbers, dates, segments)."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime

__all__ = [
    "count_segments",
    "format_rfc2822",
    "is_valid_recipient",
    "is_valid_sender",
    "parse_date_or_datetime",
    "parse_datetime",
]

_E164 = re.compile(r"\+[1-9]\d{6,14}")
_SHORT_CODE = re.compile(r"\d{3,8}")
# Alphanumeric sender IDs: up to 11 letters, digits and spaces, at least one letter.
_ALPHANUMERIC_ID = re.compile(r"(?=[0-9 ]*[A-Za-z])[A-Za-z0-9 ]{1,11}")
_CHANNEL = re.compile(r"(whatsapp|messenger|rcs):(\S+)")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")

# GSM 03.38: the basic set costs one septet a character, the extension set two.
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION = frozenset("^{}\\[~]|€\f")


def _is_channel_address(value: str) -> bool:
    match = _CHANNEL.fullmatch(value)
    if match is None:
        return False
    channel, address = match.groups()
    # WhatsApp addresses are phone numbers; Messenger and RCS use page or agent IDs.
    return channel != "whatsapp" or _E164.fullmatch(address) is not None


def is_valid_recipient(value: str) -> bool:
    """Whether ``To`` is an E.164 number or a channel address such as ``whatsapp:+1555...``."""
    return _E164.fullmatch(value) is not None or _is_channel_address(value)


def is_valid_sender(value: str) -> bool:
    """Whether ``From`` is an E.164 number, channel address, short code or alphanumeric ID."""
    return (
        is_valid_recipient(value)
        or _SHORT_CODE.fullmatch(value) is not None
        or _ALPHANUMERIC_ID.fullmatch(value) is not None
    )


def count_segments(body: str) -> int:
    """How many SMS segments ``body`` needs: GSM-7 when it fits that alphabet, else UCS-2."""
    if all(char in _GSM_BASIC or char in _GSM_EXTENSION for char in body):
        septets = len(body) + sum(char in _GSM_EXTENSION for char in body)
        single, multi = 160, 153
    else:
        septets = len(body.encode("utf-16-le")) // 2
        single, multi = 70, 67
    if septets <= single:
        return 1
    return -(-septets // multi)


def format_rfc2822(moment: datetime) -> str:
    """``Thu, 24 Aug 2023 05:01:45 +0000``, the format of every v2010 date."""
    return _format_second(moment.astimezone(timezone.utc).replace(microsecond=0))


@functools.lru_cache(maxsize=4096)
def _format_second(moment: datetime) -> str:
    # Cached per second: a record's dates rarely change and lists render many records.
    return format_datetime(moment)


def parse_datetime(value: str) -> datetime | None:
    """An aware datetime from ISO 8601 or RFC 2822 text (naive means UTC); None if neither."""
    text = value.strip()
    parsed: datetime | None
    try:
        # Python 3.10's fromisoformat does not accept a trailing Z.
        parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def parse_date_or_datetime(value: str) -> date | datetime | None:
    """A ``date`` for ``YYYY-MM-DD``, else an aware datetime, else None."""
    text = value.strip()
    if _DATE_ONLY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    return parse_datetime(text)
