"""Regressions from the fault and security review (issue 11): bad responses, links, pickles.

Each test names its item of the issue. Socket-level items (cancel, proxies, head and body
bounds, deadline, close) are pinned in tests/integration/hardening/ and .../cancel/.
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest
import respx

from twilio_async import (
    AuthenticationError,
    Client,
    ClientClosedError,
    ConfigurationError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    RateLimitError,
    RecordDecodeError,
    ServerError,
    TwilioAPIError,
    TwilioConnectionError,
    TwilioError,
    TwilioOutcomeUnknownError,
    TwilioTimeoutError,
)

from .conftest import ACCOUNT_SID, API, AUTH_TOKEN, MESSAGES_PATH, message_json

SERVICE_SID = "VA" + "a" * 32
VERIFY = "https://verify.twilio.com"


async def _create(client: Client) -> Any:
    return await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")


# -- item 5: every bad response is a TwilioError ---------------------------------------------


async def test_item5_created_with_non_json_body_says_accepted(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.post(MESSAGES_PATH).respond(
        201, content=b"<html>Created, sort of</html>", headers={"Twilio-Request-Id": "RQ1"}
    )
    with pytest.raises(InvalidResponseError) as caught:
        await _create(client)
    error = caught.value
    assert error.status == 201
    assert error.accepted
    assert error.method == "POST"
    assert error.request_id == "RQ1"
    assert "<html>Created, sort of</html>" in error.excerpt
    assert "do not send it again" in str(error)
    assert mock.calls.call_count == 1  # never retried: Twilio acted on it


async def test_item5_list_page_that_is_an_array(client: Client, mock: respx.MockRouter) -> None:
    mock.get(MESSAGES_PATH).respond(200, json=[message_json()])
    with pytest.raises(InvalidResponseError, match="must be a JSON object, not list"):
        await client.messages.list(limit=5)


async def test_item5_records_that_are_not_an_array(client: Client, mock: respx.MockRouter) -> None:
    mock.get(MESSAGES_PATH).respond(200, json={"messages": 5, "next_page_uri": None})
    with pytest.raises(InvalidResponseError, match="must be a JSON array"):
        await client.messages.list(limit=5)


async def test_item5_next_page_uri_with_a_control_character(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(MESSAGES_PATH).respond(
        200, json={"messages": [message_json()], "next_page_uri": f"{MESSAGES_PATH}?Page=1\x00"}
    )
    with pytest.raises(InvalidResponseError, match="unusable next-page link"):
        await client.messages.list(limit=5)


# -- item 7: a next-page link never moves requests to another host ---------------------------


@pytest.mark.parametrize(
    "link",
    [".attacker.example/x", "@attacker.example/x", "attacker.example/x", "//attacker.example/x"],
)
async def test_item7_relative_link_cannot_change_the_host(
    client: Client, mock: respx.MockRouter, link: str
) -> None:
    mock.get(MESSAGES_PATH).respond(200, json={"messages": [message_json()], "next_page_uri": link})
    with respx.mock(assert_all_called=False) as elsewhere:
        stolen = elsewhere.route(host__regex=r"attacker").respond(200, json={"messages": []})
        with pytest.raises(InvalidResponseError, match="not a path on the API host"):
            await client.messages.list(limit=5)
    assert not stolen.called


async def test_item7_absolute_link_is_kept_on_the_configured_host(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(MESSAGES_PATH, params={"Page": "1"}).respond(
        200, json={"messages": [message_json(2)], "next_page_uri": None}
    )
    mock.get(MESSAGES_PATH).respond(
        200,
        json={
            "messages": [message_json(1)],
            "next_page_uri": f"https://attacker.example{MESSAGES_PATH}?Page=1",
        },
    )
    records = await client.messages.list(limit=5)
    assert len(records) == 2
    assert {call.request.url.host for call in mock.calls} == {"api.twilio.com"}


# -- item 8: paging loops are detected ------------------------------------------------------


async def test_item8_next_link_back_to_a_fetched_page_stops(
    client: Client, mock: respx.MockRouter
) -> None:
    looping = f"{MESSAGES_PATH}?Page=1&PageToken=PA1"
    mock.get(MESSAGES_PATH).respond(200, json={"messages": [], "next_page_uri": looping})
    with pytest.raises(InvalidResponseError, match="paging loop"):
        await client.messages.list(limit=5)
    assert mock.calls.call_count <= 3


async def test_item8_two_page_cycle_stops(client: Client, mock: respx.MockRouter) -> None:
    first, second = f"{MESSAGES_PATH}?Page=1", f"{MESSAGES_PATH}?Page=2"
    mock.get(MESSAGES_PATH, params={"Page": "2"}).respond(
        200, json={"messages": [message_json(3)], "next_page_uri": first}
    )
    mock.get(MESSAGES_PATH, params={"Page": "1"}).respond(
        200, json={"messages": [message_json(2)], "next_page_uri": second}
    )
    mock.get(MESSAGES_PATH).respond(
        200, json={"messages": [message_json(1)], "next_page_uri": first}
    )
    with pytest.raises(InvalidResponseError, match="paging loop"):
        await client.messages.list()
    assert mock.calls.call_count == 3


# -- item 9: every public exception survives a pickle round trip -----------------------------

_IDENTITY: dict[str, Any] = {
    "method": "POST",
    "url": f"{API}{MESSAGES_PATH}",
    "params": {"To": "+1"},
}


def _api(cls: type[TwilioAPIError]) -> TwilioAPIError:
    return cls(
        status=400,
        code=21211,
        message="Invalid 'To'",
        more_info="https://www.twilio.com/docs/errors/21211",
        details={"field": "To"},
        request_id="RQ1",
        retry_after=2.5,
        attempts=3,
        **_IDENTITY,
    )


_ERRORS: list[TwilioError] = [
    TwilioError("plain"),
    ConfigurationError("bad sid"),
    ClientClosedError("closed"),
    RecordDecodeError("Message", "sid missing"),
    *(
        _api(cls)
        for cls in (
            TwilioAPIError,
            InvalidRequestError,
            AuthenticationError,
            NotFoundError,
            RateLimitError,
            ServerError,
        )
    ),
    TwilioConnectionError("ReadError: reset", attempts=2, **_IDENTITY),
    TwilioTimeoutError("ReadTimeout", **_IDENTITY),
    TwilioOutcomeUnknownError(
        cause=TwilioConnectionError("ReadError: reset", **_IDENTITY),
        method="POST",
        url=_IDENTITY["url"],
        params={"To": "+1"},
        attempts=1,
    ),
    InvalidResponseError("not JSON", status=201, excerpt="<html>", request_id="RQ2", **_IDENTITY),
]


@pytest.mark.parametrize("error", _ERRORS, ids=lambda error: type(error).__name__)
def test_item9_exception_pickles_with_its_fields(error: TwilioError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args
    fields = {k: v for k, v in vars(error).items() if k != "cause"}
    assert {k: v for k, v in vars(copy).items() if k != "cause"} == fields
    if isinstance(error, TwilioOutcomeUnknownError):
        assert isinstance(copy, TwilioOutcomeUnknownError)
        assert vars(copy.cause) == vars(error.cause)


# -- Verify one-time codes are secrets -------------------------------------------------------


async def test_verify_custom_code_is_redacted_in_errors(fake_time: Any) -> None:
    path = f"/v2/Services/{SERVICE_SID}/Verifications"
    with respx.mock(base_url=VERIFY) as verify:
        verify.post(path).respond(500, json={"code": 20500, "message": "Internal"})
        async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy()) as client:
            with pytest.raises(TwilioOutcomeUnknownError) as caught:
                await client.verify.v2.services(SERVICE_SID).verifications.create(
                    to="+15017122661", channel="sms", custom_code="867530"
                )
    error = caught.value
    assert error.params["CustomCode"] == "<redacted>"
    assert error.params["To"] == "+15017122661"
    assert "867530" not in repr(vars(error)) + str(error) + repr(vars(error.cause))


async def test_verify_check_code_is_redacted_in_errors(fake_time: Any) -> None:
    path = f"/v2/Services/{SERVICE_SID}/VerificationCheck"
    with respx.mock(base_url=VERIFY) as verify:
        verify.post(path).respond(400, json={"code": 60200, "message": "Invalid parameter"})
        async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy()) as client:
            with pytest.raises(InvalidRequestError) as caught:
                await client.verify.v2.services(SERVICE_SID).verification_checks.create(
                    to="+15017122661", code="123456"
                )
    assert caught.value.params == {"To": "+15017122661", "Code": "<redacted>"}


# -- items 7 and 8 on the generated REST surface ---------------------------------------------

QUEUES_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Queues.json"


async def test_item7_generated_resource_link_cannot_change_the_host(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(QUEUES_PATH).respond(
        200, json={"queues": [], "next_page_uri": ".attacker.example/x", "page": 0}
    )
    queues = client.api.v2010.accounts(ACCOUNT_SID).queues
    with pytest.raises(InvalidResponseError, match="not a path on the API host"):
        await queues.list()
    assert mock.calls.call_count == 1


async def test_item8_generated_resource_paging_loop_stops(
    client: Client, mock: respx.MockRouter
) -> None:
    looping = f"{QUEUES_PATH}?Page=1"
    mock.get(QUEUES_PATH).respond(200, json={"queues": [], "next_page_uri": looping})
    with pytest.raises(TwilioError, match="loops back"):
        await client.api.v2010.accounts(ACCOUNT_SID).queues.list()
    assert mock.calls.call_count <= 3
