"""Which record fields are a record's identity, and so are never ``None`` in its type.

The spec marks nearly every response property ``nullable`` (4,647 of 5,358), so read alone
it would make ``message.sid`` a ``str | None`` and ``client.messages(message.sid)`` fail
``mypy --strict``. The rule, applied per response schema (``api.v2010.account.message``):

1. A field is a candidate if it names the record (``sid``), a key used to address it (a
   path parameter of an operation that answers with it, snake-cased: ``{AccountSid}`` ->
   ``account_sid``, ``{ServiceSid}`` -> ``service_sid``, ``{PhoneNumber}`` ->
   ``phone_number``), or is one of the fields Twilio puts on every resource it stores
   (``account_sid``, ``date_created``, ``url``).
2. A candidate is an identity field only if the spec shows it always there: the schema has
   at least one response example (fetch, create, update or a list page's items) and every
   one of them carries the field with a value (not ``null``, not ``""``). A record that is
   also nested inside another record counts the nested examples too.

The spec's examples are Twilio's own answers, recorded; a field that even one of them
leaves out or nulls stays optional. Decoding an answer without an identity field raises
``RecordDecodeError`` naming the record and the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from codegen.model import METHODS, Spec
from codegen.names import record_key, snake

#: Fields Twilio sets on every resource it stores, when the examples show them.
ALWAYS_CANDIDATES = frozenset({"sid", "account_sid", "date_created", "url"})
_PATH_PARAM = re.compile(r"\{([^}]+)\}")
_ANALYSED: dict[str, dict[str, frozenset[str]]] = {}  # by spec file


def _identity(spec: Spec) -> dict[str, frozenset[str]]:
    candidates: dict[str, set[str]] = {}
    examples: dict[str, list[dict[str, Any]]] = {}
    for path, item in spec.data["paths"].items():
        keys = {snake(name) for name in _PATH_PARAM.findall(path)}
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            for ref, values in _answers(spec, op):
                candidates.setdefault(record_key(ref), set()).update(ALWAYS_CANDIDATES | keys)
                for value in values:
                    _collect(spec, ref, value, examples)
    result: dict[str, frozenset[str]] = {}
    for key, names in candidates.items():
        seen = examples.get(key) or []
        if not seen:
            continue
        properties = _schema(spec, key).get("properties") or {}
        always = {
            name
            for name in names
            if name in properties and all(item.get(name) not in (None, "") for item in seen)
        }
        if always:
            result[key] = frozenset(always)
    return result


def identity_fields(spec: Spec, key: str) -> frozenset[str]:
    """The JSON keys of the record ``key`` (a :func:`record_key`) that are never ``None``."""
    known = _ANALYSED.get(spec.file)
    if known is None:
        known = _ANALYSED[spec.file] = _identity(spec)
    return known.get(key, frozenset())


def _answers(spec: Spec, op: dict[str, Any]) -> Iterator[tuple[str, list[Any]]]:
    """(response schema component, example records) for each 2xx JSON answer of ``op``."""
    for code, response in (op.get("responses") or {}).items():
        if not code.startswith("2"):
            continue
        media = ((response or {}).get("content") or {}).get("application/json") or {}
        schema = media.get("schema")
        if not schema:
            continue
        values = [
            spec.resolve(example)[1].get("value")
            for example in (media.get("examples") or {}).values()
        ]
        ref, resolved = spec.resolve(schema)
        if ref is None:
            continue
        envelope = _envelope(spec, resolved)
        if envelope is not None:
            name, item_ref = envelope
            items = [
                item
                for value in values
                if isinstance(value, dict)
                for item in value.get(name) or []
            ]
            yield item_ref, items
        elif resolved.get("type") == "object":
            yield ref, values


def _envelope(spec: Spec, schema: dict[str, Any]) -> tuple[str, str] | None:
    """A list page's (array key, item component), if ``schema`` is one."""
    properties = schema.get("properties") or {}
    if "meta" not in properties and "next_page_uri" not in properties:
        return None
    for name, prop in properties.items():
        _, prop = spec.resolve(prop)
        if prop.get("type") == "array":
            items = (prop.get("items") or {}).get("$ref")
            if items:
                return name, items.rsplit("/", 1)[-1]
    return None


def _schema(spec: Spec, key: str) -> dict[str, Any]:
    schemas = spec.data["components"]["schemas"]
    found: dict[str, Any] = schemas.get(key) or schemas.get(f"{key}-instance") or {}
    return found


def _collect(spec: Spec, ref: str, value: Any, into: dict[str, list[dict[str, Any]]]) -> None:
    """File ``value`` under its component, and every record nested in it under its own."""
    if not isinstance(value, dict):
        return
    into.setdefault(record_key(ref), []).append(value)
    for name, prop in (_schema(spec, record_key(ref)).get("properties") or {}).items():
        inner = prop.get("$ref") or (prop.get("items") or {}).get("$ref")
        if inner is None or value.get(name) is None:
            continue
        inner = inner.rsplit("/", 1)[-1]
        if _schema(spec, record_key(inner)).get("type") != "object":
            continue
        nested = value[name]
        for item in nested if isinstance(nested, list) else [nested]:
            _collect(spec, inner, item, into)
