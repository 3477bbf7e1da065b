"""Every 2xx response example in Twilio's specs decodes into its generated record.

The values are checked field by field against the example, with an independent reading
of each Python type (dates parsed by the standard library, prices as ``Decimal``, enums by
value, nested records and lists recursively), so a wrong type, a lost field alias or a
broken nested record fails here with the operation, example and field named.
"""

from __future__ import annotations

import email.utils
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

from tests import generated
from twilio_async import OpenEnum
from twilio_async._converter import structure_hook


def _examples() -> list[tuple[str, Any, str, Any]]:
    cases = []
    for _, _, op in generated.operations():
        if op.record is None:
            continue
        responses = generated.spec_operation(op).get("responses", {})
        for code, response in sorted(responses.items()):
            if not code.startswith("2"):
                continue
            content = (response or {}).get("content", {}).get("application/json", {})
            for name, example in sorted((content.get("examples") or {}).items()):
                value = generated.resolve(op.spec, example).get("value")
                cases.append((f"{op.id}[{code} {name}]", op, name, value))
    return cases


CASES = _examples()


def test_most_operations_with_a_record_have_examples() -> None:
    assert len(CASES) >= 1000


def _is_optional(tp: Any) -> Any:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return rest[0] if len(rest) == 1 else tp
    return tp


def _datetime(text: str) -> datetime:
    if text[:3].isalpha():
        return email.utils.parsedate_to_datetime(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def check(value: Any, example: Any, tp: Any, where: str) -> None:
    """Assert that ``value`` is ``example`` read as ``tp``."""
    tp = _is_optional(tp)
    if example is None or (example == "" and tp in (datetime, date, Decimal, int)):
        assert value is None, where
        return
    if attrs.has(tp):
        assert isinstance(value, tp), where
        hints = typing.get_type_hints(tp)
        for field in attrs.fields(tp):
            key = field.metadata.get("json", field.name.removesuffix("_"))
            if isinstance(example, dict) and key in example:
                check(getattr(value, field.name), example[key], hints[field.name], f"{where}.{key}")
        return
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        assert isinstance(value, list), where
        assert len(value) == len(example), where
        for i, (v, e) in enumerate(zip(value, example, strict=True)):
            check(v, e, item, f"{where}[{i}]")
        return
    if isinstance(tp, type) and issubclass(tp, OpenEnum):
        assert isinstance(value, tp), where
        assert value.value == example, where
    elif tp is datetime:
        assert value == _datetime(example), where
    elif tp is date:
        assert value == date.fromisoformat(example[:10]), where
    elif tp is Decimal:
        assert value == Decimal(str(example)), where
    elif tp is int:
        assert type(value) is int, where
        assert value == int(example), where
    elif tp is float:
        assert value == float(example), where
    elif tp is bool:
        assert value is (example if isinstance(example, bool) else example == "true"), where
    else:
        assert value == example, where


@pytest.mark.parametrize(("case", "op", "name", "example"), CASES, ids=[c[0] for c in CASES])
def test_example_decodes_into_its_record(case: str, op: Any, name: str, example: Any) -> None:
    decode = structure_hook(op.record)
    if op.envelope is not None:
        items = example[op.envelope]
        assert isinstance(items, list), case
        records = [decode(item) for item in items]
        for i, (record, item) in enumerate(zip(records, items, strict=True)):
            check(record, item, op.record, f"{case}[{i}]")
    else:
        check(decode(example), example, op.record, case)
