"""The resources twilio_async declares, found by discovery, and the spec operations they use.

Nothing here lists resources by name: every module of :mod:`twilio_async._resources` is
imported, and every module-level :class:`~twilio_async._resource.ResourceSpec` plus every
``ListResource`` / ``InstanceContext`` subclass that points at one is collected. A resource
added later is therefore covered by the conformance and contract tests as soon as it lands.

Which operations a resource implements follows from the public methods of its classes:

- ``create`` / ``create_many``: POST ``list_path`` with ``spec.create`` (form body);
- ``list`` / ``stream`` / ``page``: GET ``list_path`` with ``spec.filters`` (query) + PageSize;
- ``fetch``: GET ``instance_path``; ``update``: POST ``instance_path`` with ``spec.update``;
  ``delete``: DELETE ``instance_path`` (unless the spec says ``deletable=False``).

Our path templates become the spec's by PascalCasing placeholders (``{account_sid}`` ->
``{AccountSid}``); the spec file follows from ``ResourceSpec.product``.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import typing_extensions
from typing_extensions import NotRequired, Required

import twilio_async._resources
from tests import spec as oas
from twilio_async._resource import InstanceContext, ListResource, ResourceSpec

__all__ = [
    "CONTEXT_METHODS",
    "LIST_METHODS",
    "PAGING_PARAMS",
    "PRODUCT_SPECS",
    "Operation",
    "OperationKind",
    "Resource",
    "discover",
    "members",
    "openapi_path",
    "operations",
    "pascal_case",
    "record_schema",
    "resource_modules",
    "spec_enum",
    "spec_kind",
    "typed_dict_in",
]

PRODUCT_SPECS: Mapping[str, str] = {
    "api": "api_v2010",
    "verify": "verify_v2",
    "messaging": "messaging_v1",
}
"""Which spec file (short name for :func:`tests.spec.load_spec`) describes each product."""

DATE_TIME_FORMATS = frozenset({"date-time", "date-time-rfc-2822"})
"""String formats Twilio's specs use for timestamps (v2010 bodies use RFC 2822)."""

PAGING_PARAMS = frozenset({"PageSize", "Page", "PageToken"})
"""List parameters the generic paging code owns; resources do not expose them as filters."""


@dataclass(frozen=True)
class OperationKind:
    """What one public resource method does over HTTP."""

    http_method: str
    on_instance: bool
    params_attr: str | None
    """The ``ResourceSpec`` map holding its parameter names (``create``/``update``/``filters``)."""
    location: str | None
    """Where :func:`tests.spec.request_params` puts those parameters (``body``/``query``)."""


LIST_METHODS: Mapping[str, OperationKind] = {
    "create": OperationKind("POST", False, "create", "body"),
    "create_many": OperationKind("POST", False, "create", "body"),
    "list": OperationKind("GET", False, "filters", "query"),
    "stream": OperationKind("GET", False, "filters", "query"),
    "page": OperationKind("GET", False, "filters", "query"),
}
"""Public methods of ``ListResource`` subclasses that are operations."""

CONTEXT_METHODS: Mapping[str, OperationKind] = {
    "fetch": OperationKind("GET", True, None, None),
    "update": OperationKind("POST", True, "update", "body"),
    "delete": OperationKind("DELETE", True, None, None),
}
"""Public methods of ``InstanceContext`` subclasses that are operations."""


@dataclass(frozen=True)
class Resource:
    """One ``ResourceSpec`` constant and the classes declared on it."""

    label: str
    """``module.CONSTANT``, e.g. ``messages.MESSAGES``: names the resource in failures."""
    spec: ResourceSpec[Any]
    list_classes: tuple[type[ListResource[Any]], ...]
    context_classes: tuple[type[InstanceContext[Any]], ...]

    @property
    def spec_name(self) -> str:
        """The spec file describing this resource's product."""
        product = self.spec.product
        if product not in PRODUCT_SPECS:
            raise LookupError(
                f"{self.label}: product {product!r} has no spec file in tests/catalog.py "
                f"PRODUCT_SPECS (known: {', '.join(PRODUCT_SPECS)})"
            )
        return PRODUCT_SPECS[product]

    @property
    def openapi(self) -> oas.JsonSchema:
        """The parsed spec (shared, read-only)."""
        return oas.load_spec(self.spec_name)


@dataclass(frozen=True)
class Operation:
    """One public method of a resource class, and the spec operation it must match."""

    resource: Resource
    cls: type[ListResource[Any]] | type[InstanceContext[Any]]
    method_name: str
    kind: OperationKind

    @property
    def label(self) -> str:
        """``MessageList.create``: names the operation in test ids and failures."""
        return f"{self.cls.__name__}.{self.method_name}"

    @property
    def template(self) -> str:
        """Our path template for this operation (``instance_path`` or ``list_path``)."""
        declared = self.resource.spec
        path = declared.instance_path if self.kind.on_instance else declared.list_path
        if path is None:
            which = "instance_path" if self.kind.on_instance else "list_path"
            raise LookupError(f"{self.label} exists but {self.resource.label}.{which} is None")
        return path

    @property
    def spec_path(self) -> str:
        """The spec's path template (placeholders PascalCased)."""
        return openapi_path(self.template)

    @property
    def names(self) -> Mapping[str, str]:
        """Python keyword -> API parameter name for this operation (empty if it takes none)."""
        attr = self.kind.params_attr
        return getattr(self.resource.spec, attr) if attr else {}

    @property
    def params_type(self) -> type | None:
        """The ``TypedDict`` in the method's signature (``Unpack[MessageCreateParams]``)."""
        return typed_dict_in(getattr(self.cls, self.method_name))

    def spec_operation(self) -> oas.JsonSchema:
        """The spec's operation object; :class:`tests.spec.SpecError` if it has none."""
        return oas.operation(self.resource.openapi, self.spec_path, self.kind.http_method)


def pascal_case(snake: str) -> str:
    """``account_sid`` -> ``AccountSid``."""
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def openapi_path(template: str) -> str:
    """Our template (``.../{account_sid}/Messages/{sid}.json``) as the spec writes it."""
    return re.sub(r"\{(\w+)\}", lambda match: "{" + pascal_case(match[1]) + "}", template)


def resource_modules() -> list[ModuleType]:
    """Import and return every module of ``twilio_async._resources`` (failures propagate)."""
    package = twilio_async._resources
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda info: info.name)
    ]


def _classes(module: ModuleType) -> Iterator[type[Any]]:
    for value in vars(module).values():
        if isinstance(value, type) and value.__module__ == module.__name__:
            yield value


@functools.cache
def discover() -> tuple[Resource, ...]:
    """Every ``ResourceSpec`` constant of ``twilio_async._resources``, with its classes."""
    modules = resource_modules()
    found: dict[int, tuple[str, ResourceSpec[Any]]] = {}
    for module in modules:
        short = module.__name__.rsplit(".", 1)[1]
        for name, value in vars(module).items():
            if isinstance(value, ResourceSpec) and id(value) not in found:
                found[id(value)] = (f"{short}.{name}", value)
    lists: dict[int, list[type[ListResource[Any]]]] = {key: [] for key in found}
    contexts: dict[int, list[type[InstanceContext[Any]]]] = {key: [] for key in found}
    for module in modules:
        for cls in _classes(module):
            declared = getattr(cls, "_spec", None)
            if declared is None or id(declared) not in found:
                continue
            if issubclass(cls, ListResource):
                lists[id(declared)].append(cls)
            elif issubclass(cls, InstanceContext):
                contexts[id(declared)].append(cls)
    return tuple(
        Resource(label, declared, tuple(lists[key]), tuple(contexts[key]))
        for key, (label, declared) in found.items()
    )


def _is_operation(cls: type[Any], name: str) -> bool:
    # A subclass may switch an inherited operation off by setting it to None; the inherited
    # ``delete`` is off for a ``ResourceSpec(deletable=False)`` (it raises NotImplementedError).
    if name == "delete" and not getattr(cls._spec, "deletable", True):
        return False
    return callable(getattr(cls, name, None))


def operations(resources: tuple[Resource, ...] | None = None) -> list[Operation]:
    """Every operation the discovered resources implement (one per class and method)."""
    found: list[Operation] = []
    for resource in discover() if resources is None else resources:
        for list_cls in resource.list_classes:
            for name, kind in LIST_METHODS.items():
                if _is_operation(list_cls, name):
                    found.append(Operation(resource, list_cls, name, kind))
        for context_cls in resource.context_classes:
            for name, kind in CONTEXT_METHODS.items():
                if _is_operation(context_cls, name):
                    found.append(Operation(resource, context_cls, name, kind))
    return found


def typed_dict_in(function: Callable[..., Any]) -> type | None:
    """The one ``TypedDict`` named in a function's parameter annotations, if any.

    Finds it inside ``Unpack[...]``, unions and generics (``Iterable[MessageCreateParams]``
    for ``create_many``). Raises ``LookupError`` if there are several different ones.
    """
    hints = typing.get_type_hints(function, include_extras=True)
    hints.pop("return", None)
    found: set[type] = set()

    def walk(annotation: Any) -> None:
        if typing_extensions.is_typeddict(annotation):
            found.add(annotation)
            return
        for arg in typing.get_args(annotation):
            if isinstance(arg, list):  # Callable[[int, X], Y]
                for item in arg:
                    walk(item)
            else:
                walk(arg)

    for annotation in hints.values():
        walk(annotation)
    if len(found) > 1:
        names = ", ".join(sorted(t.__name__ for t in found))
        raise LookupError(f"{function.__qualname__} names several TypedDicts: {names}")
    return next(iter(found), None)


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
    types_ = [declared] if isinstance(declared, str) else list(declared or [])
    types_ = [name for name in types_ if name != "null"]
    if not types_:
        return "any"
    kind = str(types_[0])
    if kind == "string" and schema.get("format") in DATE_TIME_FORMATS:
        return "date-time"
    if kind == "string" and schema.get("format") == "date":
        return "date"
    return kind


def members(annotation: Any) -> list[Any]:
    """The alternatives of an annotation: unions flattened, ``None``, ``Required`` and
    ``Annotated`` wrappers dropped."""
    origin = typing.get_origin(annotation)
    if origin in (Required, NotRequired, typing_extensions.Annotated, typing.Annotated):
        return members(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [m for arg in typing.get_args(annotation) for m in members(arg)]
    if annotation is None or annotation is type(None):
        return []
    return [annotation]


def record_schema(resource: Resource) -> tuple[str, oas.JsonSchema]:
    """The JSON Schema of the resource's record, and where in the spec it came from.

    The fetch operation's 200 response if the spec has one, else the create operation's
    201 (or 200), else the items of the list envelope.
    """
    declared = resource.spec
    openapi = resource.openapi
    candidates: list[tuple[str | None, str, str, str | None]] = [
        (declared.instance_path, "get", "200", None),
        (declared.list_path, "post", "201", None),
        (declared.list_path, "post", "200", None),
        (declared.list_path, "get", "200", declared.envelope),
    ]
    tried: list[str] = []
    for template, method, status, envelope in candidates:
        if template is None:
            continue
        path = openapi_path(template)
        where = f"{method.upper()} {path} {status}"
        try:
            body = oas.response_schema(openapi, path, method, status)
        except oas.SpecError as error:
            tried.append(str(error))
            continue
        if envelope is not None:
            items = body.get("properties", {}).get(envelope, {}).get("items")
            if not isinstance(items, dict):
                tried.append(f"{where} has no {envelope!r} array")
                continue
            return f"{where} {envelope}[]", items
        return where, body
    raise LookupError(f"{resource.label}: no response schema for its record; " + "; ".join(tried))
