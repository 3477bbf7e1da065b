"""``client.request``, the media upload and OAuth2 against a real server on 127.0.0.1."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone

import pytest

from twilio_async import (
    AuthenticationFailedError,
    Client,
    ConversationMedia,
    NotFoundError,
    RawResponse,
    RetryPolicy,
    TwilioOutcomeUnknownError,
    TwilioRestException,
)
from twilio_async.oauth import OAuth2ClientCredentials
from twilio_async.testing._server import run_in_thread

from ._server import ACCOUNT_SID, MEDIA_SID, BeyondTwilio

AUTH_TOKEN = "auth-token-value-0123456789abcdef"
SERVICE = "IS" + "7" * 32
BASIC = "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()


@pytest.fixture(scope="module")
def twilio() -> BeyondTwilio:
    return BeyondTwilio()


@pytest.fixture(scope="module")
def base_url(twilio: BeyondTwilio) -> Iterator[str]:
    with run_in_thread(twilio.app()) as url:
        yield url


@pytest.fixture
async def client(twilio: BeyondTwilio, base_url: str) -> AsyncIterator[Client]:
    twilio.seen.clear()

    async def no_sleep(seconds: float) -> None:
        pass

    async with Client(
        ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, retry=RetryPolicy(sleep=no_sleep)
    ) as c:
        yield c


async def test_upload_media_sends_the_raw_file_and_returns_a_typed_record(
    client: Client, twilio: BeyondTwilio
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    media = await client.upload_media(SERVICE, png, content_type="image/png")
    assert isinstance(media, ConversationMedia)
    assert media.sid == MEDIA_SID
    assert media.service_sid == SERVICE
    assert media.size == len(png)
    assert media.content_type == "image/png"
    assert media.date_created == datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    assert media.links is not None
    assert media.links["content"].endswith(f"/Media/{MEDIA_SID}/Content")
    (seen,) = twilio.seen
    assert (seen.method, seen.path) == ("POST", f"/v1/Services/{SERVICE}/Media")
    assert seen.body == png  # byte for byte, not form-encoded
    assert seen.headers["content-type"] == "image/png"
    assert seen.headers["authorization"] == BASIC


async def test_upload_media_refuses_bad_input_before_sending(
    client: Client, twilio: BeyondTwilio
) -> None:
    with pytest.raises(ValueError, match="non-empty bytes"):
        await client.upload_media(SERVICE, b"", content_type="image/png")
    with pytest.raises(ValueError, match="media type"):
        await client.upload_media(SERVICE, b"x", content_type="png")
    with pytest.raises(ValueError, match="chat_service_sid"):
        await client.upload_media("..", b"x", content_type="image/png")
    assert twilio.seen == []


async def test_request_to_a_product_host_goes_to_the_configured_base(
    client: Client, twilio: BeyondTwilio
) -> None:
    answer = await client.request(
        "post", "https://beta.twilio.com/v1/Echo", params={"A": 1}, data={"Body": "hé"}
    )
    assert isinstance(answer, RawResponse)
    assert answer.status_code == 200
    assert answer.request_id == "RQ" + "6" * 32
    assert answer.json() == {"method": "POST", "query": "A=1", "body": "Body=h%C3%A9"}
    (seen,) = twilio.seen
    assert seen.headers["authorization"] == BASIC
    assert seen.headers["content-type"] == "application/x-www-form-urlencoded"


async def test_request_json_body(client: Client, twilio: BeyondTwilio) -> None:
    answer = await client.request("PUT", "https://beta.twilio.com/v1/Echo", json={"a": [1]})
    assert answer.json()["body"] == '{"a":[1]}'
    assert twilio.seen[0].headers["content-type"] == "application/json"


async def test_request_maps_errors_and_retries_only_what_is_safe(
    client: Client, twilio: BeyondTwilio
) -> None:
    twilio.script["get"] = [503, 200]
    answer = await client.request("GET", "https://beta.twilio.com/v1/Script/get")
    assert answer.json() == {"ok": True, "name": "get"}
    assert len(twilio.seen) == 2  # a GET after a 503 is repeated

    twilio.seen.clear()
    twilio.script["post"] = [500, 200]
    with pytest.raises(TwilioOutcomeUnknownError) as unknown:
        await client.request("POST", "https://beta.twilio.com/v1/Script/post")
    assert unknown.value.status == 500
    assert len(twilio.seen) == 1  # a POST that may have acted is not sent twice

    twilio.seen.clear()
    twilio.script["idempotent"] = [500, 200]
    await client.request("POST", "https://beta.twilio.com/v1/Script/idempotent", idempotent=True)
    assert len(twilio.seen) == 2

    twilio.script["missing"] = [404]
    with pytest.raises(NotFoundError) as missing:
        await client.request("GET", "https://beta.twilio.com/v1/Script/missing")
    assert missing.value.code == 20404


async def test_credentials_never_go_to_other_hosts(
    client: Client, twilio: BeyondTwilio, base_url: str
) -> None:
    for url in (
        "https://evil.example/v1/Echo",
        "https://api.twilio.com.evil.example/v1/Echo",
        "http://api.twilio.com/v1/Echo",
        "https://user:pw@api.twilio.com/v1/Echo",
        "/v1/Echo",
    ):
        with pytest.raises(ValueError):  # noqa: PT011 - each message is checked below
            await client.request("GET", url)
    assert twilio.seen == []
    # The configured base_url itself is allowed as it is.
    answer = await client.request("GET", f"{base_url}/v1/Echo")
    assert answer.status_code == 200


async def test_oauth_against_a_real_token_endpoint(twilio: BeyondTwilio, base_url: str) -> None:
    twilio.seen.clear()
    issued = twilio.tokens_issued
    oauth = OAuth2ClientCredentials("OQ" + "1" * 32, "client-secret")
    async with Client(oauth=oauth, base_url=base_url) as client:
        org = client.preview_iam.organization("OR" + "2" * 32)
        accounts = await org.accounts.list()
        assert [a.friendly_name for a in accounts] == ["main"]
        await org.accounts.list()
    assert twilio.tokens_issued == issued + 1
    token, first, second = twilio.seen
    assert token.path == "/v2/token"
    assert "authorization" not in token.headers
    assert first.headers["authorization"] == second.headers["authorization"]
    assert first.headers["authorization"] == f"Bearer tok{issued + 1}"


async def test_problem_details_from_a_real_server_are_a_typed_error(
    client: Client, twilio: BeyondTwilio
) -> None:
    org = "OR" + "3" * 32
    with pytest.raises(AuthenticationFailedError) as info:
        await client.request("GET", f"https://preview-iam.twilio.com/Organizations/{org}/Accounts")
    error = info.value
    assert isinstance(error, TwilioRestException)  # one `except` for both of Twilio's shapes
    assert (error.status, error.code, error.title) == (401, 20003, "Unauthorized")
    assert error.detail == error.msg == "a bearer token is required"
    assert error.more_info == "https://www.twilio.com/docs/errors/20003"
    assert len(twilio.seen) == 1  # a 401 with Basic credentials is not repeated
