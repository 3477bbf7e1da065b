"""The generated REST surface, discovered for tests: every module, operation and method.

Nothing is listed by name: every module under :mod:`twilio_async.rest` is imported and
every module-level :class:`~twilio_async._operation.Operation` collected, so a resource the
generator adds is covered by the conformance and example tests as soon as it exists.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import pkgutil
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import twilio_async.rest
from twilio_async._operation import Operation
from twilio_async._resource import Resource
from twilio_async._typing import Unpack

SPEC_DIR = Path(__file__).resolve().parent.parent / "specs" / "twilio-oai"
_USES = re.compile(r"self\._(call|call_info|stream|page|list)\((_[A-Z_]+)")


@functools.cache
def modules() -> tuple[ModuleType, ...]:
    """Every generated module (about 700), imported."""
    found = []
    for info in pkgutil.walk_packages(twilio_async.rest.__path__, "twilio_async.rest."):
        found.append(importlib.import_module(info.name))
    return tuple(found)


@functools.cache
def operations() -> tuple[tuple[ModuleType, str, Operation[Any]], ...]:
    """(module, constant name, operation) for every declared operation."""
    return tuple(
        (module, name, value)
        for module in modules()
        for name, value in vars(module).items()
        if isinstance(value, Operation)
    )


@functools.cache
def spec(stem: str) -> dict[str, Any]:
    """One spec file by its short name (``api_v2010``)."""
    data: dict[str, Any] = json.loads((SPEC_DIR / f"twilio_{stem}.json").read_text())
    return data


def resolve(stem: str, node: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` chains inside one spec file."""
    while "$ref" in node:
        target: Any = spec(stem)
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def spec_operation(op: Operation[Any]) -> dict[str, Any]:
    """The spec's operation object for a declaration."""
    result: dict[str, Any] = spec(op.spec)["paths"][op.path][op.method.lower()]
    return result


@dataclass(frozen=True)
class Method:
    """One public method of a generated resource class, and the operation it sends."""

    module: ModuleType
    cls: type[Resource]
    name: str
    operation: Operation[Any]
    params: type | None  # the TypedDict of its keywords


def methods() -> Iterator[Method]:
    """Every public operation method of every generated class."""
    for module in modules():
        for cls in vars(module).values():
            if not (
                isinstance(cls, type)
                and issubclass(cls, Resource)
                and cls.__module__ == module.__name__
            ):
                continue
            for name, func in vars(cls).items():
                if name.startswith("_") or not inspect.isfunction(func):
                    continue
                wrapped = getattr(func, "__wrapped__", None)
                if wrapped is not None:  # a *_with_http_info twin: its method's keywords
                    op = inspect.getclosurevars(func).nonlocals["op"]
                    func = wrapped
                else:
                    match = _USES.search(inspect.getsource(func))
                    if match is None:
                        continue
                    op = getattr(module, match.group(2))
                hints = typing.get_type_hints(func)
                params = None
                for hint in hints.values():
                    if typing.get_origin(hint) is Unpack:
                        params = typing.get_args(hint)[0]
                yield Method(module, cls, name, op, params)
