"""Verify v2 on verify.twilio.com: Services, Verifications, VerificationChecks, paging, hosts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest
import respx

from tests import spec
from twilio_async import (
    Client,
    NotFoundError,
    Verification,
    VerificationChannel,
    VerificationCheck,
    VerifyService,
)

from .conftest import ACCOUNT_SID, AUTH_TOKEN

VERIFY = "https://verify.twilio.com"
SERVICE_SID = "VA" + "a" * 32
VERIFICATION_SID = "VE" + "a" * 32
SERVICES = "/v2/Services"
VERIFICATIONS = f"/v2/Services/{SERVICE_SID}/Verifications"
CHECKS = f"/v2/Services/{SERVICE_SID}/VerificationCheck"


def example(path: str, method: str, status: int, name: str) -> dict[str, Any]:
    """A response example from Twilio's Verify v2 spec."""
    op = spec.operation(spec.load_spec("verify_v2"), path, method)
    value: dict[str, Any] = op["responses"][str(status)]["content"]["application/json"]["examples"][
        name
    ]["value"]
    return value


def service_json(sid: str = SERVICE_SID) -> dict[str, Any]:
    return {**example("/v2/Services", "post", 201, "createRecord"), "sid": sid}


def services_page(sids: list[str], next_page_url: str | None) -> dict[str, Any]:
    """A Verify list page: records under ``meta.key``, an absolute ``next_page_url``."""
    return {
        "services": [service_json(sid) for sid in sids],
        "meta": {
            "page": 0,
            "page_size": len(sids),
            "first_page_url": f"{VERIFY}/v2/Services?PageSize=1&Page=0",
            "previous_page_url": None,
            "next_page_url": next_page_url,
            "key": "services",
            "url": f"{VERIFY}/v2/Services?PageSize=1&Page=0",
        },
    }


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


@pytest.fixture
def verify() -> Iterator[respx.MockRouter]:
    """Routes on verify.twilio.com (the ``mock`` fixture's router covers api.twilio.com)."""
    with respx.mock(base_url=VERIFY, assert_all_called=False) as router:
        yield router


# --- Services ----------------------------------------------------------------------------


async def test_create_service_uses_dotted_names_on_the_verify_host(
    client: Client, mock: respx.MockRouter, verify: respx.MockRouter
) -> None:
    route = verify.post(SERVICES).respond(201, json=service_json())
    service = await client.verify.v2.services.create(
        friendly_name="My App",
        code_length=6,
        lookup_enabled=True,
        psd2_enabled=False,
        tts_name="Polly.Joanna",
        push_include_date=False,
        push_apn_credential_sid="CR" + "1" * 32,
        totp_issuer="My App",
        totp_time_step=30,
        totp_skew=1,
        whatsapp_msg_service_sid="MG" + "2" * 32,
        whatsapp_from="whatsapp:+15017122661",
        passkeys_relying_party_id="example.com",
        passkeys_relying_party_origins="https://example.com",
        passkeys_user_verification="preferred",
        verify_event_subscription_enabled=True,
    )
    request = route.calls.last.request
    assert str(request.url) == f"{VERIFY}/v2/Services"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["Authorization"].startswith("Basic ")
    assert form(request) == [
        ("FriendlyName", "My App"),
        ("CodeLength", "6"),
        ("LookupEnabled", "true"),
        ("Psd2Enabled", "false"),
        ("TtsName", "Polly.Joanna"),
        ("Push.IncludeDate", "false"),
        ("Push.ApnCredentialSid", "CR" + "1" * 32),
        ("Totp.Issuer", "My App"),
        ("Totp.TimeStep", "30"),
        ("Totp.Skew", "1"),
        ("Whatsapp.MsgServiceSid", "MG" + "2" * 32),
        ("Whatsapp.From", "whatsapp:+15017122661"),
        ("Passkeys.RelyingParty.Id", "example.com"),
        ("Passkeys.RelyingParty.Origins", "https://example.com"),
        ("Passkeys.UserVerification", "preferred"),
        ("VerifyEventSubscriptionEnabled", "true"),
    ]
    assert mock.calls.call_count == 0  # nothing went to api.twilio.com
    assert isinstance(service, VerifyService)
    assert service.sid == SERVICE_SID
    assert service.code_length == 4
    assert service.custom_code_enabled is True
    assert service.date_created == datetime(2015, 7, 30, 20, 0, tzinfo=timezone.utc)
    assert service.totp == {"issuer": "test-issuer", "time_step": 30, "code_length": 3, "skew": 2}
    assert service.whatsapp is not None
    assert service.whatsapp["from"] == "whatsapp:+1234567890"
    assert service.links is not None
    assert service.links["verifications"] == f"{VERIFY}/v2/Services/{SERVICE_SID}/Verifications"


async def test_fetch_list_and_delete_services(client: Client, verify: respx.MockRouter) -> None:
    verify.get(f"{SERVICES}/{SERVICE_SID}").respond(200, json=service_json())
    listed = verify.get(SERVICES).respond(200, json=example(SERVICES, "get", 200, "readAll"))
    deleted = verify.delete(f"{SERVICES}/{SERVICE_SID}").respond(204)
    assert (await client.verify.v2.services(SERVICE_SID).fetch()).friendly_name == "name"
    services = await client.verify.v2.services.list(page_size=50)
    assert [s.sid for s in services] == [SERVICE_SID]
    assert parse_qs(urlsplit(str(listed.calls.last.request.url)).query) == {"PageSize": ["50"]}
    assert await client.verify.v2.services(SERVICE_SID).delete() is True
    assert deleted.call_count == 1


async def test_create_service_requires_known_parameters(
    client: Client, verify: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match="'push_include_dates'"):
        await client.verify.v2.services.create(
            friendly_name="x",
            push_include_dates=True,  # type: ignore[call-arg]
        )
    assert verify.calls.call_count == 0


# --- Verifications and checks --------------------------------------------------------------


async def test_start_a_verification(client: Client, verify: respx.MockRouter) -> None:
    route = verify.post(VERIFICATIONS).respond(
        201,
        json=example("/v2/Services/{ServiceSid}/Verifications", "post", 201, "createVerification"),
    )
    verification = await client.verify.v2.services(SERVICE_SID).verifications.create(
        to="+15017122661",
        channel="sms",
        locale="en",
        custom_code="867530",
        rate_limits={"end_user_ip_address": "127.0.0.1"},
        template_custom_substitutions={"AppName": "MyApp"},
        enable_sna_client_token=True,
        risk_check="disable",
    )
    assert str(route.calls.last.request.url) == f"{VERIFY}{VERIFICATIONS}"
    assert form(route.calls.last.request) == [
        ("To", "+15017122661"),
        ("Channel", "sms"),
        ("Locale", "en"),
        ("CustomCode", "867530"),
        ("RateLimits", '{"end_user_ip_address":"127.0.0.1"}'),
        ("TemplateCustomSubstitutions", '{"AppName":"MyApp"}'),
        ("EnableSnaClientToken", "true"),
        ("RiskCheck", "disable"),
    ]
    assert isinstance(verification, Verification)
    assert verification.sid == VERIFICATION_SID
    assert verification.channel is VerificationChannel.SMS
    assert verification.status == "pending"
    assert verification.valid is False
    assert verification.lookup == {}
    assert verification.send_code_attempts == [
        {"time": "2015-07-30T20:00:00Z", "channel": "SMS", "attempt_sid": "VL" + "a" * 32}
    ]
    assert verification.date_updated == datetime(2015, 7, 30, 20, 0, tzinfo=timezone.utc)


async def test_fetch_a_verification(client: Client, verify: respx.MockRouter) -> None:
    body = example("/v2/Services/{ServiceSid}/Verifications/{Sid}", "get", 200, "fetchVerification")
    route = verify.get(f"{VERIFICATIONS}/{VERIFICATION_SID}").respond(200, json=body)
    got = await client.verify.v2.services(SERVICE_SID).verifications(VERIFICATION_SID).fetch()
    assert route.call_count == 1
    assert got.sid == VERIFICATION_SID
    assert got.service_sid == SERVICE_SID


async def test_verifications_cannot_be_deleted(client: Client, verify: respx.MockRouter) -> None:
    # The API has no DELETE for verifications, so (as in the official SDK) there is no method.
    verification = client.verify.v2.services(SERVICE_SID).verifications(VERIFICATION_SID)
    assert not hasattr(verification, "delete")
    assert verify.calls.call_count == 0


async def test_check_a_code(client: Client, verify: respx.MockRouter) -> None:
    route = verify.post(CHECKS).respond(
        201,
        json=example(
            "/v2/Services/{ServiceSid}/VerificationCheck", "post", 201, "verificationChecks"
        ),
    )
    check = await client.verify.v2.services(SERVICE_SID).verification_checks.create(
        to="+15017122661", code="123456"
    )
    assert str(route.calls.last.request.url) == f"{VERIFY}{CHECKS}"
    assert form(route.calls.last.request) == [("To", "+15017122661"), ("Code", "123456")]
    assert isinstance(check, VerificationCheck)
    assert check.status == "approved"
    assert check.valid is True
    assert check.channel is VerificationChannel.SMS
    assert check.sna_attempts_error_codes == []

    await client.verify.v2.services(SERVICE_SID).verification_checks.create(
        verification_sid=VERIFICATION_SID, code="1", sna_client_token="tok", amount="€1", payee="X"
    )
    assert form(route.calls.last.request) == [
        ("VerificationSid", VERIFICATION_SID),
        ("Code", "1"),
        ("SnaClientToken", "tok"),
        ("Amount", "€1"),
        ("Payee", "X"),
    ]


async def test_check_of_an_expired_verification_is_not_found(
    client: Client, verify: respx.MockRouter
) -> None:
    verify.post(CHECKS).respond(
        404,
        json={
            "code": 20404,
            "message": "The requested resource was not found",
            "more_info": "https://www.twilio.com/docs/errors/20404",
            "status": 404,
        },
    )
    with pytest.raises(NotFoundError) as info:
        await client.verify.v2.services(SERVICE_SID).verification_checks.create(
            to="+15017122661", code="000000"
        )
    assert info.value.code == 20404
    assert info.value.url == f"{VERIFY}{CHECKS}"


def test_verification_check_list_has_no_instances(client: Client) -> None:
    checks = client.verify.v2.services(SERVICE_SID).verification_checks
    assert not callable(checks)
    assert not hasattr(checks, "list")
    assert CHECKS in repr(checks)


# --- Paging: absolute links never leave the configured host -------------------------------


async def test_paging_follows_absolute_links_on_the_verify_host(
    client: Client, verify: respx.MockRouter
) -> None:
    # Twilio's link points at another host; only its path and query are used.
    next_url = "https://elsewhere.example/v2/Services?PageSize=1&Page=1&PageToken=PTVA1"
    second = verify.get(SERVICES, params={"PageToken": "PTVA1"}).respond(
        200, json=services_page(["VA" + "b" * 32], None)
    )
    verify.get(SERVICES).respond(200, json=services_page([SERVICE_SID], next_url))
    sids = [s.sid async for s in client.verify.v2.services.stream(page_size=1)]
    assert sids == [SERVICE_SID, "VA" + "b" * 32]
    follow = second.calls.last.request
    assert follow.url.host == "verify.twilio.com"
    assert follow.url.raw_path.decode() == "/v2/Services?PageSize=1&Page=1&PageToken=PTVA1"


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:9999", {"api": "http://127.0.0.1:9998", "verify": "http://127.0.0.1:9999"}],
)
async def test_paging_with_base_url_override_stays_on_it(
    base_url: str | dict[str, str],
) -> None:
    with respx.mock(base_url="http://127.0.0.1:9999", assert_all_called=False) as fake:
        fake.get(SERVICES, params={"Page": "1"}).respond(
            200, json=services_page(["VA" + "b" * 32], None)
        )
        fake.get(SERVICES).respond(
            200, json=services_page([SERVICE_SID], f"{VERIFY}/v2/Services?PageSize=1&Page=1")
        )
        async with Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, retry=None) as client:
            page = await client.verify.v2.services.page(page_size=1)
            assert page.next_page_url == f"{VERIFY}/v2/Services?PageSize=1&Page=1"
            following = await page.next_page()
        # respx forgets its calls when the block ends: look while it is still open.
        urls = [str(call.request.url) for call in fake.calls]
    assert following is not None
    assert [s.sid for s in following] == ["VA" + "b" * 32]
    assert urls == [
        "http://127.0.0.1:9999/v2/Services?PageSize=1",
        "http://127.0.0.1:9999/v2/Services?PageSize=1&Page=1",
    ]


# --- Region and edge ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "edge", "host"),
    [
        ("ie1", "dublin", "verify.dublin.ie1.twilio.com"),
        ("au1", None, "verify.au1.twilio.com"),
        (None, "sydney", "verify.sydney.us1.twilio.com"),
    ],
)
async def test_region_and_edge_apply_to_verify(
    region: str | None, edge: str | None, host: str
) -> None:
    with respx.mock(base_url=f"https://{host}", assert_all_called=False) as regional:
        regional.get(SERVICES, params={"Page": "1"}).respond(200, json=services_page([], None))
        regional.get(SERVICES).respond(
            200, json=services_page([SERVICE_SID], f"{VERIFY}/v2/Services?Page=1")
        )
        regional.post(CHECKS).respond(
            201,
            json=example(
                "/v2/Services/{ServiceSid}/VerificationCheck", "post", 201, "verificationChecks"
            ),
        )
        async with Client(ACCOUNT_SID, AUTH_TOKEN, region=region, edge=edge, retry=None) as client:
            assert len(await client.verify.v2.services.list()) == 1
            await client.verify.v2.services(SERVICE_SID).verification_checks.create(
                to="+1", code="1"
            )
        # respx forgets its calls when the block ends: look while it is still open.
        hosts = [call.request.url.host for call in regional.calls]
    # The page link named verify.twilio.com; the follow-up still went to the regional host.
    assert hosts == [host, host, host]


# --- Path escaping ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["../Services/VA" + "1" * 32, "VA1?x=1", "a/b", "VA#1"])
async def test_service_and_verification_sids_are_one_segment(
    client: Client, verify: respx.MockRouter, bad: str
) -> None:
    body = example("/v2/Services/{ServiceSid}/Verifications/{Sid}", "get", 200, "fetchVerification")
    route = verify.route(url__regex=r".*").respond(200, json=body)
    await client.verify.v2.services(bad).verifications(bad).fetch()
    path = route.calls.last.request.url.raw_path.decode()
    parts = path.split("/")
    assert parts[:3] == ["", "v2", "Services"]
    assert parts[4] == "Verifications"
    assert len(parts) == 6
    assert "?" not in path
    assert "#" not in path
    await client.verify.v2.services(bad).verification_checks.create(code="1")
    path = route.calls.last.request.url.raw_path.decode()
    assert path.split("/")[4:] == ["VerificationCheck"]


@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_empty_or_dot_sids_fail_early(client: Client, bad: str) -> None:
    with pytest.raises(ValueError, match="sid"):
        client.verify.v2.services(bad)
    with pytest.raises(ValueError, match="sid"):
        client.verify.v2.services(SERVICE_SID).verifications(bad)


def test_namespace_reprs(client: Client) -> None:
    assert "Verify" in repr(client.verify)
    assert SERVICES in repr(client.verify.v2.services)
    assert f"{VERIFICATIONS}/{VERIFICATION_SID}" in repr(
        client.verify.v2.services(SERVICE_SID).verifications(VERIFICATION_SID)
    )
