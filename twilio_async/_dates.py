"""Fast parsing of the date formats in Twilio's response bodies (formatting the dates
Twilio receives is :mod:`twilio_async._encoding`'s job).

v2010 bodies use RFC 2822 (``Thu, 24 Aug 2023 05:01:45 +0000``); v1/v2 APIs use ISO 8601.
``email.utils`` is general and slow; Twilio always emits one fixed layout, so we parse
that directly and fall back to the general parser for anything else.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_UTC = timezone.utc
_OFFSETS: dict[str, timezone] = {"+0000": _UTC, "-0000": _UTC, "GMT": _UTC, "UTC": _UTC}


def _offset(token: str) -> timezone | None:
    tz = _OFFSETS.get(token)
    if tz is not None:
        return tz
    if len(token) == 5 and token[0] in "+-" and token[1:].isdigit():
        minutes = int(token[1:3]) * 60 + int(token[3:5])
        tz = timezone(timedelta(minutes=-minutes if token[0] == "-" else minutes))
        _OFFSETS[token] = tz
        return tz
    return None


_MONTH_DIGITS = {name: f"{number:02d}" for name, number in _MONTHS.items()}
_ISO_UTC = {"+0000": "+00:00", "-0000": "+00:00"}
_fromisoformat = datetime.fromisoformat


def parse_rfc2822(value: str) -> datetime:
    """Parse an RFC 2822 date into an aware datetime; raise ``ValueError`` if invalid."""
    # Twilio's layout is fixed: "Thu, 24 Aug 2023 05:01:45 +0000". Rearranged by slicing
    # into ISO 8601, C's fromisoformat does the work (about a third of the cost of
    # splitting and int()-ing); fromisoformat is strict, so a string in any other layout
    # fails one of the lookups or the parse and takes the general path below.
    try:
        return _fromisoformat(
            f"{value[12:16]}-{_MONTH_DIGITS[value[8:11]]}-{value[5:7]}"
            f"T{value[17:25]}{_ISO_UTC[value[26:]]}"
        )
    except (KeyError, ValueError, TypeError):
        pass
    return _parse_rfc2822_general(value)


def _parse_rfc2822_general(value: str) -> datetime:
    parts = value.split()
    if len(parts) == 6:
        _, day, month, year, clock, zone = parts
        month_number = _MONTHS.get(month)
        tz = _offset(zone)
        if month_number and tz is not None and len(clock) == 8 and clock[2] == clock[5] == ":":
            try:
                return datetime(
                    int(year),
                    month_number,
                    int(day),
                    int(clock[0:2]),
                    int(clock[3:5]),
                    int(clock[6:8]),
                    tzinfo=tz,
                )
            except ValueError:
                pass
    # Imported here: email.utils brings socket, random and more, ~5 ms of every import of
    # the package, for the rare date that is not in Twilio's own layout.
    from email.utils import parsedate_to_datetime

    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"not an RFC 2822 date: {value!r}") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_UTC)
    return parsed


def parse_iso8601(value: str) -> datetime:
    """Parse an ISO 8601 timestamp into an aware datetime (naive values are UTC)."""
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"not an ISO 8601 date-time: {value!r}") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)


def parse_any_datetime(value: str) -> datetime:
    """Parse either format: ISO 8601 when it looks like one, else RFC 2822."""
    if len(value) >= 10 and value[4] == "-" and value[:4].isdigit():
        return parse_iso8601(value)
    return parse_rfc2822(value)
