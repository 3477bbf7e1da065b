"""IncomingPhoneNumbers on the generic resource layer: list, fetch, update, delete."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest
import respx

from tests import spec
from twilio_async import (
    Client,
    HttpMethod,
    IncomingPhoneNumber,
    IncomingPhoneNumberAddressRequirement,
    IncomingPhoneNumberEmergencyAddressStatus,
    IncomingPhoneNumberEmergencyStatus,
    IncomingPhoneNumberVoiceReceiveMode,
    structure,
)

from .conftest import ACCOUNT_SID

NUMBERS = f"/2010-04-01/Accounts/{ACCOUNT_SID}/IncomingPhoneNumbers.json"
SPEC_NUMBERS = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json"
SPEC_NUMBER = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json"
SID = "PN" + "a" * 32


def number_path(sid: str) -> str:
    return f"/2010-04-01/Accounts/{ACCOUNT_SID}/IncomingPhoneNumbers/{sid}.json"


def example(path: str, method: str, status: int, name: str) -> dict[str, Any]:
    """A response example from Twilio's v2010 spec."""
    op = spec.operation(spec.load_spec("api_v2010"), path, method)
    value: dict[str, Any] = op["responses"][str(status)]["content"]["application/json"]["examples"][
        name
    ]["value"]
    return value


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


async def test_list_with_filters_decodes_typed_records(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get(NUMBERS).respond(200, json=example(SPEC_NUMBERS, "get", 200, "readFull"))
    numbers = await client.incoming_phone_numbers.list(
        beta=False, friendly_name="Support line", phone_number="+19876543210", origin="twilio"
    )
    request = route.calls.last.request
    assert parse_qs(urlsplit(str(request.url)).query) == {
        "Beta": ["false"],
        "FriendlyName": ["Support line"],
        "PhoneNumber": ["+19876543210"],
        "Origin": ["twilio"],
    }
    assert "PhoneNumber=%2B19876543210" in request.url.query.decode()
    assert len(numbers) == 1
    number = numbers[0]
    assert isinstance(number, IncomingPhoneNumber)
    assert number.sid == SID
    assert number.phone_number == "+18089255327"
    assert number.beta is None
    assert number.capabilities == {"voice": True, "sms": False, "mms": True, "fax": False}
    assert number.sms_method is HttpMethod.POST
    assert number.voice_fallback_method is HttpMethod.POST
    assert number.sms_url == ""  # Twilio's "not set", kept as sent
    assert number.voice_url is None
    assert number.address_requirements is IncomingPhoneNumberAddressRequirement.NONE
    assert number.emergency_status is IncomingPhoneNumberEmergencyStatus.ACTIVE
    assert number.emergency_address_status is IncomingPhoneNumberEmergencyAddressStatus.REGISTERED
    assert number.voice_receive_mode is IncomingPhoneNumberVoiceReceiveMode.VOICE
    assert number.voice_caller_id_lookup is False
    assert number.status == "in-use"
    assert number.type == "local"
    assert number.date_created == datetime(2015, 7, 30, 23, 19, 4, tzinfo=timezone.utc)


async def test_stream_and_page(client: Client, mock: respx.MockRouter) -> None:
    record = example(SPEC_NUMBER, "get", 200, "fetch")
    other = {**record, "sid": "PN" + "b" * 32}
    mock.get(NUMBERS, params={"Page": "1"}).respond(
        200, json={"incoming_phone_numbers": [other], "next_page_uri": None}
    )
    mock.get(NUMBERS).respond(
        200,
        json={"incoming_phone_numbers": [record], "next_page_uri": f"{NUMBERS}?Page=1"},
    )
    sids = [n.sid async for n in client.incoming_phone_numbers.stream()]
    assert sids == [SID, other["sid"]]
    page = await client.incoming_phone_numbers.page(page_size=1)
    assert page.has_next_page
    following = await page.next_page()
    assert following is not None
    assert [n.sid for n in following] == [other["sid"]]


async def test_fetch(client: Client, mock: respx.MockRouter) -> None:
    mock.get(number_path(SID)).respond(200, json=example(SPEC_NUMBER, "get", 200, "fetch"))
    number = await client.incoming_phone_numbers(SID).fetch()
    assert number.sid == SID
    assert number.beta is False
    assert number.bundle_sid == "BU" + "a" * 32


async def test_update_sends_every_kind_of_parameter(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(number_path(SID)).respond(
        200, json=example(SPEC_NUMBER, "post", 200, "update")
    )
    subaccount = "AC" + "b" * 32
    number = await client.incoming_phone_numbers(SID).update(
        friendly_name="Support line",
        voice_url="https://example.com/voice",
        voice_method=HttpMethod.GET,
        voice_fallback_url="https://example.com/voice-fallback",
        voice_fallback_method="POST",
        voice_caller_id_lookup=True,
        sms_url="https://example.com/sms",
        sms_method="POST",
        status_callback="https://example.com/status",
        emergency_status="Inactive",
        voice_receive_mode="fax",
        account_sid=subaccount,
        api_version="2010-04-01",
    )
    assert isinstance(number, IncomingPhoneNumber)
    assert form(route.calls.last.request) == [
        ("FriendlyName", "Support line"),
        ("VoiceUrl", "https://example.com/voice"),
        ("VoiceMethod", "GET"),
        ("VoiceFallbackUrl", "https://example.com/voice-fallback"),
        ("VoiceFallbackMethod", "POST"),
        ("VoiceCallerIdLookup", "true"),
        ("SmsUrl", "https://example.com/sms"),
        ("SmsMethod", "POST"),
        ("StatusCallback", "https://example.com/status"),
        ("EmergencyStatus", "Inactive"),
        ("VoiceReceiveMode", "fax"),
        ("AccountSid", subaccount),
        ("ApiVersion", "2010-04-01"),
    ]
    # Moving the number names the new account in the body; the path keeps the current one.
    assert route.calls.last.request.url.path == number_path(SID)


async def test_update_can_clear_a_url_with_an_empty_string(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(number_path(SID)).respond(
        200, json=example(SPEC_NUMBER, "post", 200, "update")
    )
    await client.incoming_phone_numbers(SID).update(sms_url="", trunk_sid="")
    assert form(route.calls.last.request) == [("SmsUrl", ""), ("TrunkSid", "")]


async def test_update_rejects_create_only_parameters(
    client: Client, mock: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match="'area_code'"):
        await client.incoming_phone_numbers(SID).update(area_code="415")  # type: ignore[call-arg]
    assert mock.calls.call_count == 0


async def test_delete_releases_the_number(client: Client, mock: respx.MockRouter) -> None:
    route = mock.delete(number_path(SID)).respond(204)
    assert await client.incoming_phone_numbers(SID).delete() is True
    assert route.call_count == 1


@pytest.mark.parametrize("bad", ["../Calls/CA" + "1" * 32, "PN1?Beta=true", "a/b"])
async def test_sid_is_one_path_segment(client: Client, mock: respx.MockRouter, bad: str) -> None:
    route = mock.route(url__regex=r".*").respond(204)
    await client.incoming_phone_numbers(bad).delete()
    path = route.calls.last.request.url.raw_path.decode()
    prefix = f"/2010-04-01/Accounts/{ACCOUNT_SID}/IncomingPhoneNumbers/"
    assert path.startswith(prefix)
    assert path.endswith(".json")
    assert "/" not in path[len(prefix) : -len(".json")]
    assert "?" not in path


def test_unknown_enum_values_are_kept() -> None:
    body = {**example(SPEC_NUMBER, "get", 200, "fetch"), "voice_method": "PUT"}
    body["emergency_address_status"] = "pending-something-new"
    number = structure(body, IncomingPhoneNumber)
    assert number.voice_method == "PUT"
    assert number.voice_method is not None
    assert not number.voice_method.is_known
    assert number.emergency_address_status == "pending-something-new"
