"""The redaction rules (``twilio_async._redaction``): which names are secrets, how URLs and
texts are shown. The end-to-end scans of spans, metrics, logs and errors are in
``test_redaction``."""

from __future__ import annotations

import pytest

from codegen import overrides
from twilio_async import Client
from twilio_async._redaction import (
    is_secret_field,
    is_secret_param,
    safe_url,
    scrub,
    shown_url,
)
from twilio_async._telemetry import fallback_operation
from twilio_async.rest.api.v2010.accounts_tokens import TokenIceServers

from .conftest import ACCOUNT_SID, API, AUTH_TOKEN, MESSAGES_PATH

PHONE = "+15558675310"
EMAIL = "alice.smith@example.com"
SERVICE = "VA" + "a" * 32
LOOKUPS = "https://lookups.twilio.com"
VERIFY = "https://verify.twilio.com"
LOOKUP_PATH = "/v2/PhoneNumbers/%2B15558675310"


def test_shown_url_follows_the_operation_template() -> None:
    fetch = "api.v2010.accounts.messages.fetch"
    sid = "SM" + "b" * 32
    url = f"https://u:p@api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json"
    assert shown_url(url, fetch) == url.replace("u:p@", "")
    verify_entity = "verify.v2.services.entities.fetch"
    assert Client(ACCOUNT_SID, AUTH_TOKEN).verify.v2.services(SERVICE).entities  # declared
    assert shown_url(f"{VERIFY}/v2/Services/{SERVICE}/Entities/bob", verify_entity) == (
        f"{VERIFY}/v2/Services/{SERVICE}/Entities/{{Identity}}"
    )
    # A link in another shape than the template falls back to the safety net.
    assert shown_url(f"{LOOKUPS}/v9/Other/{PHONE}", "lookups.v2.phone_numbers.fetch") == (
        f"{LOOKUPS}/v9/Other/REDACTED"
    )


def test_shown_url_hides_query_values_except_paging_and_sids() -> None:
    service = "MG" + "c" * 32
    query = f"?To=%2B1555&Status=sent&MessagingServiceSid={service}&PageSize=5&AuthToken=x"
    assert shown_url(API + MESSAGES_PATH + query) == (
        f"{API}{MESSAGES_PATH}?To=REDACTED&Status=REDACTED&MessagingServiceSid={service}"
        "&PageSize=5&AuthToken=REDACTED"
    )


def test_without_a_template_the_safety_net_hides_numbers_and_emails() -> None:
    assert shown_url("https://x.twilio.com/v1/Numbers/5558675310/A/bob%40b.io/C") == (
        "https://x.twilio.com/v1/Numbers/REDACTED/A/REDACTED/C"
    )
    assert fallback_operation("GET", f"{LOOKUPS}{LOOKUP_PATH}?Type=carrier") == (
        "GET /v2/PhoneNumbers/REDACTED"
    )


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (f"The 'To' number {PHONE} is invalid", "The 'To' number REDACTED is invalid"),
        ("call +1 (555) 867-5310 now", "call REDACTED now"),
        ("whatsapp:+447700900123 opted out", "whatsapp:REDACTED opted out"),
        (f"mail {EMAIL}.", "mail REDACTED."),
        ("national 5558675310", "national REDACTED"),
        ("15558675310 without its plus", "REDACTED without its plus"),
        # Shorter runs are sizes and counts more often than phone numbers.
        ("body longer than 33554432 bytes", "body longer than 33554432 bytes"),
        # Error codes, SIDs, request ids and links stay readable.
        (
            "Error 21211 on SM0123456789abcdef0123456789abcdef, see "
            "https://www.twilio.com/docs/errors/21211",
            "Error 21211 on SM0123456789abcdef0123456789abcdef, see "
            "https://www.twilio.com/docs/errors/21211",
        ),
    ],
)
def test_scrub(text: str, scrubbed: str) -> None:
    assert scrub(text) == scrubbed


def test_safe_url_hides_only_secrets() -> None:
    assert safe_url(f"https://u:p@api.twilio.com{LOOKUP_PATH}?To=%2B1&AuthToken=abc") == (
        f"https://api.twilio.com{LOOKUP_PATH}?To=%2B1&AuthToken=REDACTED"
    )
    assert safe_url(API + MESSAGES_PATH) == API + MESSAGES_PATH


# Every name the three earlier lists (transport, telemetry, codegen) covered, and more.
SECRETS = [
    "AuthToken",
    "auth_token",
    "secondary_auth_token",
    "ApiSecret",
    "api_key_secret",
    "client_secret",
    "Binding.Secret",
    "Password",
    "SipAuthPassword",
    "access_token",
    "refreshToken",
    "id_token",
    "Signature",
    "Credentials",
    "credential",
    "PrivateKey",
    "ApiKey",
    "write_key",
    "port_out_pin",
    "CustomCode",
    "verification_code",
    "SecurityCode",
    "activation_code",
]
NOT_SECRETS = [
    "PageToken",
    "next_token",
    "previousToken",
    "CredentialSid",
    "credential_list_sid",
    "CountryCode",
    "error_code",
    "CodeLength",
    "code_length",
    "Key",
    "PublicKey",
    "To",
    "Body",
]


@pytest.mark.parametrize("name", SECRETS)
def test_secret_names(name: str) -> None:
    assert is_secret_param(name)
    assert is_secret_field(name)
    assert overrides.is_secret_field(name)  # the generator uses the same rule


@pytest.mark.parametrize("name", NOT_SECRETS)
def test_names_that_are_not_secrets(name: str) -> None:
    assert not is_secret_param(name)
    assert not overrides.is_secret_field(name)


def test_a_bare_code_is_secret_as_a_parameter_not_as_a_record_field() -> None:
    # Verify's check sends the one-time code as Code; in answers, code is an error code.
    assert is_secret_param("Code")
    assert not is_secret_field("code")


def test_generated_records_keep_secret_fields_out_of_repr() -> None:
    server = TokenIceServers(credential="turn-password-42", username="u", url="turn:x")
    assert "turn-password-42" not in repr(server)
    assert "username='u'" in repr(server)


def test_shown_url_follows_the_template_below_a_base_url_path() -> None:
    fetch = "lookups.v2.phone_numbers.fetch"
    assert Client(ACCOUNT_SID, AUTH_TOKEN).lookups.v2.phone_numbers(PHONE)  # declared
    assert shown_url(f"http://127.0.0.1:8080/twilio{LOOKUP_PATH}", fetch) == (
        "http://127.0.0.1:8080/twilio/v2/PhoneNumbers/{PhoneNumber}"
    )
    assert shown_url(f"{LOOKUPS}/PhoneNumbers/{PHONE}", fetch) == (
        f"{LOOKUPS}/PhoneNumbers/REDACTED"  # shorter than the template: the safety net
    )
