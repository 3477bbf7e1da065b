"""Checks every response of the fake against Twilio's v2010 OpenAPI spec.

The spec is OpenAPI 3.0; it is turned into JSON Schema here: ``$ref``s inlined, ``nullable``
made into a ``null`` type. Object schemas with properties are made strict (every property
required, no others allowed), so a missing or an invented field fails.
"""

from __future__ import annotations

import json
import re
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema

from tests.spec import spec_dir

_SPEC_FILE = "twilio_api_v2010.json"
_SKIPPED_KEYS = frozenset({"description", "example", "examples", "x-twilio", "nullable"})
_RFC2822 = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" \d{4} \d{2}:\d{2}:\d{2} \+0000"
)
_REQUEST_ID = re.compile(r"RQ[0-9a-f]{32}")

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "code": {"type": "integer"},
        "message": {"type": "string", "minLength": 1},
        "more_info": {"type": "string", "pattern": r"^https://www\.twilio\.com/docs/errors/\d+$"},
        "status": {"type": "integer"},
    },
    "required": ["code", "message", "more_info", "status"],
    "additionalProperties": False,
}


def spec_file(name: str = _SPEC_FILE) -> Path:
    """One of Twilio's specs (v2010 by default), in the folder ``tests/spec.py`` reads."""
    return spec_dir() / name


@cache
def load_spec(name: str = _SPEC_FILE) -> dict[str, Any]:
    """One parsed spec, v2010 by default (shared; do not modify)."""
    spec: dict[str, Any] = json.loads(spec_file(name).read_text(encoding="utf-8"))
    return spec


def to_json_schema(node: Any, spec: dict[str, Any]) -> Any:
    """An OpenAPI 3.0 schema as strict JSON Schema, with every ``$ref`` inlined."""
    if isinstance(node, list):
        return [to_json_schema(item, spec) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return to_json_schema(target, spec)
    converted: dict[str, Any] = {}
    for key, value in node.items():
        if key in _SKIPPED_KEYS:
            continue
        if key == "properties":
            converted[key] = {name: to_json_schema(sub, spec) for name, sub in value.items()}
        elif key in ("enum", "required"):
            converted[key] = list(value)
        else:
            converted[key] = to_json_schema(value, spec)
    if node.get("nullable"):
        kind = converted.get("type")
        if kind is not None:
            converted["type"] = [kind, "null"]
        if "enum" in converted:
            converted["enum"].append(None)
    if converted.get("properties"):
        converted["required"] = sorted(converted["properties"])
        converted["additionalProperties"] = False
    return converted


def _format_checker() -> jsonschema.FormatChecker:
    # Only the formats this check is about: "uri" would reject Twilio's relative URIs.
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time-rfc-2822")  # type: ignore[untyped-decorator,unused-ignore]
    def is_rfc2822(value: object) -> bool:
        if not isinstance(value, str):
            return True  # formats constrain strings only; null is the type's business
        if not _RFC2822.fullmatch(value):
            return False
        parsedate_to_datetime(value)
        return True

    return checker


class SpecChecker:
    """Validates responses by (method, path, status) against the spec; counts what it checked."""

    def __init__(self, name: str = _SPEC_FILE) -> None:
        spec = load_spec(name)
        self._spec = spec
        self._format_checker = _format_checker()
        self._operations: list[tuple[re.Pattern[str], str, dict[str, Any]]] = []
        for template, item in spec["paths"].items():
            pattern = re.escape(template)
            pattern = re.sub(r"\\\{[A-Za-z]+\\\}", "[^/]+", pattern)
            self._operations.append((re.compile(pattern), template, item))
        self._converted: dict[tuple[str, str, int], dict[str, Any] | None] = {}
        self.checked = 0

    def schema_for(
        self, method: str, path: str, status: int, *, template: str | None = None
    ) -> dict[str, Any] | None:
        """The JSON Schema of that response (None: the spec has no body for it, e.g. 204);
        the error body's schema when the spec does not list the status."""
        for pattern, spec_template, item in self._operations:
            if spec_template == template if template else pattern.fullmatch(path):
                template = spec_template
                key = (template, method, status)
                if key not in self._converted:
                    operation = item.get(method.lower())
                    response = (operation or {}).get("responses", {}).get(str(status))
                    if response is None:
                        break
                    content = response.get("content")
                    self._converted[key] = (
                        None
                        if content is None
                        else to_json_schema(_media(content)["schema"], self._spec)
                    )
                return self._converted[key]
        return ERROR_SCHEMA

    def validate(self, schema: dict[str, Any], body: object) -> None:
        """Raise AssertionError listing every violation of ``schema`` by ``body``."""
        validator = jsonschema.Draft202012Validator(schema, format_checker=self._format_checker)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
        assert not errors, "response does not match the spec:\n" + "\n".join(errors)

    def check(self, response: httpx.Response, template: str | None = None) -> None:
        """Check one response's headers and body (against the operation at ``template``,
        when given, rather than the first spec path the request's path matches)."""
        request = response.request
        assert _REQUEST_ID.fullmatch(response.headers.get("twilio-request-id", "")), response
        assert response.headers.get("content-type") == "application/json", response.headers
        schema = self.schema_for(
            request.method, request.url.path, response.status_code, template=template
        )
        if schema is None:
            assert response.content == b"", response.content
        else:
            body = response.json()
            self.validate(schema, body)
            if schema is ERROR_SCHEMA:
                assert response.status_code >= 400, body
                assert body["status"] == response.status_code, body
                assert body["more_info"].endswith(f"/{body['code']}"), body
        self.checked += 1


def _media(content: dict[str, Any]) -> dict[str, Any]:
    media: dict[str, Any] = content.get("application/json") or next(iter(content.values()))
    return media
