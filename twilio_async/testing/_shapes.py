"""Records made from the table's shapes: identity fields at creation, request parameters
turned into field values, and rendering with the spec's example values as defaults."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import quote

import orjson

from twilio_async.testing._errors import invalid_parameter
from twilio_async.testing._params import format_rfc2822, parse_date_or_datetime, parse_datetime
from twilio_async.testing._resources import StoredRecord
from twilio_async.testing._store import new_sid
from twilio_async.testing._table import CollectionSpec, FieldSpec, Shape

__all__ = [
    "DATE_TYPES",
    "check_json",
    "coerce",
    "format_moment",
    "identity_fields",
    "instance_path",
    "matches",
    "render",
    "sid_prefix",
]

DATE_TYPES = frozenset({"datetime", "rfc2822", "date"})
_LINK_FIELDS = ("links", "subresource_uris")
_STAMPED = frozenset({"date_created", "date_updated"})


def format_moment(moment: datetime, kind: str) -> str:
    """A date as a field of ``kind`` holds it: ISO 8601, RFC 2822 (v2010) or a day."""
    if kind == "rfc2822":
        return format_rfc2822(moment)
    moment = moment.astimezone(timezone.utc)
    if kind == "date":
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def instance_path(collection: CollectionSpec, values: Sequence[str]) -> str:
    """The collection's template with ``values`` in its placeholders (a record's URI)."""
    parts = collection.template.split("{")
    out = [parts[0]]
    for value, part in zip(values, parts[1:], strict=True):
        out.append(quote(value, safe="+@:") + part.split("}", 1)[1])
    return "".join(out)


def sid_prefix(shapes: Iterable[Shape | None], name: str = "sid") -> str:
    """The two letters of ``name``'s SIDs (``ZZ`` when the spec gives none)."""
    for shape in shapes:
        spec = shape.by_name.get(name) if shape else None
        if spec is not None and spec.prefix:
            return spec.prefix
    return "ZZ"


def identity_fields(
    collection: CollectionSpec,
    shapes: Sequence[Shape | None],
    values: Sequence[str],
    *,
    account_sid: str,
    now: datetime,
) -> dict[str, Any]:
    """What a new record always has: its path values (key included), SIDs, account, dates,
    URL and URI. ``values`` fill the collection's template."""
    fields: dict[str, Any] = {}
    for name, value in zip(collection.fields, values, strict=True):
        if name:
            fields[name] = int(value) if collection.type_of(name) == "int" else value
    path = instance_path(collection, values)
    for shape in shapes:
        for spec in shape.fields if shape else ():
            if spec.name in fields:
                continue
            value = _identity_value(spec, collection, path, account_sid, now)
            if value is not None:
                fields[spec.name] = value
    return fields


def _identity_value(
    spec: FieldSpec, collection: CollectionSpec, path: str, account_sid: str, now: datetime
) -> Any:
    name = spec.name
    if name == "account_sid":
        return account_sid
    if spec.type in DATE_TYPES and (
        name in _STAMPED or (spec.default is None and not spec.nullable)
    ):
        return format_moment(now, spec.type)
    if name == "url":
        return f"https://{collection.product}.twilio.com{path}"
    if name == "uri":
        return path
    if name == "sid" or (spec.prefix and spec.default is None and not spec.nullable):
        return new_sid(spec.prefix or "ZZ")
    return None


def coerce(values: Sequence[str], spec: FieldSpec, api: str) -> Any:
    """A request parameter's text as the record field holds it (400 if it cannot be)."""
    raw = values[0]
    kind = spec.type
    if kind == "array":
        return [_json_or_text(value) for value in values]
    if kind in ("object", "any"):
        return _json_or_text(raw)
    try:
        if kind == "int":
            return int(raw)
        if kind == "num":
            return float(raw)
    except ValueError:
        raise invalid_parameter(f"{api} must be a number, got {raw!r}") from None
    if kind == "bool":
        if raw.lower() not in ("true", "false"):
            raise invalid_parameter(f"{api} must be true or false, got {raw!r}")
        return raw.lower() == "true"
    if kind in ("datetime", "rfc2822"):
        moment = parse_datetime(raw)
        if moment is None:
            raise invalid_parameter(f"{api} must be a date and time, got {raw!r}")
        return format_moment(moment, kind)
    return raw


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "num": (int, float),
    "bool": (bool,),
    "array": (list,),
    "object": (dict,),
}


def check_json(value: Any, spec: FieldSpec, name: str) -> Any:
    """A JSON body's value for a record field, if it has the field's type (400 if not)."""
    expected = _JSON_TYPES.get(spec.type)
    wrong = expected is not None and not isinstance(value, expected)
    if wrong or (spec.type in ("int", "num") and isinstance(value, bool)):
        raise invalid_parameter(f"{name} must be of type {spec.type}, got {value!r}")
    return value


def _json_or_text(value: str) -> Any:
    if value[:1] in ("{", "["):
        try:
            return orjson.loads(value)
        except orjson.JSONDecodeError:
            pass
    return value


def render(record: StoredRecord, shape: Shape) -> dict[str, Any]:
    """The record as an operation answers it: every field of ``shape``, stored values first,
    then the spec's defaults (links re-pointed at this record)."""
    stored = record.fields
    out: dict[str, Any] = {}
    for spec in shape.fields:
        name = spec.name
        if name in stored:
            out[name] = stored[name]
        elif name in _LINK_FIELDS and isinstance(spec.default, dict):
            out[name] = _rebased(spec.default, shape, stored)
        else:
            out[name] = spec.default
    return out


def _rebased(links: Mapping[str, Any], shape: Shape, stored: Mapping[str, Any]) -> dict[str, Any]:
    """The example's links, with the example record's URL swapped for this record's."""
    for name in ("url", "uri"):
        spec = shape.by_name.get(name)
        ours = stored.get(name)
        if spec is not None and isinstance(spec.default, str) and isinstance(ours, str):
            old, new = spec.default.removesuffix(".json"), ours.removesuffix(".json")
            return {
                key: new + value[len(old) :]
                if isinstance(value, str) and value.startswith(old)
                else value
                for key, value in links.items()
            }
    return dict(links)


def matches(value: Any, wanted: str, comparison: str, kind: str | None = None) -> bool:
    """Whether a record's field (of type ``kind``) passes one list filter: ``eq``, or the
    date bounds ``le``/``ge``, inclusive as Twilio's are. A date field equals a day."""
    if comparison == "eq" and kind not in DATE_TYPES:
        if isinstance(value, list):
            return any(_text(item) == wanted for item in value)
        return _text(value) == wanted
    if value is None:
        return False
    bound = parse_date_or_datetime(wanted)
    if comparison == "eq":
        moment = parse_date_or_datetime(str(value))
        if bound is None or moment is None:
            return _text(value) == wanted
        if isinstance(bound, datetime) and isinstance(moment, datetime):
            return moment == bound
        return _day(moment) == _day(bound)
    moment = parse_date_or_datetime(str(value))
    if bound is None:
        raise invalid_parameter(f"{wanted!r} is not a date or a date and time")
    if moment is None:
        return False
    if not isinstance(bound, datetime) and isinstance(moment, datetime):
        moment = moment.date()
    elif isinstance(bound, datetime) and not isinstance(moment, datetime):
        bound = bound.date()
    return moment <= bound if comparison == "le" else moment >= bound


def _day(moment: date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)
