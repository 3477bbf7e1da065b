"""Calls on the generic resource layer: every operation, exact requests, typed records."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest
import respx

from tests import spec
from twilio_async import Call, CallStatus, Client, HttpMethod, NotFoundError, Page
from twilio_async.twiml import VoiceResponse

from .conftest import ACCOUNT_SID

CALLS = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls.json"
SPEC_CALLS = "/2010-04-01/Accounts/{AccountSid}/Calls.json"
SPEC_CALL = "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"
SID = "CA" + "a" * 32


def call_path(sid: str) -> str:
    return f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/{sid}.json"


def example(path: str, method: str, status: int, name: str) -> dict[str, Any]:
    """A response example from Twilio's v2010 spec."""
    op = spec.operation(spec.load_spec("api_v2010"), path, method)
    value: dict[str, Any] = op["responses"][str(status)]["content"]["application/json"]["examples"][
        name
    ]["value"]
    return value


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


def query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(urlsplit(str(request.url)).query, keep_blank_values=True)


async def test_create_with_url_sends_api_names_and_decodes_the_call(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(CALLS).respond(201, json=example(SPEC_CALLS, "post", 201, "create"))
    call = await client.calls.create(
        to="+14158675309",
        from_="+14158675308",
        url="https://example.com/answer.xml",
        method=HttpMethod.GET,
        status_callback="https://example.com/status",
        status_callback_event=["initiated", "ringing", "answered", "completed"],
        status_callback_method="POST",
        timeout=30,
        record=True,
        recording_status_callback_event=("completed",),
        machine_detection="DetectMessageEnd",
        machine_detection_timeout=10,
        async_amd=True,
        sip_auth_username="alice",
        sip_auth_password="pw",
        caller_id="client:alice",
        time_limit=600,
        byoc="BY" + "1" * 32,
    )
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert form(request) == [
        ("To", "+14158675309"),
        ("From", "+14158675308"),
        ("Url", "https://example.com/answer.xml"),
        ("Method", "GET"),
        ("StatusCallback", "https://example.com/status"),
        ("StatusCallbackEvent", "initiated"),
        ("StatusCallbackEvent", "ringing"),
        ("StatusCallbackEvent", "answered"),
        ("StatusCallbackEvent", "completed"),
        ("StatusCallbackMethod", "POST"),
        ("Timeout", "30"),
        ("Record", "true"),
        ("RecordingStatusCallbackEvent", "completed"),
        ("MachineDetection", "DetectMessageEnd"),
        ("MachineDetectionTimeout", "10"),
        ("AsyncAmd", "true"),
        ("SipAuthUsername", "alice"),
        ("SipAuthPassword", "pw"),
        ("CallerId", "client:alice"),
        ("TimeLimit", "600"),
        ("Byoc", "BY" + "1" * 32),
    ]
    assert isinstance(call, Call)
    assert call.sid == SID
    assert call.from_ == "+14158675308"
    assert call.from_formatted == "(415) 867-5308"
    assert call.status is CallStatus.COMPLETED
    assert call.duration == 15
    assert call.queue_time == 1000
    assert call.price == Decimal("-0.03000")
    assert call.start_time == datetime(2010, 8, 31, 20, 36, 29, tzinfo=timezone.utc)
    assert call.end_time == datetime(2010, 8, 31, 20, 36, 44, tzinfo=timezone.utc)
    assert call.answered_by is None
    assert call.subresource_uris is not None
    assert call.subresource_uris["recordings"].endswith(f"/Calls/{SID}/Recordings.json")


async def test_create_with_twiml_text_or_builder(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(CALLS).respond(201, json=example(SPEC_CALLS, "post", 201, "createWithTwiml"))
    await client.calls.create(to="+1555", from_="+1666", twiml="<Response><Say>Hi</Say></Response>")
    assert form(route.calls.last.request) == [
        ("To", "+1555"),
        ("From", "+1666"),
        ("Twiml", "<Response><Say>Hi</Say></Response>"),
    ]
    response = VoiceResponse()
    response.say("Ahoy & welcome")
    await client.calls.create(to="+1555", from_="+1666", twiml=response)
    sent = dict(form(route.calls.last.request))
    assert sent["Twiml"] == str(response)
    assert "<Say>Ahoy &amp; welcome</Say>" in sent["Twiml"]


async def test_create_rejects_parameters_the_spec_does_not_have(
    client: Client, mock: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match=r"'body'.*known parameters"):
        await client.calls.create(to="+1", from_="+2", body="x")  # type: ignore[call-arg]
    assert mock.calls.call_count == 0


async def test_fetch_update_delete(client: Client, mock: respx.MockRouter) -> None:
    mock.get(call_path(SID)).respond(200, json=example(SPEC_CALL, "get", 200, "fetch"))
    update = mock.post(call_path(SID)).respond(200, json=example(SPEC_CALL, "post", 200, "cancel"))
    delete = mock.delete(call_path(SID)).respond(204)
    ctx = client.calls(SID)
    assert ctx.sid == SID
    fetched = await ctx.fetch()
    assert fetched.sid == SID
    assert fetched.date_created == datetime(2019, 10, 18, 17, 0, tzinfo=timezone.utc)

    ended = await ctx.update(status="completed")
    assert form(update.calls.last.request) == [("Status", "completed")]
    assert isinstance(ended.status, CallStatus)

    await ctx.update(twiml="<Response><Hangup/></Response>", time_limit=5)
    assert form(update.calls.last.request) == [
        ("Twiml", "<Response><Hangup/></Response>"),
        ("TimeLimit", "5"),
    ]
    await ctx.update(
        url="https://example.com/next.xml",
        method="POST",
        fallback_url="https://example.com/fallback.xml",
        fallback_method=HttpMethod.GET,
        status_callback="https://example.com/s",
        status_callback_method="GET",
    )
    assert form(update.calls.last.request) == [
        ("Url", "https://example.com/next.xml"),
        ("Method", "POST"),
        ("FallbackUrl", "https://example.com/fallback.xml"),
        ("FallbackMethod", "GET"),
        ("StatusCallback", "https://example.com/s"),
        ("StatusCallbackMethod", "GET"),
    ]
    assert await ctx.delete() is True
    assert delete.call_count == 1


async def test_update_rejects_create_only_parameters(
    client: Client, mock: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match="'to'"):
        await client.calls(SID).update(to="+1")  # type: ignore[call-arg]
    assert mock.calls.call_count == 0


async def test_fetch_missing_call_raises_not_found(client: Client, mock: respx.MockRouter) -> None:
    mock.get(call_path(SID)).respond(
        404, json={"code": 20404, "message": "not found", "more_info": "x", "status": 404}
    )
    with pytest.raises(NotFoundError) as info:
        await client.calls(SID).fetch()
    assert info.value.code == 20404


async def test_list_filters_use_api_names(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(CALLS).respond(
        200, json=example(SPEC_CALLS, "get", 200, "readEmptyDatesGreater")
    )
    got = await client.calls.list(
        to="+123456789",
        from_="+987654321",
        parent_call_sid="CA" + "b" * 32,
        status=CallStatus.IN_PROGRESS,
        start_time=date(2024, 1, 2),
        start_time_before=datetime(2024, 1, 31, 12, 30, tzinfo=timezone.utc),
        start_time_after=date(2024, 1, 1),
        end_time=date(2024, 2, 2),
        end_time_before=date(2024, 2, 28),
        end_time_after=datetime(2024, 2, 1, tzinfo=timezone.utc),
        page_size=20,
    )
    assert got == []
    assert query(route.calls.last.request) == {
        "To": ["+123456789"],
        "From": ["+987654321"],
        "ParentCallSid": ["CA" + "b" * 32],
        "Status": ["in-progress"],
        "StartTime": ["2024-01-02"],
        "StartTime<": ["2024-01-31T12:30:00Z"],
        "StartTime>": ["2024-01-01"],
        "EndTime": ["2024-02-02"],
        "EndTime<": ["2024-02-28"],
        "EndTime>": ["2024-02-01T00:00:00Z"],
        "PageSize": ["20"],
    }
    # "<" and ">" are escaped in the query string, "+" too (else it would read as a space).
    raw = route.calls.last.request.url.query.decode()
    assert "StartTime%3C=" in raw
    assert "StartTime%3E=" in raw
    assert "To=%2B123456789" in raw


async def test_stream_follows_next_page_uri(client: Client, mock: respx.MockRouter) -> None:
    first = example(SPEC_CALLS, "get", 200, "readFullPage1")
    second = {**example(SPEC_CALLS, "get", 200, "readFullPage2"), "next_page_uri": None}
    mock.get(CALLS, params={"Page": "1"}).respond(200, json=second)
    initial = mock.get(CALLS).respond(200, json=first)
    seen = [c async for c in client.calls.stream(status="completed", page_size=2)]
    assert len(seen) == 4
    assert all(isinstance(c, Call) for c in seen)
    assert seen[0].answered_by == "machine_start"
    assert seen[1].price_unit == "JPY"
    assert initial.call_count == 1
    assert query(initial.calls.last.request) == {"Status": ["completed"], "PageSize": ["2"]}
    # The second request is exactly Twilio's next_page_uri, on the configured host.
    follow = mock.calls.last.request
    assert follow.url.host == "api.twilio.com"
    assert query(follow)["PageToken"] == ["PACAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa0"]


async def test_page_and_limit(client: Client, mock: respx.MockRouter) -> None:
    mock.get(CALLS).respond(200, json=example(SPEC_CALLS, "get", 200, "readFullPage1"))
    page = await client.calls.page(page_size=2)
    assert isinstance(page, Page)
    assert page.has_next_page
    assert [c.sid for c in page] == ["CA" + "a" * 32, "CA" + "a" * 31 + "0"]
    assert len(await client.calls.list(limit=1)) == 1
    assert query(mock.calls.last.request)["PageSize"] == ["1"]


@pytest.mark.parametrize(
    ("path", "method", "status", "name"),
    [
        (SPEC_CALLS, "post", 201, "create"),
        (SPEC_CALLS, "post", 201, "createWithTwiml"),
        (SPEC_CALL, "get", 200, "fetch"),
        (SPEC_CALL, "post", 200, "update"),
        (SPEC_CALL, "post", 200, "cancel"),
        (SPEC_CALL, "post", 200, "posttwiml"),
        (SPEC_CALL, "post", 200, "updatetimelimit"),
    ],
)
async def test_every_spec_example_decodes(
    client: Client, mock: respx.MockRouter, path: str, method: str, status: int, name: str
) -> None:
    body = example(path, method, status, name)
    mock.get(call_path(SID)).respond(200, json=body)
    call = await client.calls(SID).fetch()
    assert call.sid == body["sid"]
    assert call.to == body["to"]
    assert call.from_ == body["from"]
    assert call.status == body["status"]
    assert call.duration == (int(body["duration"]) if body["duration"] else None)
    assert call.price == (Decimal(body["price"]) if body["price"] else None)


async def test_unknown_status_and_extra_fields_do_not_raise(
    client: Client, mock: respx.MockRouter
) -> None:
    body = {**example(SPEC_CALL, "get", 200, "fetch"), "status": "teleported", "new_field": 1}
    mock.get(call_path(SID)).respond(200, json=body)
    call = await client.calls(SID).fetch()
    assert call.status == "teleported"
    assert call.status is not None
    assert not call.status.is_known


@pytest.mark.parametrize("bad", ["../Messages/SM" + "1" * 32, "CA1?Status=x", "a/b", "CA#1"])
async def test_sids_are_escaped_as_one_path_segment(
    client: Client, mock: respx.MockRouter, bad: str
) -> None:
    route = mock.route(url__regex=r".*").respond(200, json=example(SPEC_CALL, "get", 200, "fetch"))
    await client.calls(bad).fetch()
    path = route.calls.last.request.url.raw_path.decode()
    prefix = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/"
    assert path.startswith(prefix)
    assert path.endswith(".json")
    segment = path[len(prefix) : -len(".json")]
    assert "/" not in segment
    assert "?" not in segment
    assert "#" not in segment
    assert not route.calls.last.request.url.query


@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_empty_or_dot_sids_fail_before_any_request(client: Client, bad: str) -> None:
    with pytest.raises(ValueError, match="sid"):
        client.calls(bad)


def test_repr_shows_the_path(client: Client) -> None:
    assert CALLS in repr(client.calls)
    assert call_path(SID) in repr(client.calls(SID))
