"""Helpers for the contract tests: drive twilio_async against Prism and judge the results.

- :class:`Recorder` is an ``httpx.AsyncClient`` factory whose event hooks keep every request
  and its raw response body. :class:`~twilio_async.InvalidRequestError` keeps Prism's
  ``detail`` as its message but drops the ``validation`` list of Prism's 422 problem body, so
  the list is read back from here.
- :func:`prism_call` awaits a client call and turns a 422 into :class:`PrismRejected`
  carrying that list, so a failure says exactly which parameter broke the spec.
- :func:`sample_params` builds keyword arguments for an operation from its spec schemas and
  ``TypedDict`` annotations; :func:`field_mismatches` compares a decoded record with the
  JSON it came from, with its own (stdlib) parsing of dates and numbers.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import attrs
import httpx
import orjson

from tests import spec as oas
from twilio_async import InvalidRequestError, OpenEnum, TwilioError

T = TypeVar("T")

PHONE = "+15558675310"
URL = "https://example.com/prism-contract"
WHEN = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
TWIML = "<Response><Say>contract test</Say></Response>"
_ISO_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_FAKED_FORMATS = frozenset({"date-time", "date"})
_SID_PATTERN = re.compile(r"^\^\(?([A-Z]{2})(?:\|[A-Z]{2})*\)?\[0-9a-fA-F\]\{32\}\$$")


def spec_enum(schema: oas.JsonSchema) -> list[Any] | None:
    """The enum values of a resolved schema, without the ``null`` that ``nullable`` adds."""
    values = schema.get("enum")
    return None if values is None else [value for value in values if value is not None]


def spec_kind(schema: oas.JsonSchema) -> str:
    """``enum``, ``array``, ``boolean``, ``integer``, ``number``, ``object``, ``date-time``,
    ``date``, ``string`` or ``any`` (no type)."""
    if spec_enum(schema):
        return "enum"
    declared = schema.get("type")
    kinds = [declared] if isinstance(declared, str) else list(declared or [])
    kinds = [name for name in kinds if name != "null"]
    if not kinds:
        return "any"
    kind = str(kinds[0])
    if kind == "string" and schema.get("format") in ("date-time", "date-time-rfc-2822"):
        return "date-time"
    if kind == "string" and schema.get("format") == "date":
        return "date"
    return kind


def members(annotation: Any) -> list[Any]:
    """The alternatives of an annotation: unions flattened, ``None`` dropped."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [m for arg in typing.get_args(annotation) for m in members(arg)]
    if annotation is None or annotation is type(None):
        return []
    return [annotation]


def fake_sid(prefix: str, tag: str = "c0de") -> str:
    """An obviously fake SID: ``prefix`` + ``0000...`` + ``tag`` (hex), 34 characters."""
    return prefix + tag.rjust(32, "0")


@dataclass
class Exchange:
    """One request we sent and what came back."""

    method: str
    url: httpx.URL
    request_body: bytes
    status: int | None = None
    body: Any = None

    @property
    def form(self) -> list[tuple[str, str]]:
        """The request body as form pairs, repeated keys kept."""
        return parse_qsl(self.request_body.decode(), keep_blank_values=True)


@dataclass
class Recorder:
    """Keeps every exchange made through the ``httpx.AsyncClient`` it builds."""

    prefer: str | None = None
    """A ``Prefer`` header for every request: ``dynamic=true`` (random schema-shaped answers
    even from a static Prism) or ``example=<name>`` (one of the spec's named examples)."""
    exchanges: list[Exchange] = field(default_factory=list)

    def http_client(self) -> httpx.AsyncClient:
        """An httpx client for ``Client(http_client=...)``; no proxies from the environment."""

        async def on_request(request: httpx.Request) -> None:
            if self.prefer:
                request.headers["Prefer"] = self.prefer
            self.exchanges.append(Exchange(request.method, request.url, request.content))

        async def on_response(response: httpx.Response) -> None:
            await response.aread()
            exchange = next(e for e in reversed(self.exchanges) if e.url == response.request.url)
            exchange.status = response.status_code
            try:
                exchange.body = orjson.loads(response.content) if response.content else None
            except orjson.JSONDecodeError:
                exchange.body = response.content.decode("utf-8", "replace")

        return httpx.AsyncClient(
            trust_env=False,
            timeout=10.0,
            event_hooks={"request": [on_request], "response": [on_response]},
        )

    @property
    def last(self) -> Exchange:
        """The most recent exchange."""
        assert self.exchanges, "no request was sent"
        return self.exchanges[-1]

    def validation_for(self, error: InvalidRequestError) -> list[dict[str, Any]]:
        """Prism's ``validation`` list for the request that raised ``error`` (empty if none)."""
        for exchange in reversed(self.exchanges):
            if str(exchange.url) == error.url and isinstance(exchange.body, dict):
                validation = exchange.body.get("validation")
                return list(validation) if isinstance(validation, list) else []
        return []


class PrismRejected(AssertionError):
    """Prism answered 422: our request breaks the spec. ``validation`` is Prism's list."""

    def __init__(self, error: InvalidRequestError, validation: list[dict[str, Any]]) -> None:
        self.error = error
        self.validation = validation
        issues = "\n".join(
            f"  - {'/'.join(map(str, issue.get('location', [])))}: {issue.get('message')}"
            f" [{issue.get('code')}]"
            for issue in validation
        )
        super().__init__(
            f"Prism rejected {error.method} {error.url} with {error.status}: {error.message}\n"
            f"validation:\n{issues or '  (no validation list in the body)'}"
        )


class KnownPrismGap(Exception):
    """Prism rejected the request for a documented reason only (e.g. prism #2473)."""


class KnownSpecDeviation(Exception):
    """The spec contradicts itself (e.g. its example's next-page link breaks its own schema)."""


async def prism_call(recorder: Recorder, call: Awaitable[T]) -> T:
    """Await a client call; a 422 from Prism becomes :class:`PrismRejected` with its list."""
    try:
        return await call
    except InvalidRequestError as error:
        if error.status != 422:
            raise
        raise PrismRejected(error, recorder.validation_for(error)) from error


def only_array_type_errors(rejected: PrismRejected, names: set[str]) -> bool:
    """Whether every issue is Prism's "must be array" complaint about one of ``names``."""
    locations = [list(issue.get("location", [])) for issue in rejected.validation]
    return bool(locations) and all(
        issue.get("code") == "type" and location[-1:] and location[-1] in names
        for issue, location in zip(rejected.validation, locations, strict=True)
    )


# -- parameter values -------------------------------------------------------------------------
def sid_from_pattern(pattern: str | None) -> str | None:
    """A SID matching Twilio's ``^XX[0-9a-fA-F]{32}$`` patterns (first prefix of a choice)."""
    match = _SID_PATTERN.match(pattern or "")
    return fake_sid(match[1]) if match else None


def sample_value(name: str, schema: oas.JsonSchema, annotation: Any) -> Any:
    """A valid value for one parameter, of a Python type its annotation allows."""
    kind = spec_kind(schema)
    alternatives = members(annotation)

    def allows(*classes: type) -> bool:
        return any(
            member in classes or typing.get_origin(member) in classes for member in alternatives
        )

    if kind == "enum":
        return (spec_enum(schema) or [])[0]
    if kind == "array":
        item_schema = schema.get("items", {})
        values = spec_enum(item_schema)
        if values:
            return values[:2]
        item = sample_value(name, item_schema, str)
        return [item, f"{item}-2"] if isinstance(item, str) else [item, item]
    if kind == "boolean":
        return True
    if kind == "integer":
        minimum = schema.get("minimum")
        return int(minimum) if minimum is not None else 1
    if kind == "number":
        return 0.5 if allows(float) else Decimal("0.5")
    if kind == "date-time":
        return WHEN if allows(datetime) else WHEN.date()
    if kind == "date":
        return WHEN.date()
    if kind == "object":
        return {"contract": "test"}
    if allows(dict, Mapping):
        return {"contract": "test"}  # sent as JSON text: exercises our encoder
    sid = sid_from_pattern(schema.get("pattern"))
    if sid is not None:
        return sid
    text = {
        "phone-number": PHONE,
        "endpoint": PHONE,
        "uri": URL,
        "url": URL,
        "twiml": TWIML,
        "email": "contract@example.com",
    }.get(str(schema.get("format")), f"contract {name}")
    return text[: schema.get("maxLength", len(text))].ljust(schema.get("minLength", 0), "x")


def next_link(body: Any) -> str | None:
    """A list page's next link: v2010 ``next_page_uri`` or v1/v2 ``meta.next_page_url``."""
    if not isinstance(body, dict):
        return None
    meta = body.get("meta")
    link = meta.get("next_page_url") if isinstance(meta, dict) else body.get("next_page_uri")
    return link if isinstance(link, str) and link else None


def parse_timestamp(text: str) -> datetime:
    """Twilio's timestamps, parsed with the standard library only (an independent oracle)."""
    if len(text) >= 10 and text[4] == "-":
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    return parsedate_to_datetime(text)


def json_key(field_name: str) -> str:
    """The JSON key of a record field (``from_`` -> ``from``)."""
    return field_name[:-1] if field_name.endswith("_") else field_name


def _expected(annotation: Any, raw: Any) -> Any:
    for member in members(annotation):
        if isinstance(member, type) and issubclass(member, OpenEnum):
            return raw
        if member is datetime:
            return parse_timestamp(raw)
        if member is date:
            return date.fromisoformat(raw[:10])
        if member is Decimal:
            return Decimal(str(raw))
        if member is bool:
            return raw if isinstance(raw, bool) else raw == "true"
        if member in (int, float):
            return member(raw)
        if member is str:
            return raw if isinstance(raw, str) else str(raw)
    return raw


def field_mismatches(record: Any, raw: Mapping[str, Any]) -> list[str]:
    """Every field whose decoded value differs from what the JSON says, and dropped keys."""
    cls = type(record)
    hints = typing.get_type_hints(cls)
    problems = []
    fields = {json_key(f.name): f.name for f in attrs.fields(cls)}
    for key in sorted(raw.keys() - fields.keys()):
        problems.append(f"{cls.__name__} dropped the JSON key {key!r}")
    for key, name in fields.items():
        if key not in raw:
            continue
        value = getattr(record, name)
        if raw[key] is None:
            if value is not None:
                problems.append(f"{cls.__name__}.{name}: {value!r} for JSON null")
            continue
        expected = _expected(hints[name], raw[key])
        if value != expected:
            problems.append(f"{cls.__name__}.{name}: {value!r}, expected {expected!r}")
        if isinstance(value, OpenEnum) and not value.is_known:
            problems.append(f"{cls.__name__}.{name}: {value.value!r} unknown to {type(value)}")
    return problems


def shallow_type_errors(record: Any) -> list[str]:
    """Fields whose runtime value is not of (the outer type of) their annotation."""
    cls = type(record)
    problems = []
    for name, annotation in typing.get_type_hints(cls).items():
        value = getattr(record, name)
        if value is None:
            continue
        runtime = [typing.get_origin(m) or m for m in members(annotation)]
        if typing.Any in runtime:
            continue
        if not any(isinstance(value, kind) for kind in runtime if isinstance(kind, type)):
            problems.append(f"{cls.__name__}.{name}={value!r:.60} is not {annotation}")
    return problems


def records_in(body: Any, envelope: str | None) -> list[Any]:
    """The records of a list page body (v2010 envelope key, or v1/v2 ``meta.key``)."""
    if not isinstance(body, dict):
        return []
    meta = body.get("meta")
    key = envelope or (meta.get("key") if isinstance(meta, dict) else None)
    records = body.get(key, []) if key else []
    return list(records or [])


def raise_item_error(results: list[Any]) -> None:
    """``create_many`` returns errors as results; re-raise the first one."""
    for item in results:
        if isinstance(item, TwilioError):
            raise item
