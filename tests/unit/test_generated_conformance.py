"""Static conformance of every generated operation with Twilio's OpenAPI specs (no server).

For each ``Operation`` the generator declared: its method and verbatim path exist in its
spec file; every keyword maps to a spec parameter of that operation, in the right place
(query, form, JSON body, header) under the spec's name; every spec parameter is exposed
(paging and path parameters excepted); required flags agree; date-only and JSON-valued
parameters are encoded as the spec types them; and the public method's ``TypedDict``
offers exactly the operation's keywords. Failures name the operation and the parameter.
"""

from __future__ import annotations

import keyword
import typing
from typing import Any

import pytest

from tests import generated
from twilio_async._encoding import Encoding
from twilio_async._operation import PAGING_QUERY, Operation, Paging

OPERATIONS = generated.operations()
IDS = [f"{op.id}" for _, _, op in OPERATIONS]


def _spec_params(op: Operation[Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(location, API name) -> parameter (or property) for one spec operation."""
    data = generated.spec_operation(op)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in data.get("parameters", []):
        param = generated.resolve(op.spec, raw)
        found[(param["in"], param["name"])] = param
    body = data.get("requestBody") or {}
    content = body.get("content") or {}
    form = content.get("application/x-www-form-urlencoded")
    if form:
        schema = generated.resolve(op.spec, form.get("schema") or {})
        required = set(schema.get("required", []))
        for name, prop in (schema.get("properties") or {}).items():
            found[("form", name)] = {**prop, "required": name in required}
    return found


def test_the_generator_declared_every_operation_of_every_spec() -> None:
    declared = {(op.spec, op.path, op.method) for _, _, op in OPERATIONS}
    in_specs = set()
    for path in sorted(generated.SPEC_DIR.glob("twilio_*.json")):
        stem = path.name.removeprefix("twilio_").removesuffix(".json")
        for spec_path, item in generated.spec(stem)["paths"].items():
            for method in ("get", "post", "put", "patch", "delete"):
                if method in item:
                    in_specs.add((stem, spec_path, method.upper()))
    assert len(in_specs) == 1447
    missing = in_specs - declared
    assert missing == set(), sorted(missing)[:10]
    assert declared <= in_specs


@pytest.mark.parametrize(("module", "const", "op"), OPERATIONS, ids=IDS)
def test_operation_matches_its_spec(module: Any, const: str, op: Operation[Any]) -> None:
    data = generated.spec_operation(op)  # KeyError: path or method missing from the spec
    assert op.id.count(".") >= 3
    spec_params = _spec_params(op)
    exposed: dict[tuple[str, str], str] = {}
    for where, names in (("query", op.query), ("form", op.form), ("header", op.headers)):
        for python, api in names.items():
            assert python.isidentifier(), python
            assert not keyword.iskeyword(python), python
            assert (where, api) in spec_params, f"{op.id}: {where} {api!r} not in the spec"
            exposed[(where, api)] = python
    expected = {
        key
        for key, param in spec_params.items()
        if key[0] != "path" and not (key[0] == "query" and key[1] in PAGING_QUERY)
    }
    assert set(exposed) == expected, f"{op.id}: exposed {sorted(set(exposed) ^ expected)}"
    required = {
        exposed[key]
        for key, param in spec_params.items()
        if key in exposed and param.get("required")
    }
    body = data.get("requestBody") or {}
    content = body.get("content") or {}
    if content and "application/x-www-form-urlencoded" not in content:
        assert op.body is not None, f"{op.id}: a JSON body needs a keyword"
        if body.get("required"):
            required.add(op.body)
    else:
        assert op.body is None
    assert op.required == required, op.id
    for (where, api), python in exposed.items():
        schema = generated.resolve(
            op.spec, spec_params[(where, api)].get("schema") or spec_params[(where, api)]
        )
        rule = op.encode.get(python)
        if schema.get("type") == "string" and schema.get("format") == "date":
            assert rule == "date", f"{op.id}: {api} is a date"
        elif str(schema.get("format", "")).startswith("prefixed-collapsible-map-"):
            assert rule is None, op.id
            assert op.collapse[python] == schema["format"].rsplit("-", 1)[1], op.id
        elif schema.get("type") in (None, "object") and not schema.get("enum"):
            assert rule == "json", f"{op.id}: {api} is JSON-valued"
        elif rule is not None:
            assert schema.get("type") == "array", f"{op.id}: {api} has rule {rule}"
        assert rule is None or rule in typing.get_args(Encoding), op.id
    assert op.paging is None or op.paging in typing.get_args(Paging), op.id
    assert op.header_in_query <= set(op.headers), op.id
    if op.header_in_query:
        assert op.id.endswith(".list"), op.id
        assert all(op.headers[k].lower() != "authorization" for k in op.header_in_query)
    placeholders = op.path.count("{")
    path_params = [k for k in spec_params if k[0] == "path"]
    assert placeholders == len(path_params) or not path_params, op.id


METHODS = list(generated.methods())


def test_every_operation_has_a_public_method() -> None:
    used = {id(m.operation) for m in METHODS}
    unused = [op.id for _, _, op in OPERATIONS if id(op) not in used]
    assert unused == []


def test_every_method_but_list_has_a_with_http_info_twin_of_the_same_operation() -> None:
    by_name = {(m.cls, m.name): m for m in METHODS}
    twins = [m for m in METHODS if m.name.endswith("_with_http_info")]
    assert len(twins) > 1000
    for twin in twins:
        method = by_name[(twin.cls, twin.name.removesuffix("_with_http_info"))]
        assert twin.operation is method.operation, f"{twin.cls.__name__}.{twin.name}"
        assert twin.params is method.params
        assert getattr(twin.cls, twin.name).__wrapped__ is getattr(twin.cls, method.name)
    methods = [
        m
        for m in METHODS
        if m.name not in ("list", "stream", "page") and not m.name.endswith("_with_http_info")
    ]
    missing = [
        f"{m.cls.__name__}.{m.name}"
        for m in methods
        if (m.cls, f"{m.name}_with_http_info") not in by_name
    ]
    assert missing == []


@pytest.mark.parametrize(
    "method", METHODS, ids=[f"{m.cls.__name__}.{m.name}@{m.module.__name__}" for m in METHODS]
)
def test_method_keywords_are_the_operation_keywords(method: generated.Method) -> None:
    op = method.operation
    keywords = {*op.query, *op.form, *op.headers, *filter(None, [op.body])}
    if method.params is None:
        assert keywords == set(), f"{op.id}: {method.name} takes no keywords"
        return
    params = method.params
    assert set(params.__annotations__) == keywords
    kind = op.id.rsplit(".", 1)[1]
    names = {"list", "stream", "page"} if kind == "list" else {kind, f"{kind}_with_http_info"}
    assert method.name in names
    # Annotations are strings (PEP 563), so read Required[...] from them.
    marked = {k for k, v in params.__annotations__.items() if "Required[" in str(v)}
    assert marked == set(op.required)
    kind = op.id.rsplit(".", 1)[1]
    names = {"list", "stream", "page"} if kind == "list" else {kind, f"{kind}_with_http_info"}
    assert method.name in names
