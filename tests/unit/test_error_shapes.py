"""Every error body shape Twilio uses becomes one TwilioAPIError, refined by Twilio code."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest
import respx

import twilio_async
from twilio_async import (
    Client,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    TwilioAPIError,
    TwilioConnectionError,
    TwilioOutcomeUnknownError,
    TwilioRestException,
    TwilioServiceException,
    UnsubscribedRecipientError,
    VerifyMaxSendAttemptsError,
)
from twilio_async.errors import CODE_ERRORS, DELIVERY_ERRORS, error_class

from .conftest import MESSAGES_PATH, error_json, message_path

REQUEST_ID = "RQ" + "7" * 32
SERVICES = "https://verify.twilio.com/v2/Services"


def problem(code: int, status: int, **extra: Any) -> dict[str, Any]:
    """An RFC 9457 problem-details body as Twilio's newer APIs send it."""
    return {
        "type": f"https://www.twilio.com/docs/errors/{code}",
        "title": "Attempt to send to unsubscribed recipient",
        "status": status,
        "detail": "The recipient replied STOP.",
        "instance": "/v1/Requests/RQ123",
        "code": code,
        **extra,
    }


async def test_problem_details_become_a_typed_api_error(
    client: Client, mock: respx.MockRouter
) -> None:
    body = problem(21610, 400, errors=[{"detail": "must be E.164", "pointer": "#/to"}])
    mock.post(MESSAGES_PATH).respond(
        400,
        json=body,
        headers={"Content-Type": "application/problem+json", "Twilio-Request-Id": REQUEST_ID},
    )
    # The official SDK raises TwilioServiceException here, which `except
    # TwilioRestException` misses; here both names are the one class.
    with pytest.raises(TwilioRestException) as info:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    error = info.value
    assert isinstance(error, TwilioServiceException)
    assert isinstance(error, InvalidRequestError)
    assert type(error) is UnsubscribedRecipientError
    assert (error.status, error.code, error.request_id) == (400, 21610, REQUEST_ID)
    assert error.title == "Attempt to send to unsubscribed recipient"
    assert error.detail == error.message == error.msg == "The recipient replied STOP."
    assert error.problem_type == error.more_info == "https://www.twilio.com/docs/errors/21610"
    assert error.instance == "/v1/Requests/RQ123"
    assert error.errors == [{"detail": "must be E.164", "pointer": "#/to"}]
    assert error.uri == error.url
    assert error.retryable is False
    assert "21610" in str(error)
    assert REQUEST_ID in str(error)


async def test_scim_error_body(client: Client, mock: respx.MockRouter) -> None:
    body = {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
        "detail": "userName is already taken",
        "scimType": "uniqueness",
        "status": "409",
        "code": "20409",
        "moreInfo": "https://www.twilio.com/docs/errors/20409",
    }
    mock.get(message_path("SM" + "1" * 32)).respond(409, json=body)
    with pytest.raises(TwilioAPIError) as info:
        await client.messages("SM" + "1" * 32).fetch()
    error = info.value
    assert (error.status, error.code) == (409, 20409)
    assert error.message == "userName is already taken"
    assert error.more_info == "https://www.twilio.com/docs/errors/20409"
    assert error.details == {"scimType": "uniqueness"}


async def test_camel_case_service_body(client: Client, mock: respx.MockRouter) -> None:
    body = {"code": 20404, "message": "Alarm not found", "moreInfo": "https://x", "status": 404}
    mock.get(message_path("SM" + "1" * 32)).respond(404, json=body)
    with pytest.raises(NotFoundError) as info:
        await client.messages("SM" + "1" * 32).fetch()
    assert info.value.more_info == "https://x"
    assert info.value.msg == "Alarm not found"


def test_the_status_decides_the_family_and_the_code_refines_it() -> None:
    assert error_class(404, 20404).__name__ == "ResourceNotFoundError"
    # 20404 arriving as a 400 is not a NotFoundError: `except InvalidRequestError` must see it.
    assert error_class(400, 20404) is InvalidRequestError
    assert error_class(429, 60203) is VerifyMaxSendAttemptsError
    assert error_class(418, None) is TwilioAPIError


def test_every_code_class_is_in_its_family_and_exported() -> None:
    for code, cls in CODE_ERRORS.items():
        assert code == cls.CODE  # type: ignore[attr-defined]
        assert isinstance(cls.RETRYABLE, bool)
        assert cls.__doc__
        assert str(code) in cls.__doc__
        assert getattr(twilio_async, cls.__name__) is cls
        assert issubclass(cls, TwilioAPIError)
        assert cls.__bases__[0] is not TwilioAPIError
    # Delivery codes are read from records, never raised: no exception class for them.
    assert 30007 in DELIVERY_ERRORS
    assert 30007 not in CODE_ERRORS
    assert DELIVERY_ERRORS[30007].retryable is False
    assert DELIVERY_ERRORS[30003].retryable is True


@pytest.mark.parametrize(
    ("status", "code", "retryable"),
    [
        (429, 20429, True),
        (429, None, True),
        (503, None, True),
        (400, None, False),
        (400, 21610, False),
    ],
)
def test_retryable_attribute(status: int, code: int | None, retryable: bool) -> None:
    error = error_class(status, code)(status=status, code=code, message="m")
    assert error.retryable is retryable


async def test_a_code_no_retry_fixes_is_not_retried(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(f"{SERVICES}/VA{'1' * 32}/Verifications").respond(
        429, json=error_json(60203, 429, "Max send attempts reached")
    )
    with pytest.raises(VerifyMaxSendAttemptsError) as info:
        await client.verify.v2.services("VA" + "1" * 32).verifications.create(
            to="+15558675310", channel="sms"
        )
    assert isinstance(info.value, RateLimitError)
    assert route.call_count == 1  # a plain 429 is retried; Verify's attempt limit is final
    assert info.value.attempts == 1


async def test_every_error_has_a_request_id_attribute(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.post(MESSAGES_PATH).respond(
        502, json=error_json(20500, 502), headers={"Twilio-Request-Id": REQUEST_ID}
    )
    with pytest.raises(TwilioOutcomeUnknownError) as unknown:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    assert unknown.value.request_id == REQUEST_ID
    mock.get(message_path("SM" + "1" * 32)).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(TwilioConnectionError) as refused:
        await client.messages("SM" + "1" * 32).fetch()
    assert refused.value.request_id is None  # no response, so no id


def test_a_code_error_survives_pickle() -> None:
    error = UnsubscribedRecipientError(
        status=400, code=21610, message="stop", request_id=REQUEST_ID, title="t", errors=[{}]
    )
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is UnsubscribedRecipientError
    assert (copy.code, copy.request_id, copy.title, copy.msg) == (21610, REQUEST_ID, "t", "stop")
