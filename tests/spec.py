"""Twilio's OpenAPI specs, read for tests.

The specs (``twilio_api_v2010.json``, ``twilio_verify_v2.json``, ``twilio_messaging_v1.json``)
are read from ``$TWILIO_OAI_DIR`` if set, else from the verbatim copy committed in
``specs/twilio-oai/`` (tag and licence in its SOURCE.md), the same files the code generator
reads, so a clone anywhere can run the contract tests.

Helpers here turn OpenAPI 3.0 fragments into plain JSON Schema that ``jsonschema`` accepts:
``$ref`` to ``#/components/...`` is inlined and ``nullable: true`` becomes a ``"null"`` member
of ``type`` (and of ``enum``). Results are fresh copies, so callers may change them; the dict
returned by :func:`load_spec` is shared and must be treated as read-only.
"""

from __future__ import annotations

import copy
import functools
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jsonschema

__all__ = [
    "FORM_CONTENT_TYPE",
    "SPEC_DIR_ENV",
    "SPEC_FILES",
    "JsonSchema",
    "SpecError",
    "load_spec",
    "operation",
    "required_params",
    "request_params",
    "resolve",
    "response_schema",
    "schema",
    "spec_dir",
    "spec_path",
    "validation_errors",
]

JsonSchema = dict[str, Any]
"""A JSON object from the spec (a schema, an operation, a whole spec)."""

SPEC_DIR_ENV = "TWILIO_OAI_DIR"
"""Environment variable that overrides where the spec files are read from."""

SPEC_FILES: Mapping[str, str] = {
    "api_v2010": "twilio_api_v2010.json",
    "verify_v2": "twilio_verify_v2.json",
    "messaging_v1": "twilio_messaging_v1.json",
}
"""Short spec names accepted by :func:`load_spec` and the files they stand for."""

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
"""The request body type Twilio's write operations use."""

_REPO_ROOT = Path(__file__).resolve().parent.parent
_SHARED_SPEC_DIR = _REPO_ROOT.parent / "shared" / "twilio-oai"
_VENDORED_SPEC_DIR = _REPO_ROOT / "specs" / "twilio-oai"

# Keys whose values are data or vendor notes, not schemas: rewriting them would alter examples
# and enum values (``nullable`` handling must never touch the inside of an example).
_OPAQUE_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


class SpecError(LookupError):
    """The spec has no such spec file, path, method, status, parameter or component."""


def spec_dir() -> Path:
    """Return the folder holding the spec files, failing clearly when it is missing."""
    override = os.environ.get(SPEC_DIR_ENV)
    directory = Path(override) if override else _VENDORED_SPEC_DIR
    if not directory.is_dir():
        raise FileNotFoundError(
            f"Twilio OpenAPI specs not found in {directory}. Set {SPEC_DIR_ENV} to the folder "
            "holding twilio-oai's spec/json files."
        )
    return directory


def spec_path(name: str) -> Path:
    """Return the path of a spec file by short name (``api_v2010``) or file name."""
    file_name = _file_name(name)
    path = spec_dir() / file_name
    if not path.is_file():
        raise FileNotFoundError(
            f"{file_name} is missing from {path.parent} (set {SPEC_DIR_ENV} to the folder "
            "holding Twilio's OpenAPI JSON files)."
        )
    return path


def load_spec(name: str) -> JsonSchema:
    """Load a spec by short name (``api_v2010``, ``verify_v2``, ``messaging_v1``) or file name.

    Parsed once per file per process; the returned dict is shared, so do not modify it.
    """
    return _load_file(spec_path(name))


@functools.cache
def _load_file(path: Path) -> JsonSchema:
    with path.open("rb") as stream:
        loaded: JsonSchema = json.load(stream)
    return loaded


def _file_name(name: str) -> str:
    if name in SPEC_FILES:
        return SPEC_FILES[name]
    for file_name in SPEC_FILES.values():
        if name in (file_name, file_name.removesuffix(".json")):
            return file_name
    raise SpecError(f"unknown spec {name!r}; known: {', '.join(SPEC_FILES)}")


def operation(spec: JsonSchema, path: str, method: str) -> JsonSchema:
    """Return the raw operation object for ``method`` on the spec's path template ``path``."""
    paths: dict[str, Any] = spec.get("paths", {})
    if path not in paths:
        raise SpecError(f"path {path!r} is not in the spec")
    path_item: dict[str, Any] = paths[path]
    key = method.lower()
    if key not in path_item or not isinstance(path_item[key], dict):
        methods = sorted(
            m for m, v in path_item.items() if isinstance(v, dict) and "responses" in v
        )
        raise SpecError(f"{path} has no {method.upper()} operation; it has {methods}")
    found: JsonSchema = path_item[key]
    return found


def request_params(
    op: JsonSchema,
    spec: JsonSchema | None = None,
    *,
    locations: Iterable[str] | None = None,
) -> dict[str, tuple[str, JsonSchema]]:
    """Map each request parameter name to ``(location, schema)``.

    Locations are ``path``, ``query``, ``header``, ``cookie`` and ``body`` (a property of the
    form-encoded request body). With ``spec``, parameter ``$ref`` entries are followed and the
    schemas are resolved as by :func:`resolve`; without it schemas are copied as they are and a
    ``$ref`` parameter raises :class:`SpecError`. A name used in two locations (an operation may
    take ``AccountSid`` both in its path and in its body) raises :class:`SpecError` unless
    ``locations`` narrows the result so the name appears once.
    """
    wanted = None if locations is None else frozenset(locations)
    found: dict[str, tuple[str, JsonSchema]] = {}

    def add(name: str, location: str, raw_schema: JsonSchema) -> None:
        if wanted is not None and location not in wanted:
            return
        if name in found:
            raise SpecError(
                f"parameter {name!r} appears in both {found[name][0]} and {location}; "
                "pass locations=... to choose"
            )
        prepared = resolve(spec, raw_schema) if spec is not None else copy.deepcopy(raw_schema)
        found[name] = (location, prepared)

    for parameter in op.get("parameters", []):
        if "$ref" in parameter:
            if spec is None:
                raise SpecError(f"parameter {parameter['$ref']} is a $ref: pass the spec")
            parameter = _follow(spec, parameter["$ref"])
        add(parameter["name"], parameter["in"], parameter.get("schema", {}))

    body_schema = _form_body_schema(op, spec)
    for name, property_schema in body_schema.get("properties", {}).items():
        add(name, "body", property_schema)
    return found


def required_params(op: JsonSchema, spec: JsonSchema | None = None) -> set[str]:
    """Return the names of the parameters and form body properties the operation requires."""
    names: set[str] = set()
    for parameter in op.get("parameters", []):
        if "$ref" in parameter:
            if spec is None:
                raise SpecError(f"parameter {parameter['$ref']} is a $ref: pass the spec")
            parameter = _follow(spec, parameter["$ref"])
        if parameter.get("required"):
            names.add(parameter["name"])
    names.update(_form_body_schema(op, spec).get("required", []))
    return names


def _form_body_schema(op: JsonSchema, spec: JsonSchema | None) -> JsonSchema:
    content = op.get("requestBody", {}).get("content", {})
    body_schema: JsonSchema = content.get(FORM_CONTENT_TYPE, {}).get("schema", {})
    if "$ref" in body_schema:
        if spec is None:
            raise SpecError(f"request body schema {body_schema['$ref']} is a $ref: pass the spec")
        body_schema = _follow(spec, body_schema["$ref"])
    return body_schema


def schema(spec: JsonSchema, name: str) -> JsonSchema:
    """Return ``#/components/schemas/<name>`` resolved for ``jsonschema`` (see :func:`resolve`)."""
    return resolve(spec, {"$ref": f"#/components/schemas/{name}"})


def response_schema(
    spec: JsonSchema,
    path: str,
    method: str,
    status: int | str,
    content_type: str = "application/json",
) -> JsonSchema:
    """Return the resolved JSON Schema of one documented response body.

    Raises :class:`SpecError` when the status is not documented or has no body of that type
    (a ``204`` after ``DELETE``, for instance).
    """
    op = operation(spec, path, method)
    responses: dict[str, Any] = op.get("responses", {})
    key = str(status)
    if key not in responses:
        raise SpecError(
            f"{method.upper()} {path} documents no {key} response; it has {sorted(responses)}"
        )
    response: JsonSchema = responses[key]
    if "$ref" in response:
        response = _follow(spec, response["$ref"])
    content = response.get("content", {})
    if content_type not in content or "schema" not in content[content_type]:
        raise SpecError(f"{method.upper()} {path} {key} has no {content_type} body")
    return resolve(spec, content[content_type]["schema"])


def resolve(spec: JsonSchema | None, fragment: JsonSchema) -> JsonSchema:
    """Return a copy of an OpenAPI 3.0 schema as plain JSON Schema.

    Every ``$ref`` to ``#/...`` is replaced by its (resolved) target, and ``nullable: true``
    adds ``"null"`` to ``type`` and ``None`` to ``enum`` (OpenAPI 3.0 has no null type). A
    schema with ``nullable`` but no ``type`` already accepts null and is left alone. A ``$ref``
    cycle raises :class:`SpecError` since inlining could not terminate.
    """
    resolved: JsonSchema = _resolve_node(spec, fragment, ())
    return resolved


def _resolve_node(spec: JsonSchema | None, node: Any, active_refs: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_resolve_node(spec, item, active_refs) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        if spec is None:
            raise SpecError(f"cannot resolve {ref} without the spec")
        if ref in active_refs:
            raise SpecError(f"$ref cycle: {' -> '.join((*active_refs, ref))}")
        target = _resolve_node(spec, _follow(spec, ref), (*active_refs, ref))
        # OpenAPI 3.0 ignores siblings of $ref; none of Twilio's specs use them.
        return target
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in _OPAQUE_KEYS or key.startswith("x-"):
            result[key] = copy.deepcopy(value)
        elif key == "properties" and isinstance(value, dict):
            # Property names are data (a property may be called "type" or "nullable").
            result[key] = {
                name: _resolve_node(spec, sub, active_refs) for name, sub in value.items()
            }
        else:
            result[key] = _resolve_node(spec, value, active_refs)
    if result.get("nullable") is True:
        _allow_null(result)
    return result


def _allow_null(schema_node: dict[str, Any]) -> None:
    declared = schema_node.get("type")
    if isinstance(declared, str):
        schema_node["type"] = [declared, "null"]
    elif isinstance(declared, list) and "null" not in declared:
        schema_node["type"] = [*declared, "null"]
    enum = schema_node.get("enum")
    if isinstance(enum, list) and None not in enum:
        schema_node["enum"] = [*enum, None]


def _follow(spec: JsonSchema, ref: str) -> JsonSchema:
    if not ref.startswith("#/"):
        raise SpecError(f"only local references are supported, got {ref!r}")
    node: Any = spec
    for raw_part in ref[2:].split("/"):
        part = raw_part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise SpecError(f"{ref} does not exist in the spec")
        node = node[part]
    if not isinstance(node, dict):
        raise SpecError(f"{ref} does not point at an object")
    return node


def validation_errors(resolved_schema: JsonSchema, instance: object) -> list[str]:
    """Return one readable line per way ``instance`` breaks ``resolved_schema`` (empty if valid).

    Formats are not asserted: Twilio's spec marks relative URIs such as ``uri`` as
    ``format: uri`` and uses its own formats (``date-time-rfc-2822``), so format checks would
    reject real responses.
    """
    # Draft 4 is the dialect OpenAPI 3.0 schemas are written in (boolean exclusiveMaximum).
    validator = jsonschema.Draft4Validator(resolved_schema)
    errors = sorted(
        validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path]
    )
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '<root>'}: {error.message}"
        for error in errors
    ]
