"""HTTP errors become typed exceptions carrying Twilio's details and the request's identity."""

from __future__ import annotations

import httpx
import pytest
import respx

from twilio_async import (
    AuthenticationError,
    Client,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TwilioAPIError,
    TwilioConnectionError,
    TwilioError,
    TwilioRestException,
    TwilioTimeoutError,
)

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGES_PATH, error_json, message_path


@pytest.mark.parametrize(
    ("status", "code", "family"),
    [
        (400, 21211, InvalidRequestError),
        (422, 21211, InvalidRequestError),
        (401, 20003, AuthenticationError),
        (403, 20003, AuthenticationError),
        (404, 20404, NotFoundError),
        (409, 12345, TwilioAPIError),
    ],
)
async def test_status_maps_to_error_family(
    client: Client, mock: respx.MockRouter, status: int, code: int, family: type[TwilioAPIError]
) -> None:
    mock.post(MESSAGES_PATH).respond(
        status,
        json=error_json(code, status, "The 'To' number is not valid."),
        headers={"Twilio-Request-Id": "RQ" + "9" * 32},
    )
    with pytest.raises(family) as info:
        await client.messages.create(to="+1", from_="+15017122661", body="x")
    error = info.value
    assert type(error) is family
    assert error.status == status
    assert error.code == code
    assert error.more_info == f"https://www.twilio.com/docs/errors/{code}"
    assert error.request_id == "RQ" + "9" * 32
    assert error.method == "POST"
    assert error.url.endswith(MESSAGES_PATH)
    assert error.params == {"To": "+1", "From": "+15017122661", "Body": "x"}
    assert str(code) in str(error)


async def test_server_error_on_get_is_server_error(client: Client, mock: respx.MockRouter) -> None:
    mock.get(message_path("SM" + "1" * 32)).respond(500, json=error_json(20500, 500))
    with pytest.raises(ServerError) as info:
        await client.messages("SM" + "1" * 32).fetch()
    assert info.value.attempts == 5  # retried: a GET is safe to repeat


async def test_rate_limit_family(client: Client, mock: respx.MockRouter) -> None:
    mock.get(MESSAGES_PATH).respond(429, json=error_json(20429, 429, "Too Many Requests"))
    with pytest.raises(RateLimitError) as info:
        await client.messages.list()
    assert info.value.code == 20429


async def test_non_json_error_body_keeps_status_and_excerpt(
    client: Client, mock: respx.MockRouter
) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1>" + "x" * 5000 + "</body></html>"
    mock.get(message_path("SM" + "1" * 32)).respond(
        403, text=html, headers={"Content-Type": "text/html"}
    )
    with pytest.raises(AuthenticationError) as info:
        await client.messages("SM" + "1" * 32).fetch()
    assert info.value.status == 403
    assert info.value.code is None
    assert "502 Bad Gateway" in info.value.message
    assert len(info.value.message) < 300


async def test_details_are_kept(client: Client, mock: respx.MockRouter) -> None:
    body = {**error_json(21610, 400), "details": {"reason": "unsubscribed"}}
    mock.post(MESSAGES_PATH).respond(400, json=body)
    with pytest.raises(InvalidRequestError) as info:
        await client.messages.create(to="+15558675310", from_="+1", body="x")
    assert info.value.details == {"reason": "unsubscribed"}


async def test_connection_and_timeout_errors_are_typed(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(message_path("SM" + "1" * 32)).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(TwilioConnectionError) as info:
        await client.messages("SM" + "1" * 32).fetch()
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert "5 attempts" in str(info.value)
    mock.get(message_path("SM" + "2" * 32)).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(TwilioTimeoutError):
        await client.messages("SM" + "2" * 32).fetch()


async def test_errors_never_contain_secrets(client: Client, mock: respx.MockRouter) -> None:
    mock.post(MESSAGES_PATH).respond(401, json=error_json(20003, 401, "Authenticate"))
    with pytest.raises(AuthenticationError) as info:
        await client.messages.create(to="+1555", from_="+1", body="x")
    text = str(info.value) + repr(info.value) + repr(info.value.params) + repr(info.value.args)
    assert AUTH_TOKEN not in text


async def test_secret_looking_params_are_redacted(mock: respx.MockRouter) -> None:
    # Messages have no secret parameters; the redaction is generic for future resources.
    from twilio_async._attempt_errors import redact

    assert redact({"AuthToken": "x", "ApiSecret": "y", "Body": "hi"}) == {
        "AuthToken": "<redacted>",
        "ApiSecret": "<redacted>",
        "Body": "hi",
    }


def test_migration_alias_and_hierarchy() -> None:
    assert TwilioRestException is TwilioAPIError
    for family in (
        InvalidRequestError,
        AuthenticationError,
        NotFoundError,
        RateLimitError,
        ServerError,
    ):
        assert issubclass(family, TwilioAPIError)
        assert issubclass(family, TwilioError)
    assert issubclass(TwilioTimeoutError, TwilioConnectionError)


async def test_error_attempts_for_non_retryable(client: Client, mock: respx.MockRouter) -> None:
    mock.post(MESSAGES_PATH).respond(400, json=error_json(21211, 400))
    with pytest.raises(InvalidRequestError) as info:
        await client.messages.create(to="bad", from_="+1", body="x")
    assert info.value.attempts == 1
    assert "after 1 attempt" in str(info.value)
    assert mock.calls.call_count == 1


def test_client_error_identity_defaults() -> None:
    error = TwilioAPIError(status=400, code=None, message="m")
    assert error.params == {}
    assert ACCOUNT_SID not in repr(error)
