"""Every Python value Twilio receives is encoded here: form fields, query strings, path
keys, JSON bodies and the per-parameter rules of the generated operations.

Twilio's form conventions (``application/x-www-form-urlencoded``):

- ``None`` means "not sent";
- booleans are ``true`` / ``false``;
- lists and tuples become repeated keys (``MediaUrl=a&MediaUrl=b``);
- datetimes are ISO 8601 in UTC, dates ``YYYY-MM-DD``;
- dicts (JSON-typed parameters such as ``ContentVariables``) are serialised to JSON;
- enums send their value; everything else is ``str(value)``.

JSON bodies use the same date and enum rules (:func:`json_default`, :func:`json_body`).
Some parameters also have a rule of their own, declared by the generated operation
(:data:`Encoding`, applied by :data:`ENCODERS`): a date-only field, a JSON-valued field.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timezone
from typing import Any, Final, Literal
from urllib.parse import quote

import attrs
import orjson

__all__ = [
    "ENCODERS",
    "Encoding",
    "collapse",
    "encode_form",
    "encode_value",
    "form_pairs",
    "format_date",
    "format_datetime",
    "json_body",
    "json_default",
    "key_text",
    "quote_plus",
    "segment",
]

_UTC = timezone.utc


def format_datetime(value: datetime) -> str:
    """Format for Twilio parameters: ISO 8601 in UTC with a ``Z``.

    Aware values are converted to UTC first (so 12:00+02:00 is sent as 10:00Z); naive
    values are taken to be UTC already.
    """
    if value.tzinfo is not None:
        value = value.astimezone(_UTC)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}Z"
    )


def format_date(value: date) -> str:
    """Format a date as ``YYYY-MM-DD`` (a datetime as its own calendar date)."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def encode_value(value: Any) -> str:
    """Turn one scalar parameter value into the string Twilio expects."""
    # Order matters: bool is an int, datetime is a date, str enums are str.
    if isinstance(value, str):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, enum.Enum):
        return encode_value(value.value)
    if isinstance(value, Mapping):
        return json_body(value).decode()
    return str(value)


def json_default(value: Any) -> Any:
    """Serialise what JSON has no type for: dates as Twilio wants them, enums by value,
    records (attrs classes) as objects."""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        return attrs.asdict(value)
    return str(value)


# Datetimes go through json_default too, so a JSON body formats them as a form field does.
_JSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME


def json_body(value: Any) -> bytes:
    """A JSON request body, or the JSON text of a JSON-valued parameter."""
    return orjson.dumps(value, default=json_default, option=_JSON_OPTIONS)


def key_text(value: object, name: str, declared: str | None) -> str:
    """A path key as text. A key is a ``str``; where the generated ``__call__`` declares
    it ``int`` or ``date`` (``declared``, the spec's type), a value of that type is
    accepted too, a date as ``YYYY-MM-DD``. Anything else (``None``, bytes, a float)
    would be sent as its ``str()``, so it is refused, naming the parameter."""
    if isinstance(value, str):
        return value
    if declared == "int" and type(value) is int:  # not bool
        return str(value)
    if declared == "date" and type(value) is date:  # not datetime: its time would be lost
        return format_date(value)
    expected = "a str" if declared in (None, "str") else f"a str or {declared}"
    got = "None" if value is None else type(value).__name__
    raise TypeError(f"{name} must be {expected}, got {got}")


# -- per-parameter rules of the generated operations ------------------------------------------

#: The rules an operation can declare for a keyword (``Operation.encode``).
Encoding = Literal["date", "json", "json_items"]


def _date_only(value: Any) -> Any:
    return format_date(value) if isinstance(value, date) else value


def _json_text(value: Any) -> Any:
    if isinstance(value, (Mapping, list, tuple)):
        return json_body(value).decode()
    return value


def _json_items(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_json_text(item) for item in value]
    return _json_text(value)


#: How a rule turns a keyword's value into what the form encoder then sends: a date-only
#: field as ``YYYY-MM-DD`` (a datetime by its own date), a JSON-valued field (or each item of
#: a list of them) as JSON text.
ENCODERS: Final[Mapping[Encoding, Callable[[Any], Any]]] = {
    "date": _date_only,
    "json": _json_text,
    "json_items": _json_items,
}


def collapse(prefix: str, value: Any) -> dict[str, Any]:
    """A prefixed collapsible map: ``{"a": {"b": 1}}`` under ``AddOns`` is ``AddOns.a.b=1``,
    as the official SDK sends it."""
    if not isinstance(value, Mapping):
        return {prefix: value}
    flat: dict[str, Any] = {}
    for key, item in value.items():
        flat.update(collapse(f"{prefix}.{key}", item))
    return flat


def form_pairs(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Expand API-named parameters into (name, text) pairs, dropping ``None`` values."""
    pairs: list[tuple[str, str]] = []
    append = pairs.append
    for name, value in params.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            for item in _ordered(value):
                if item is not None:
                    append((name, encode_value(item)))
        else:
            append((name, encode_value(value)))
    return pairs


def _ordered(values: Iterable[Any]) -> Iterable[Any]:
    # A set has no order; sort its encoded forms so the request body is deterministic.
    if isinstance(values, (set, frozenset)):
        return sorted(values, key=encode_value)
    return values


_UNRESERVED = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
# One entry per byte: itself if unreserved, "+" for a space, else "%XX". Mapping the
# UTF-8 bytes through this table gives what urllib's quote_plus(text, safe="") gives,
# in less than half the time (it calls a Python-level quoter per byte).
_QUOTED = [
    chr(byte) if byte in _UNRESERVED else "+" if byte == 0x20 else f"%{byte:02X}"
    for byte in range(256)
]
_quote_byte = _QUOTED.__getitem__


def quote_plus(text: str) -> str:
    """Form-encode one name or value (UTF-8, space as ``+``, only unreserved bytes kept)."""
    data = text.encode()
    unsafe = data.translate(None, _UNRESERVED)
    if not unsafe:
        return text
    if not unsafe.strip(b" +"):
        # Only spaces and plus signs: an E.164 number ("+1555...") or plain words, the
        # values most requests carry, by two replacements instead of a pass per byte.
        return text.replace("+", "%2B").replace(" ", "+")
    return "".join(map(_quote_byte, data))


# Parameter names repeat (the spec's names), so each is quoted once.
_quoted_names: dict[str, str] = {}


def _quote_name(name: str) -> str:
    if len(_quoted_names) >= 1024:
        _quoted_names.clear()
    quoted = _quoted_names[name] = quote_plus(name)
    return quoted


def encode_form(params: Mapping[str, Any]) -> str:
    """Encode API-named parameters as a form body or query string (without ``?``)."""
    parts: list[str] = []
    append = parts.append
    for name, value in params.items():
        if value is None:
            continue
        key = _quoted_names.get(name)
        if key is None:
            key = _quote_name(name)
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            append(f"{key}={quote_plus(value)}")
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in _ordered(value):
                if item is not None:
                    append(f"{key}={quote_plus(encode_value(item))}")
        else:
            append(f"{key}={quote_plus(encode_value(value))}")
    return "&".join(parts)


def segment(value: str, what: str) -> str:
    """Escape one path parameter so it stays one path segment (a SID like ``../Calls/CA...``
    can never change which resource a request reaches)."""
    if not isinstance(value, str) or value in ("", ".", ".."):
        raise ValueError(f"{what} must be a non-empty string, got {value!r}")
    return quote(value, safe="")
