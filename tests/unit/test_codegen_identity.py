"""Which record fields the generator makes non-optional (``codegen.identity``)."""

from __future__ import annotations

from typing import Any

from codegen.identity import identity_fields
from codegen.model import Spec, load_specs


def _answer(schema: str, *examples: dict[str, Any]) -> dict[str, Any]:
    return {
        "200": {
            "content": {
                "application/json": {
                    "schema": {"$ref": f"#/components/schemas/{schema}"},
                    "examples": {f"e{i}": {"value": value} for i, value in enumerate(examples)},
                }
            }
        }
    }


def _spec(paths: dict[str, Any], schemas: dict[str, Any], name: str) -> Spec:
    return Spec(f"twilio_{name}.json", {"paths": paths, "components": {"schemas": schemas}})


def _object(*names: str, **refs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {name: {"type": "string", "nullable": True} for name in names}
    return {"type": "object", "properties": {**properties, **refs}}


def test_candidates_that_every_example_carries_are_identity() -> None:
    full = {"sid": "XX1", "account_sid": "AC1", "service_sid": "IS1", "url": "u", "note": "n"}
    spec = _spec(
        {
            "/v1/Services/{ServiceSid}/Items/{Sid}": {
                "get": {"responses": _answer("item", full, {**full, "url": None})}
            }
        },
        {"item": _object("sid", "account_sid", "service_sid", "url", "date_created", "note")},
        "identity_a",
    )
    # service_sid: a path key; url: null in one example; date_created: in none; note: no candidate
    assert identity_fields(spec, "item") == {"sid", "account_sid", "service_sid"}


def test_no_examples_means_no_identity_and_list_items_count() -> None:
    page = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/item"}},
            "meta": {"type": "object"},
        },
    }
    spec = _spec(
        {
            "/v1/Items": {
                "get": {"responses": _answer("page", {"items": [{"sid": "A"}, {"sid": "B"}]})}
            },
            "/v1/Others/{Sid}": {"get": {"responses": _answer("other")}},
        },
        {"item": _object("sid"), "other": _object("sid"), "page": page},
        "identity_b",
    )
    assert identity_fields(spec, "item") == {"sid"}
    assert identity_fields(spec, "other") == set()


def test_a_record_nested_in_another_answer_must_carry_it_there_too() -> None:
    spec = _spec(
        {
            "/v1/Items/{Sid}": {"get": {"responses": _answer("item", {"sid": "A"})}},
            "/v1/Boxes/{Sid}": {
                "get": {"responses": _answer("box", {"sid": "B", "inner": {"note": "no sid"}})}
            },
        },
        {
            "item": _object("sid", "note"),
            "box": _object("sid", inner={"$ref": "#/components/schemas/item"}),
        },
        "identity_c",
    )
    assert identity_fields(spec, "item") == set()
    assert identity_fields(spec, "box") == {"sid"}


def test_identity_of_real_records() -> None:
    specs = {spec.stem: spec for spec in load_specs()}
    assert identity_fields(specs["api_v2010"], "api.v2010.account.message") == {
        "sid",
        "account_sid",
        "date_created",
    }
    assert identity_fields(specs["lookups_v2"], "LookupResponse") == {"phone_number", "url"}
    assert identity_fields(specs["verify_v2"], "verify.v2.service.entity.factor") == {
        "sid",
        "account_sid",
        "service_sid",
        "identity",
        "date_created",
        "url",
    }
