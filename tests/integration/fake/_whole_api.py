"""How the whole-API tests call any generated operation against the fake.

For one operation: the public method that sends it, path values that name existing
records (parents created in the fake's store first, the addressed record too), and
values for its required keywords read from its ``TypedDict``. Reaches into the fake's
table and store (``fake._table``, ``fake._generic``): planning needs what the generator
wrote about collections and parents.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, datetime, timezone
from typing import Any

from tests import generated
from twilio_async._operation import Operation
from twilio_async.testing import FakeTwilio
from twilio_async.testing._table import CollectionSpec, FieldSpec, OperationSpec, Table

#: Messages have their own handler, which validates like Twilio: a valid message.
SEND = {"to": "+15558675310", "from_": "+15017122661", "body": "Hello"}


@functools.cache
def public_methods() -> dict[int, generated.Method]:
    """The method that sends each operation (``list`` for lists, not ``*_with_http_info``)."""
    found: dict[int, generated.Method] = {}
    for method in generated.methods():
        kind = method.operation.id.rsplit(".", 1)[1]
        if method.name == kind:
            found.setdefault(id(method.operation), method)
    return found


def table_operation(fake: FakeTwilio, op: Operation[Any]) -> OperationSpec:
    """The fake's table entry for a generated operation: same product, method and path, and
    the same id (two generated operations share one, so the id alone does not find it)."""
    spec = _by_route(fake._table)[(op.product, op.method, op.path)]
    assert spec.id == op.id
    return spec


@functools.cache
def _by_route(table: Table) -> dict[tuple[str, str, str], OperationSpec]:
    return {(s.product, s.method, s.path): s for s in table.operations}


def sid(prefix: str | None) -> str:
    """A SID with that prefix (``ZZ`` when the spec gives none)."""
    return (prefix or "ZZ") + "0123456789abcdef" * 2


def _field_value(fake: FakeTwilio, collection: CollectionSpec, index: int) -> str:
    """A value for a placeholder no record stands behind, fit for its record field."""
    name = collection.fields[index]
    spec = collection.shape.by_name.get(name) if collection.shape and name else None
    if name == "account_sid":
        return fake.account_sid
    if spec is not None and spec.type == "int":
        return "1"
    if spec is not None and isinstance(spec.default, str) and spec.default and not spec.prefix:
        return spec.default  # an enum or a name (``form-push``, ``US``)
    return sid(spec.prefix if spec else None)


def parent_values(fake: FakeTwilio, collection: CollectionSpec, count: int) -> tuple[str, ...]:
    """``count`` path values for ``collection``'s template, its parents' records created."""
    link = collection.parent
    if link is None:
        return tuple(_field_value(fake, collection, i) for i in range(count))
    parent = fake._table.collections[link[0]]
    depth = link[1]
    above = parent_values(fake, parent, depth - 1)
    if parent.creatable and parent.template.startswith("/2010-04-01/Accounts/{Sid}"):
        key = fake.account_sid
    elif parent.creatable:
        key = fake._generic.new_record(parent, above, None).key
    else:
        key = _field_value(fake, parent, depth - 1)
    rest = [_field_value(fake, collection, i) for i in range(depth, count)]
    return (*above, key, *rest)


def path_values(fake: FakeTwilio, spec: OperationSpec, placeholders: int) -> tuple[str, ...]:
    """Values for every placeholder of the operation's path; the addressed record exists."""
    collection = spec.collection
    parents = parent_values(fake, collection, min(placeholders, collection.depth))
    if placeholders <= collection.depth:
        if spec.kind in ("fetch", "update", "delete") and collection.creatable:
            fake._generic.new_record(collection, parents, None)  # the "latest" one
        return parents
    if spec.kind == "create" or not collection.creatable:  # a key the caller chose
        return (*parents, _field_value(fake, collection, collection.depth))
    return (*parents, fake._generic.new_record(collection, parents, None).key)


def keyword_value(hint: str) -> Any:
    """A value of the type a ``TypedDict`` annotation names (``Required[int]``...)."""
    text = (
        hint.removeprefix("Required[").removesuffix("]") if hint.startswith("Required[") else hint
    )
    simple: Mapping[str, Any] = {
        "str": "x",
        "int": 1,
        "float": 1.5,
        "bool": True,
        "datetime": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        "date": date(2024, 1, 2),
        "Any": {"a": 1},
        "str | VoiceResponse": "<Response/>",
    }
    if text in simple:
        return simple[text]
    if text.startswith("Sequence["):
        return [keyword_value(text.removeprefix("Sequence[").removesuffix("]"))]
    if text.startswith("Mapping["):
        return {"a": "b"}
    raise AssertionError(f"no sample value for {hint}")


def required_keywords(method: generated.Method, spec: OperationSpec) -> dict[str, Any]:
    """Sample values for the operation's required keywords (a JSON body with its keys)."""
    op = method.operation
    if op.id == "api.v2010.accounts.messages.create":
        return dict(SEND)
    raw = method.params.__annotations__ if method.params else {}
    api_names = {**op.query, **op.form, **op.headers}
    values = {}
    for name in sorted(op.required):
        hint = raw[name]
        # Annotations are strings (PEP 563), which TypedDict may wrap in a ForwardRef.
        value = keyword_value(str(getattr(hint, "__forward_arg__", hint)))
        api = api_names.get(name, "")
        field = spec.fields.get(api, ("",))[0]
        shape_field = spec.shape.by_name.get(field) if spec.shape else None
        example = shape_field.default if shape_field else None
        if api in spec.enums and not isinstance(value, bool):
            choice = sorted(spec.enums[api])[0]
            value = [choice] if isinstance(value, list) else choice
        elif api.endswith("Sid") and isinstance(value, str):
            value = sid(shape_field.prefix if shape_field else None)
        elif example is not None and type(example) is type(value):
            value = example  # the spec's example of the field it sets (``US``, an object)
        values[name] = value
    if op.body in values:
        fields = spec.shape.by_name if spec.shape else {}
        values[op.body] = {key: _json_sample(fields.get(key)) for key in spec.json or ()}
    return values


#: A JSON value of each record field type (the fake checks a JSON body's types).
JSON_SAMPLES: Mapping[str, Any] = {"int": 1, "num": 1.5, "bool": True, "array": [], "object": {}}


def _json_sample(field: FieldSpec | None) -> Any:
    """A value for a required key of a JSON body: the spec's example of the record field it
    sets, or a value of the field's type."""
    if field is None:
        return "x"
    if field.prefix:
        return sid(field.prefix)
    if field.default is not None:
        return field.default
    return JSON_SAMPLES.get(field.type, "x")
