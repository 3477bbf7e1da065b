"""``client.with_options(...)``: per-request options on a view sharing the client's pool."""

from __future__ import annotations

from urllib.parse import parse_qs

import httpx
import pytest
import respx

from twilio_async import Client, ClientClosedError, RetryPolicy, ServerError

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGES_PATH, FakeTime, message_json

CALLS_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls.json"
DOCUMENT = "https://sync.twilio.com/v1/Services/IS" + "0" * 32 + "/Documents/ET" + "0" * 32


def created() -> httpx.Response:
    return httpx.Response(201, json=message_json(1))


async def send(client: Client) -> object:
    return await client.messages.create(to="+15558675310", from_="+15017122661", body="x")


async def test_a_view_timeout_applies_to_its_requests_only(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(MESSAGES_PATH).mock(side_effect=[created(), created()])
    await send(client.with_options(timeout=5))
    await send(client)
    quick, default = (call.request.extensions["timeout"] for call in route.calls)
    assert (quick["connect"], quick["read"], quick["write"], quick["pool"]) == (5, 5, 5, 5)
    assert (default["connect"], default["read"]) == (10.0, 30.0)


async def test_an_httpx_timeout_sets_each_phase(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(MESSAGES_PATH).mock(return_value=created())
    await send(client.with_options(timeout=httpx.Timeout(2.0, read=7.0)))
    timeout = route.calls.last.request.extensions["timeout"]
    assert (timeout["connect"], timeout["read"]) == (2.0, 7.0)


async def test_twilios_own_timeout_parameter_still_reaches_twilio(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(CALLS_PATH).respond(
        201,
        json={
            "sid": "CA" + "0" * 32,
            "account_sid": ACCOUNT_SID,
            "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        },
    )
    view = client.with_options(timeout=3)
    await view.calls.create(to="+15558675310", from_="+15017122661", url="https://x", timeout=45)
    request = route.calls.last.request
    assert parse_qs(request.content.decode())["Timeout"] == ["45"]  # the ring time
    assert request.extensions["timeout"]["read"] == 3  # the HTTP timeout


async def test_any_navigation_path_goes_through_the_view(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get("https://lookups.twilio.com/v2/PhoneNumbers/%2B15558675310").respond(
        200,
        json={
            "phone_number": "+15558675310",
            "valid": True,
            "url": "https://lookups.twilio.com/v2/PhoneNumbers/+15558675310",
        },
    )
    view = client.with_options(timeout=4, headers={"X-Trace": "abc"})
    record = await view.lookups.v2.phone_numbers("+15558675310").fetch()
    assert record.valid is True
    request = route.calls.last.request
    assert request.extensions["timeout"]["read"] == 4
    assert request.headers["X-Trace"] == "abc"
    assert request.headers["Authorization"].startswith("Basic ")


async def test_a_view_retry_policy_replaces_the_clients(
    client: Client, mock: respx.MockRouter, fake_time: FakeTime
) -> None:
    unavailable = httpx.Response(503, json={"code": 20503, "message": "busy", "status": 503})
    route = mock.post(MESSAGES_PATH).mock(side_effect=[unavailable, unavailable, created()])
    with pytest.raises(ServerError) as info:
        await send(client.with_options(retry=None))
    assert info.value.attempts == 1
    assert route.call_count == 1
    await send(client)  # the client's own policy still retries
    assert route.call_count == 3
    assert fake_time.sleeps == [pytest.approx(0.125)]


async def test_views_share_the_pool_limiter_and_retry_count(
    client: Client, mock: respx.MockRouter, fake_time: FakeTime
) -> None:
    busy = httpx.Response(429, json={"code": 20429, "message": "busy", "status": 429})
    mock.post(MESSAGES_PATH).mock(side_effect=[busy, created()])
    view = client.with_options(retry=fake_time.policy(base_delay=1.0, jitter=False))
    await send(view)
    assert view.transport.limiter is client.transport.limiter
    assert view.transport._session is client.transport._session
    assert client.transport.retries == view.transport.retries == 1
    assert fake_time.sleeps == [1.0]  # the view's policy waited


async def test_views_layer_and_keep_what_they_do_not_replace(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(MESSAGES_PATH).mock(return_value=created())
    policy = RetryPolicy(max_attempts=2)
    view = client.with_options(timeout=6, retry=policy, headers={"X-A": "1", "X-B": "1"})
    layered = view.with_options(headers={"x-b": "2"})
    assert layered.transport.retry is policy
    assert layered.transport.timeout == httpx.Timeout(6)
    await send(layered)
    request = route.calls.last.request
    assert request.headers["X-A"] == "1"
    assert request.headers.get_list("X-B") == ["2"]  # replaced, not sent twice
    assert request.extensions["timeout"]["read"] == 6


async def test_an_operation_header_parameter_wins_over_a_view_header(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(DOCUMENT).respond(
        200,
        json={
            "sid": "ET" + "0" * 32,
            "account_sid": ACCOUNT_SID,
            "service_sid": "IS" + "0" * 32,
            "url": DOCUMENT,
            "date_created": "2023-08-24T05:01:45Z",
        },
    )
    view = client.with_options(headers={"If-Match": '"old"', "X-Other": "y"})
    services = view.sync.v1.services("IS" + "0" * 32)
    await services.documents("ET" + "0" * 32).update(data={"a": 1}, if_match='"new"')
    request = route.calls.last.request
    assert request.headers.get_list("If-Match") == ['"new"']
    assert request.headers["X-Other"] == "y"


def test_bad_options_are_refused_when_the_view_is_made(client: Client) -> None:
    with pytest.raises(ValueError, match="authorization header is set by the client"):
        client.with_options(headers={"Authorization": "Bearer x"})
    with pytest.raises(ValueError, match="header 'X-A' contains a control character"):
        client.with_options(headers={"X-A": "a\r\nInjected: 1"})
    with pytest.raises(TypeError, match="timeout must be a number"):
        client.with_options(timeout="5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="retry must be a RetryPolicy or None"):
        client.with_options(retry=3)  # type: ignore[arg-type]


async def test_closing_a_view_leaves_the_client_open(
    mock: respx.MockRouter, fake_time: FakeTime
) -> None:
    mock.post(MESSAGES_PATH).mock(return_value=created())
    client = Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy())
    async with client.with_options(timeout=5) as view:
        await send(view)
    await view.aclose()
    assert not client.closed
    assert not view.closed
    await send(client)
    await send(view)
    await client.aclose()
    assert view.closed
    with pytest.raises(ClientClosedError):
        await send(view)


def test_a_view_says_what_it_is(client: Client) -> None:
    view = client.with_options(timeout=1)
    assert repr(view).startswith("<twilio_async.Client view account_sid=")
    assert AUTH_TOKEN not in repr(view) + repr(view.transport)
    assert repr(client).startswith("<twilio_async.Client account_sid=")
    assert view.account_sid == client.account_sid
    assert view.messages is view.messages  # built once per view, like the client's
    assert view.messages is not client.messages
