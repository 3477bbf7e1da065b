"""Smoke tests of the Prism fixtures with raw httpx, and of the Prism behaviour we rely on.

Some tests pin down Prism quirks (repeated form keys, ``Prefer`` handling, endless example
pagination) so that a Prism upgrade that changes them fails here first, where the cause is
obvious, instead of in the client's contract tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests import spec

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
SERVICE_SID = "VA" + "fedcba9876543210" * 2
AUTH = (ACCOUNT_SID, "not-a-real-token")
TO = "+15558675310"
FROM = "+15017122661"

MESSAGES_TEMPLATE = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
MESSAGES_URL = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
VERIFICATIONS_TEMPLATE = "/v2/Services/{ServiceSid}/Verifications"
VERIFICATIONS_URL = f"/v2/Services/{SERVICE_SID}/Verifications"

# The schemas declare no required properties, so a body must also be checked for content.
MESSAGE_FIELDS = {"sid", "account_sid", "status", "to", "from", "body", "date_created", "uri"}
ENVELOPE_FIELDS = {"messages", "first_page_uri", "next_page_uri", "page", "page_size", "uri"}


def _client(base_url: str) -> httpx.Client:
    # trust_env=False: a proxy from the environment must never see these requests.
    return httpx.Client(base_url=base_url, auth=AUTH, trust_env=False, timeout=10.0)


@pytest.fixture
def v2010(prism_v2010: str) -> Iterator[httpx.Client]:
    with _client(prism_v2010) as client:
        yield client


@pytest.fixture
def v2010_dynamic(prism_v2010_dynamic: str) -> Iterator[httpx.Client]:
    with _client(prism_v2010_dynamic) as client:
        yield client


@pytest.fixture
def verify(prism_verify_v2: str) -> Iterator[httpx.Client]:
    with _client(prism_verify_v2) as client:
        yield client


def _validation_for(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    validation: list[dict[str, Any]] = response.json()["validation"]
    assert isinstance(validation, list)
    assert validation
    return validation


def _assert_matches(schema_args: tuple[str, str, str, int], body: object) -> None:
    spec_name, path, method, status = schema_args
    resolved = spec.response_schema(spec.load_spec(spec_name), path, method, status)
    assert spec.validation_errors(resolved, body) == []


def test_base_url_is_loopback(prism_v2010: str) -> None:
    assert prism_v2010.startswith("http://127.0.0.1:")
    assert int(prism_v2010.rsplit(":", 1)[1]) > 0


def test_create_message_answers_201_with_a_spec_shaped_message(v2010: httpx.Client) -> None:
    response = v2010.post(MESSAGES_URL, data={"To": TO, "From": FROM, "Body": "Hello"})

    assert response.status_code == 201, response.text
    assert response.headers["content-type"].startswith("application/json")
    message = response.json()
    assert message.keys() >= MESSAGE_FIELDS
    assert message["sid"].startswith("SM")
    _assert_matches(("api_v2010", MESSAGES_TEMPLATE, "post", 201), message)


def test_create_message_without_to_is_rejected_naming_to(v2010: httpx.Client) -> None:
    response = v2010.post(MESSAGES_URL, data={"From": FROM, "Body": "Hello"})

    validation = _validation_for(response)
    assert any(
        issue["code"] == "required" and "'To'" in issue["message"] for issue in validation
    ), validation


def test_request_without_credentials_is_rejected(prism_v2010: str) -> None:
    with httpx.Client(base_url=prism_v2010, trust_env=False) as anonymous:
        response = anonymous.post(MESSAGES_URL, data={"To": TO, "From": FROM})

    assert response.status_code == 401
    assert response.json()["title"] == "Invalid security scheme used"


def test_list_messages_returns_the_messages_envelope(v2010: httpx.Client) -> None:
    response = v2010.get(MESSAGES_URL, params={"PageSize": 2, "DateSent<": "2024-01-01"})

    assert response.status_code == 200, response.text
    envelope = response.json()
    assert envelope.keys() >= ENVELOPE_FIELDS
    assert envelope["messages"]
    assert all(message.keys() >= MESSAGE_FIELDS for message in envelope["messages"])
    _assert_matches(("api_v2010", MESSAGES_TEMPLATE, "get", 200), envelope)


def test_list_page_size_above_the_spec_maximum_is_rejected(v2010: httpx.Client) -> None:
    validation = _validation_for(v2010.get(MESSAGES_URL, params={"PageSize": 1001}))
    assert [issue["code"] for issue in validation] == ["maximum"]


def test_static_next_page_uri_repeats_forever(v2010: httpx.Client) -> None:
    """Prism ignores Page/PageToken: following next_page_uri returns the same example page.

    A stream or list without a limit against static Prism therefore never ends.
    """
    first = v2010.get(MESSAGES_URL).json()
    next_uri = first["next_page_uri"]
    assert next_uri.startswith("/2010-04-01/Accounts/")
    assert "PageToken=" in next_uri

    second = v2010.get(next_uri)
    assert second.status_code == 200, second.text
    assert second.json()["next_page_uri"] == next_uri
    assert second.json()["page"] == first["page"]


@pytest.mark.parametrize(
    "media_urls",
    [["https://example.com/a.jpg"], ["https://example.com/a.jpg", "https://example.com/b.jpg"]],
)
def test_prism_rejects_media_url_sent_as_form_keys(
    v2010: httpx.Client, media_urls: list[str]
) -> None:
    """Prism issue #2473: array form fields sent as (repeated) plain keys fail as "not an array".

    Twilio itself takes ``MediaUrl=a&MediaUrl=b``; until Prism accepts that, contract tests
    cannot send MediaUrl (or any array parameter) through Prism.
    """
    response = v2010.post(MESSAGES_URL, data={"To": TO, "From": FROM, "MediaUrl": media_urls})

    validation = _validation_for(response)
    assert [(issue["location"], issue["code"]) for issue in validation] == [
        (["body", "MediaUrl"], "type")
    ]


def test_prefer_code_selects_only_documented_statuses(v2010: httpx.Client) -> None:
    data = {"To": TO, "From": FROM}
    assert v2010.post(MESSAGES_URL, data=data, headers={"Prefer": "code=201"}).status_code == 201

    # The v2010 spec documents no error responses, so this 404 is Prism's own complaint,
    # not a Twilio error body.
    missing = v2010.post(MESSAGES_URL, data=data, headers={"Prefer": "code=404"})
    assert missing.status_code == 404
    problem = missing.json()
    assert problem["detail"] == "Requested status code 404 is not defined in the document."
    assert "code" not in problem


def test_prefer_example_selects_a_named_example(v2010: httpx.Client) -> None:
    op = spec.operation(spec.load_spec("api_v2010"), MESSAGES_TEMPLATE, "post")
    examples = op["responses"]["201"]["content"]["application/json"]["examples"]
    chosen = examples["createWoService"]["value"]
    assert chosen != examples["create"]["value"]

    response = v2010.post(
        MESSAGES_URL,
        data={"To": TO, "From": FROM},
        headers={"Prefer": "example=createWoService"},
    )
    assert response.status_code == 201, response.text
    assert response.json() == chosen


def test_dynamic_mode_answers_random_spec_shaped_messages(v2010_dynamic: httpx.Client) -> None:
    created = [v2010_dynamic.post(MESSAGES_URL, data={"To": TO, "From": FROM}) for _ in range(3)]

    assert [response.status_code for response in created] == [201, 201, 201]
    bodies = [response.json() for response in created]
    for body in bodies:
        _assert_matches(("api_v2010", MESSAGES_TEMPLATE, "post", 201), body)
    assert len({body["sid"] for body in bodies}) == 3


def test_dynamic_mode_list_matches_the_envelope_schema(v2010_dynamic: httpx.Client) -> None:
    response = v2010_dynamic.get(MESSAGES_URL)

    assert response.status_code == 200, response.text
    envelope = response.json()
    assert isinstance(envelope["messages"], list)
    _assert_matches(("api_v2010", MESSAGES_TEMPLATE, "get", 200), envelope)


def test_dynamic_mode_still_validates_requests(v2010_dynamic: httpx.Client) -> None:
    validation = _validation_for(v2010_dynamic.post(MESSAGES_URL, data={"From": FROM}))
    assert any("'To'" in issue["message"] for issue in validation)


def test_verify_starts_a_verification(verify: httpx.Client) -> None:
    response = verify.post(VERIFICATIONS_URL, data={"To": TO, "Channel": "sms"})

    assert response.status_code == 201, response.text
    verification = response.json()
    assert verification["sid"].startswith("VE")
    assert verification["status"] == "pending"
    _assert_matches(("verify_v2", VERIFICATIONS_TEMPLATE, "post", 201), verification)


def test_verify_without_channel_is_rejected_naming_channel(verify: httpx.Client) -> None:
    validation = _validation_for(verify.post(VERIFICATIONS_URL, data={"To": TO}))
    assert any("'Channel'" in issue["message"] for issue in validation), validation


def test_verify_prefer_429_returns_twilio_error_example(verify: httpx.Client) -> None:
    """Verify documents a 429, so Prism can play it; its headers are schema placeholders."""
    response = verify.post(
        VERIFICATIONS_URL, data={"To": TO, "Channel": "sms"}, headers={"Prefer": "code=429"}
    )

    assert response.status_code == 429
    assert response.json()["code"] == 20429
    # Prism fills header values from their schema type, so Retry-After is not a number.
    assert response.headers["Retry-After"] == "string"
    _assert_matches(("verify_v2", VERIFICATIONS_TEMPLATE, "post", 429), response.json())
