"""Tests for tests/spec.py, the OpenAPI helpers later conformance tests rely on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import spec

MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
MESSAGE = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"
MESSAGE_SCHEMA = "api.v2010.account.message"


@pytest.fixture(scope="module")
def v2010() -> spec.JsonSchema:
    return spec.load_spec("api_v2010")


def _walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _has_ref(node: Any) -> bool:
    return any(isinstance(part, dict) and "$ref" in part for part in _walk(node))


# --- loading -------------------------------------------------------------------------------


def test_load_spec_parses_once_and_accepts_short_and_file_names() -> None:
    first = spec.load_spec("api_v2010")
    assert first["openapi"].startswith("3.0")
    assert MESSAGES in first["paths"]
    assert spec.load_spec("twilio_api_v2010") is first
    assert spec.load_spec("twilio_api_v2010.json") is first


def test_every_known_spec_loads() -> None:
    for name in spec.SPEC_FILES:
        assert spec.load_spec(name)["paths"], name


def test_unknown_spec_name_lists_known_names() -> None:
    with pytest.raises(spec.SpecError, match="api_v2010"):
        spec.load_spec("api_v3000")


def test_env_override_points_at_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiny = {"openapi": "3.0.1", "paths": {"/ping": {"get": {"responses": {}}}}}
    (tmp_path / "twilio_verify_v2.json").write_text(json.dumps(tiny))
    monkeypatch.setenv(spec.SPEC_DIR_ENV, str(tmp_path))

    assert spec.spec_dir() == tmp_path
    assert spec.load_spec("verify_v2")["paths"] == tiny["paths"]


def test_missing_folder_names_the_env_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(spec.SPEC_DIR_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match=spec.SPEC_DIR_ENV):
        spec.load_spec("api_v2010")


def test_missing_file_in_existing_folder_fails_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(spec.SPEC_DIR_ENV, str(tmp_path))
    with pytest.raises(FileNotFoundError, match=r"twilio_messaging_v1\.json"):
        spec.spec_path("messaging_v1")


# --- operations and request parameters -------------------------------------------------------


def test_operation_lookup_and_errors(v2010: spec.JsonSchema) -> None:
    assert spec.operation(v2010, MESSAGES, "POST")["operationId"] == "CreateMessage"
    with pytest.raises(spec.SpecError, match="not in the spec"):
        spec.operation(v2010, "/2010-04-01/Nope.json", "get")
    with pytest.raises(spec.SpecError, match=r"no PUT operation; it has \['get', 'post'\]"):
        spec.operation(v2010, MESSAGES, "put")


def test_messages_create_params(v2010: spec.JsonSchema) -> None:
    params = spec.request_params(spec.operation(v2010, MESSAGES, "post"), v2010)

    assert params["AccountSid"][0] == "path"
    for name in ("To", "From", "Body", "MediaUrl", "MessagingServiceSid", "StatusCallback"):
        assert params[name][0] == "body", name
    media_schema = params["MediaUrl"][1]
    assert media_schema["type"] == "array"
    assert media_schema["items"]["type"] == "string"
    # A body property given as a $ref to an enum component comes back resolved.
    assert params["ScheduleType"][1]["enum"] == ["fixed"]
    assert params["ProvideFeedback"][1]["type"] == "boolean"


def test_messages_create_required(v2010: spec.JsonSchema) -> None:
    op = spec.operation(v2010, MESSAGES, "post")
    assert spec.required_params(op) == {"AccountSid", "To"}


def test_messages_list_params_keep_comparison_suffixes(v2010: spec.JsonSchema) -> None:
    params = spec.request_params(spec.operation(v2010, MESSAGES, "get"))

    assert set(params) == {
        "AccountSid",
        "To",
        "From",
        "DateSent",
        "DateSent<",
        "DateSent>",
        "PageSize",
        "Page",
        "PageToken",
    }
    assert all(params[name][0] == "query" for name in params if name != "AccountSid")
    assert params["PageSize"][1]["maximum"] == 1000
    assert params["DateSent<"][1]["format"] == "date-time"


def test_raw_params_without_spec_are_copies(v2010: spec.JsonSchema) -> None:
    op = spec.operation(v2010, MESSAGES, "post")
    params = spec.request_params(op)
    assert params["ScheduleType"][1] == {"$ref": "#/components/schemas/message_enum_schedule_type"}
    params["To"][1]["type"] = "mutated"
    schema_props = op["requestBody"]["content"][spec.FORM_CONTENT_TYPE]["schema"]["properties"]
    assert schema_props["To"]["type"] == "string"


def test_parameter_refs_are_followed_with_the_spec() -> None:
    messaging = spec.load_spec("messaging_v1")
    op = spec.operation(messaging, "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p", "get")

    params = spec.request_params(op, messaging)
    assert params["X-Twilio-Api-Version"] == ("header", {"type": "string"})
    with pytest.raises(spec.SpecError, match="pass the spec"):
        spec.request_params(op)


def test_same_name_in_two_locations_needs_a_location_filter(v2010: spec.JsonSchema) -> None:
    op = spec.operation(
        v2010, "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json", "post"
    )
    with pytest.raises(spec.SpecError, match="AccountSid"):
        spec.request_params(op)
    assert spec.request_params(op, locations=["body"])["AccountSid"][0] == "body"
    assert spec.request_params(op, locations=["path"])["AccountSid"][0] == "path"


# --- schema resolution -----------------------------------------------------------------------


def test_component_schema_is_fully_resolved(v2010: spec.JsonSchema) -> None:
    message = spec.schema(v2010, MESSAGE_SCHEMA)

    assert not _has_ref(message)
    assert "queued" in message["properties"]["status"]["enum"]
    assert message["properties"]["direction"]["enum"] == [
        "inbound",
        "outbound-api",
        "outbound-call",
        "outbound-reply",
    ]


def test_nullable_becomes_a_null_type(v2010: spec.JsonSchema) -> None:
    props = spec.schema(v2010, MESSAGE_SCHEMA)["properties"]

    assert props["body"]["type"] == ["string", "null"]
    assert props["error_code"]["type"] == ["integer", "null"]
    assert spec.validation_errors(props["body"], None) == []
    assert spec.validation_errors(props["body"], 7) != []


def test_nullable_enum_accepts_null() -> None:
    messaging = spec.load_spec("messaging_v1")
    business_type = spec.schema(messaging, "tollfree_verification_enum_business_type")

    assert business_type["enum"][-1] is None
    assert spec.validation_errors(business_type, None) == []
    assert spec.validation_errors(business_type, "NOT_A_TYPE") != []


def test_resolution_does_not_touch_the_loaded_spec(v2010: spec.JsonSchema) -> None:
    resolved = spec.schema(v2010, MESSAGE_SCHEMA)
    resolved["properties"]["body"]["type"] = "mutated"

    raw = v2010["components"]["schemas"][MESSAGE_SCHEMA]
    assert raw["properties"]["body"]["type"] == "string"
    assert raw["properties"]["status"] == {"$ref": "#/components/schemas/message_enum_status"}
    assert spec.schema(v2010, MESSAGE_SCHEMA)["properties"]["body"]["type"] == ["string", "null"]


def test_resolver_edge_cases_on_a_tiny_spec() -> None:
    tiny: spec.JsonSchema = {
        "components": {
            "schemas": {
                "leaf": {"type": "integer", "nullable": True, "example": {"nullable": True}},
                "wrapper": {
                    "type": "object",
                    "properties": {
                        "nullable": {"$ref": "#/components/schemas/leaf"},
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/leaf"}},
                        "anything": {"nullable": True, "description": "no type: already open"},
                    },
                },
                "loop_a": {"properties": {"b": {"$ref": "#/components/schemas/loop_b"}}},
                "loop_b": {"items": {"$ref": "#/components/schemas/loop_a"}},
            }
        }
    }
    wrapper = spec.schema(tiny, "wrapper")

    # A property called "nullable" is a name, not the keyword.
    assert wrapper["type"] == "object"
    assert wrapper["properties"]["nullable"]["type"] == ["integer", "null"]
    assert wrapper["properties"]["items"]["items"]["type"] == ["integer", "null"]
    # Examples are data and stay as written.
    assert wrapper["properties"]["nullable"]["example"] == {"nullable": True}
    assert "type" not in wrapper["properties"]["anything"]
    with pytest.raises(spec.SpecError, match="cycle"):
        spec.schema(tiny, "loop_a")
    with pytest.raises(spec.SpecError, match="does not exist"):
        spec.schema(tiny, "absent")


# --- response schemas ------------------------------------------------------------------------


def test_list_response_schema_has_nullable_paging_and_resolved_items(
    v2010: spec.JsonSchema,
) -> None:
    envelope = spec.response_schema(v2010, MESSAGES, "GET", 200)

    props = envelope["properties"]
    assert props["next_page_uri"]["type"] == ["string", "null"]
    assert props["page_size"]["type"] == "integer"
    assert props["messages"]["items"] == spec.schema(v2010, MESSAGE_SCHEMA)
    assert not _has_ref(envelope)


def test_response_schema_rejects_what_the_spec_forbids(v2010: spec.JsonSchema) -> None:
    created = spec.response_schema(v2010, MESSAGES, "post", "201")
    example = spec.operation(v2010, MESSAGES, "post")["responses"]["201"]["content"][
        "application/json"
    ]["examples"]["create"]["value"]

    assert spec.validation_errors(created, example) == []
    broken = {**example, "num_segments": 1, "status": "teleported", "account_sid": "AC1"}
    errors = spec.validation_errors(created, broken)
    assert any(error.startswith("num_segments:") for error in errors)
    assert any(error.startswith("status:") for error in errors)
    assert any(error.startswith("account_sid:") for error in errors)


def test_undocumented_status_and_bodyless_response_raise(v2010: spec.JsonSchema) -> None:
    with pytest.raises(spec.SpecError, match=r"no 404 response; it has \['201'\]"):
        spec.response_schema(v2010, MESSAGES, "post", 404)
    with pytest.raises(spec.SpecError, match="204 has no application/json body"):
        spec.response_schema(v2010, MESSAGE, "delete", 204)


@pytest.mark.parametrize(
    ("spec_name", "path_fragment"),
    [("api_v2010", "/Messages"), ("verify_v2", "/Verification")],
)
def test_spec_examples_validate_against_resolved_schemas(
    spec_name: str, path_fragment: str
) -> None:
    """The spec's own response examples for the resources we wrap must pass their schemas."""
    loaded = spec.load_spec(spec_name)
    checked = 0
    for path, path_item in loaded["paths"].items():
        if path_fragment not in path:
            continue
        for method, op in path_item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, response in op["responses"].items():
                body = response.get("content", {}).get("application/json", {})
                if "schema" not in body:
                    continue
                resolved = spec.response_schema(loaded, path, method, status)
                for name, example in body.get("examples", {}).items():
                    errors = spec.validation_errors(resolved, example["value"])
                    assert errors == [], f"{method} {path} {status} {name}: {errors}"
                    checked += 1
    assert checked >= 5


def test_the_committed_copy_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(spec.SPEC_DIR_ENV, raising=False)
    assert spec.spec_dir() == spec._VENDORED_SPEC_DIR
    assert (spec.spec_dir() / "twilio_api_v2010.json").is_file()


def test_the_committed_copy_matches_the_shared_one_byte_for_byte() -> None:
    if not spec._SHARED_SPEC_DIR.is_dir():  # a clone outside the workspace: nothing to compare
        assert spec.spec_dir() == spec._VENDORED_SPEC_DIR
        return
    names = sorted(p.name for p in spec._SHARED_SPEC_DIR.glob("*.json"))
    assert len(names) == 55
    for name in names:
        shared = (spec._SHARED_SPEC_DIR / name).read_bytes()
        assert (spec._VENDORED_SPEC_DIR / name).read_bytes() == shared, name
