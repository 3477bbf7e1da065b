"""The whole API as the fake knows it: the generated table ``_api_table.json``, loaded once.

The table is written by ``python -m codegen`` from Twilio's OpenAPI files (see
``codegen/fake.py``): every operation with its collection, response shape, parameters,
filters and paging style. This module turns it into frozen objects and routes a request
(product, method, path) to its operation.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import attrs
import orjson

__all__ = [
    "CollectionSpec",
    "FieldSpec",
    "Match",
    "OperationSpec",
    "Shape",
    "Table",
    "load_table",
]

_TABLE_FILE = Path(__file__).with_name("_api_table.json")


@attrs.frozen
class FieldSpec:
    """One field of a response record: its type, nullability, default and SID prefix."""

    name: str
    type: str  # str int num bool array object any datetime rfc2822 date
    nullable: bool
    default: Any
    prefix: str | None = None


@attrs.frozen
class Shape:
    """A response record schema: its fields in the spec's order."""

    name: str
    fields: tuple[FieldSpec, ...]
    by_name: Mapping[str, FieldSpec]


@attrs.frozen(eq=False)
class CollectionSpec:
    """Where records live: a path template (the instance path when records have a key)."""

    index: int
    product: str
    template: str
    key: str | None
    #: The record field each placeholder of ``template`` fills (None: no such field).
    fields: tuple[str | None, ...]
    shape: Shape | None
    #: What new keys (or SIDs) start with (``VA``; None: the spec gives no pattern).
    prefix: str | None
    creatable: bool
    #: The parent collection and how many of our path values address its record.
    parent: tuple[int, int] | None

    @property
    def depth(self) -> int:
        """How many path values name the parent records (the key excluded)."""
        return len(self.fields) - (1 if self.key else 0)

    @property
    def key_field(self) -> str | None:
        """The record field that holds the key."""
        return self.fields[-1] if self.key else None

    def type_of(self, name: str | None) -> str | None:
        """The type of one of the records' fields (None if the shape has no such field)."""
        spec = self.shape.by_name.get(name) if self.shape and name else None
        return spec.type if spec else None

    @property
    def newest_first(self) -> bool:
        """v2010 lists start with the newest record; v1+ lists in creation order."""
        return self.template.startswith("/2010-04-01/")


@attrs.frozen(eq=False)
class OperationSpec:
    """One operation of the API, as the fake emulates it."""

    id: str
    method: str
    path: str
    kind: str  # create fetch update delete list
    status: int
    shape: Shape | None
    collection: CollectionSpec
    form: tuple[str, ...]
    query: tuple[str, ...]
    #: (API name, where) of required parameters; ("body", "body") for a JSON body.
    required: tuple[tuple[str, str], ...]
    #: API parameter -> (record field, comparison ``eq``/``le``/``ge``).
    fields: Mapping[str, tuple[str, str]]
    #: Required top-level keys of a JSON body (None: the operation takes form data).
    json: tuple[str, ...] | None
    missing_codes: Mapping[str, tuple[int, str]]
    #: Values a created record starts with, before the request's (from the override file).
    created_fields: Mapping[str, Any]
    #: The values an enum parameter may take, by API name.
    enums: Mapping[str, frozenset[str]]
    paging: str | None
    envelope: str | None
    max_page_size: int
    #: An unpaged list's other envelope fields (``uri``, ...), from the spec's example.
    page_extra: Mapping[str, Any]
    refused: str | None
    example: Any
    #: An OAuth2-only operation (``preview_iam``): authenticated by a bearer token.
    bearer: bool = False

    @property
    def product(self) -> str:
        """The API host's first label (``api``, ``verify``)."""
        return self.collection.product


class _Node:
    """A node of a product's path trie: literal children, one placeholder child, operations
    by ``(method, ends with .json)``."""

    __slots__ = ("literal", "ops", "param")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.ops: dict[tuple[str, bool], OperationSpec] = {}


@attrs.frozen
class Match:
    """A routed request: the operation (None when the path has others but not this
    method) and the path values, unescaped, in path order."""

    operation: OperationSpec | None
    values: tuple[str, ...]
    methods: tuple[str, ...]


class Table:
    """Every operation of the API, its collections and shapes, and the routing of paths."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.shapes = {name: _shape(name, fields) for name, fields in data["shapes"].items()}
        self.collections = tuple(
            CollectionSpec(
                index=index,
                product=row["product"],
                template=row["template"],
                key=row["key"],
                fields=tuple(row["fields"]),
                shape=self.shapes.get(row["shape"] or ""),
                prefix=row["prefix"],
                creatable=row["creatable"],
                parent=(row["parent"][0], row["parent"][1]) if row["parent"] else None,
            )
            for index, row in enumerate(data["collections"])
        )
        self.operations = tuple(self._operation(row) for row in data["operations"])
        self.by_id = {op.id: op for op in self.operations}
        #: Resource names (``verify.v2.services``) to the collection their records live in.
        self.resources: dict[str, CollectionSpec] = {}
        for op in self.operations:
            self.resources.setdefault(op.id.rsplit(".", 1)[0], op.collection)
        self._roots: dict[str, _Node] = {}
        for op in self.operations:
            self._insert(op)
        self.products = frozenset(self._roots)
        # Products by the first segment of their paths (``v1``, ``2010-04-01``), so that a
        # request naming no product is looked up only where it can be.
        self._by_first_segment: dict[str, list[str]] = {}
        for product, root in sorted(self._roots.items()):
            for segment in root.literal:
                self._by_first_segment.setdefault(segment, []).append(product)

    def collection_named(self, resource: str) -> CollectionSpec:
        """The collection of a resource by its dotted name (``verify.v2.services``)."""
        if resource.startswith("api.v2010.accounts.messages"):
            raise KeyError(f"{resource}: messages are in fake.messages")
        collection = self.resources.get(resource)
        if collection is None:
            raise KeyError(f"unknown resource {resource!r} (names look like 'verify.v2.services')")
        return collection

    def _operation(self, row: Mapping[str, Any]) -> OperationSpec:
        return OperationSpec(
            id=row["id"],
            method=row["method"],
            path=row["path"],
            kind=row["kind"],
            status=row["status"],
            shape=self.shapes.get(row["shape"] or ""),
            collection=self.collections[row["collection"]],
            form=tuple(row["form"]),
            query=tuple(row["query"]),
            required=tuple((api, where) for api, where in row["required"]),
            fields={api: (name, cmp) for api, (name, cmp) in row["fields"].items()},
            json=tuple(row["json"]) if "json" in row else None,
            missing_codes={
                api: (code, message)
                for api, (code, message) in row.get("missing_codes", {}).items()
            },
            created_fields=row.get("created_fields", {}),
            enums={api: frozenset(values) for api, values in row.get("enums", {}).items()},
            paging=row.get("paging"),
            envelope=row.get("envelope"),
            max_page_size=row.get("max_page_size", 1000),
            page_extra=row.get("page_extra", {}),
            refused=row.get("refused"),
            example=row.get("example"),
            bearer=bool(row.get("bearer")),
        )

    def _insert(self, op: OperationSpec) -> None:
        node = self._roots.setdefault(op.product, _Node())
        segments, json_suffix = _segments(op.path)
        for segment in segments:
            if segment.startswith("{"):
                if node.param is None:
                    node.param = _Node()
                node = node.param
            else:
                node = node.literal.setdefault(segment, _Node())
        node.ops.setdefault((op.method, json_suffix), op)

    def route(self, product: str, method: str, raw_path: str) -> Match | None:
        """The operation of ``product`` at ``raw_path`` (percent-encoded), or None."""
        root = self._roots.get(product)
        if root is None:
            return None
        segments, json_suffix = _segments(raw_path)
        values: list[str] = []
        node = _walk(root, segments, 0, values, json_suffix)
        if node is None:
            return None
        methods = tuple(sorted(m for m, j in node.ops if j == json_suffix))
        return Match(node.ops.get((method, json_suffix)), tuple(values), methods)

    def products_at(self, method: str, raw_path: str) -> list[tuple[str, Match]]:
        """Every product with an operation at ``raw_path`` (when the request names none)."""
        first = unquote(raw_path.strip("/").split("/", 1)[0].removesuffix(".json"))
        found = []
        for product in self._by_first_segment.get(first, ()):
            match = self.route(product, method, raw_path)
            if match is not None:
                found.append((product, match))
        return found


def _segments(path: str) -> tuple[list[str], bool]:
    json_suffix = path.endswith(".json")
    if json_suffix:
        path = path[: -len(".json")]
    return path.strip("/").split("/"), json_suffix


def _walk(
    node: _Node, segments: Sequence[str], at: int, values: list[str], json_suffix: bool
) -> _Node | None:
    """Depth-first, literal segments before placeholders (the more specific path wins)."""
    if at == len(segments):
        return node if any(j == json_suffix for _, j in node.ops) else None
    segment = segments[at]
    child = node.literal.get(unquote(segment))
    if child is not None:
        found = _walk(child, segments, at + 1, values, json_suffix)
        if found is not None:
            return found
    if node.param is not None and segment:
        values.append(unquote(segment))
        found = _walk(node.param, segments, at + 1, values, json_suffix)
        if found is not None:
            return found
        values.pop()
    return None


def _shape(name: str, rows: Sequence[Sequence[Any]]) -> Shape:
    fields = tuple(FieldSpec(*row) for row in rows)
    return Shape(name, fields, {f.name: f for f in fields})


@functools.cache
def load_table() -> Table:
    """The table, parsed once per process (it is immutable)."""
    return Table(orjson.loads(_TABLE_FILE.read_bytes()))
