"""Client construction: credentials, hosts, headers, lifecycle, secrets."""

from __future__ import annotations

import base64

import httpx
import pytest
import respx

from twilio_async import (
    DEFAULT_TIMEOUT,
    Client,
    ClientClosedError,
    ConfigurationError,
    TwilioError,
)

from .conftest import ACCOUNT_SID, API, AUTH_TOKEN, MESSAGES_PATH, message_json

API_KEY = "SK" + "b" * 32
API_SECRET = "api-secret-value-xyz"
ENV = (
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_API_KEY",
    "TWILIO_API_SECRET",
    "TWILIO_REGION",
    "TWILIO_EDGE",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def sent_authorization(client: Client) -> str:
    with respx.mock(base_url=API) as mock:
        route = mock.post(MESSAGES_PATH).respond(201, json=message_json())
        await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    return str(route.calls.last.request.headers["Authorization"])


async def test_credentials_from_arguments() -> None:
    async with Client(ACCOUNT_SID, AUTH_TOKEN) as client:
        assert await sent_authorization(client) == basic(ACCOUNT_SID, AUTH_TOKEN)


async def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    async with Client() as client:
        assert client.account_sid == ACCOUNT_SID
        assert await sent_authorization(client) == basic(ACCOUNT_SID, AUTH_TOKEN)


async def test_api_key_credentials_use_key_as_username() -> None:
    async with Client(account_sid=ACCOUNT_SID, api_key=API_KEY, api_secret=API_SECRET) as client:
        assert await sent_authorization(client) == basic(API_KEY, API_SECRET)


async def test_api_key_from_environment_wins_over_missing_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    async with Client() as client:
        assert await sent_authorization(client) == basic(API_KEY, API_SECRET)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, "TWILIO_ACCOUNT_SID"),
        ({"account_sid": ACCOUNT_SID}, "TWILIO_AUTH_TOKEN"),
        ({"account_sid": "AC123", "auth_token": "t"}, "32 hex"),
        ({"account_sid": "XX" + "a" * 32, "auth_token": "t"}, "'AC' followed by 32 hex"),
        ({"account_sid": ACCOUNT_SID, "api_key": API_KEY}, "api_secret"),
        ({"account_sid": ACCOUNT_SID, "api_key": "AB1", "api_secret": "s"}, "'SK' followed"),
        ({"account_sid": ACCOUNT_SID, "auth_token": "has space"}, "whitespace"),
    ],
)
def test_missing_or_malformed_credentials_fail_at_construction(
    kwargs: dict[str, str], expected: str
) -> None:
    with pytest.raises(ConfigurationError, match=expected) as info:
        Client(**kwargs)
    assert isinstance(info.value, TwilioError)


def test_malformed_sid_message_does_not_echo_the_value() -> None:
    secretish = "AC" + "z" * 40
    with pytest.raises(ConfigurationError) as info:
        Client(secretish, AUTH_TOKEN)
    assert secretish not in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "env", "host"),
    [
        ({}, {}, "https://api.twilio.com"),
        ({"region": "ie1"}, {}, "https://api.ie1.twilio.com"),
        ({"region": "au1", "edge": "sydney"}, {}, "https://api.sydney.au1.twilio.com"),
        ({"edge": "dublin"}, {}, "https://api.dublin.us1.twilio.com"),
        (
            {},
            {"TWILIO_REGION": "ie1", "TWILIO_EDGE": "dublin"},
            "https://api.dublin.ie1.twilio.com",
        ),
        ({"base_url": "http://127.0.0.1:9/", "region": "ie1"}, {}, "http://127.0.0.1:9"),
        # TWILIO_BASE_URL points unchanged code at a fake: over region and edge, under base_url.
        ({}, {"TWILIO_BASE_URL": "http://127.0.0.1:9/"}, "http://127.0.0.1:9"),
        ({"region": "ie1"}, {"TWILIO_BASE_URL": "http://127.0.0.1:9"}, "http://127.0.0.1:9"),
        ({"base_url": "http://a.test"}, {"TWILIO_BASE_URL": "http://127.0.0.1:9"}, "http://a.test"),
        ({}, {"TWILIO_BASE_URL": "http://127.0.0.1:9/{product}"}, "http://127.0.0.1:9/api"),
    ],
)
def test_region_edge_and_base_url(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, str], env: dict[str, str], host: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    client = Client(ACCOUNT_SID, AUTH_TOKEN, **kwargs)
    assert client.transport.base_url("api") == host


def test_region_applies_to_every_product() -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN, region="ie1", edge="dublin")
    assert client.transport.base_url("verify") == "https://verify.dublin.ie1.twilio.com"


def test_base_url_per_product_mapping() -> None:
    client = Client(
        ACCOUNT_SID, AUTH_TOKEN, base_url={"api": "http://a.test", "verify": "http://v.test"}
    )
    assert client.transport.base_url("api") == "http://a.test"
    assert client.transport.base_url("verify") == "http://v.test"


def test_bad_base_url_and_region_are_rejected() -> None:
    with pytest.raises(ConfigurationError, match="http"):
        Client(ACCOUNT_SID, AUTH_TOKEN, base_url="ftp://x")
    with pytest.raises(ConfigurationError, match="region"):
        Client(ACCOUNT_SID, AUTH_TOKEN, region="evil.com/")


def test_a_bad_twilio_base_url_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_BASE_URL", "127.0.0.1:8080")
    with pytest.raises(ConfigurationError, match=r"^TWILIO_BASE_URL must start with http"):
        Client(ACCOUNT_SID, AUTH_TOKEN)
    with pytest.raises(ConfigurationError, match=r"^base_url for 'api' must start with http"):
        Client(ACCOUNT_SID, AUTH_TOKEN, base_url={"api": "a.test"})


async def test_user_agent_and_accept_headers(mock: respx.MockRouter) -> None:
    route = mock.get(MESSAGES_PATH).respond(200, json={"messages": [], "next_page_uri": None})
    async with Client(ACCOUNT_SID, AUTH_TOKEN) as client:
        await client.messages.list()
    headers = route.calls.last.request.headers
    assert headers["User-Agent"].startswith("twilio-async/")
    assert "Python/" in headers["User-Agent"]
    assert headers["Accept"] == "application/json"


def test_default_timeout_is_finite() -> None:
    assert DEFAULT_TIMEOUT.read is not None
    assert DEFAULT_TIMEOUT.connect is not None


def test_repr_never_shows_secrets() -> None:
    token_client = Client(ACCOUNT_SID, AUTH_TOKEN)
    key_client = Client(account_sid=ACCOUNT_SID, api_key=API_KEY, api_secret=API_SECRET)
    for client in (token_client, key_client):
        text = repr(client) + repr(client.transport) + repr(client.messages)
        assert AUTH_TOKEN not in text
        assert API_SECRET not in text
        assert base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode() not in text
    assert ACCOUNT_SID in repr(token_client)


async def test_closed_client_raises_clear_error() -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    await client.aclose()
    await client.aclose()  # idempotent
    assert client.closed
    with pytest.raises(ClientClosedError, match="closed"):
        await client.messages.create(to="+15558675310", from_="+1", body="x")
    with pytest.raises(ClientClosedError):
        async with client:
            pass


async def test_own_http_client_is_not_closed(mock: respx.MockRouter) -> None:
    mock.get(MESSAGES_PATH).respond(200, json={"messages": [], "next_page_uri": None})
    async with httpx.AsyncClient() as http:
        async with Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http) as client:
            assert await client.messages.list() == []
        assert not http.is_closed


async def test_owned_http_client_is_closed() -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    http = client.transport._session.http
    await client.aclose()
    assert http.is_closed


def test_max_concurrency_must_be_positive() -> None:
    with pytest.raises(ConfigurationError):
        Client(ACCOUNT_SID, AUTH_TOKEN, max_concurrency=0)


async def test_cookies_are_neither_kept_nor_sent(mock: respx.MockRouter) -> None:
    route = mock.get(f"{API}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM1.json").respond(
        200, json=message_json(), headers={"Set-Cookie": "session=abc; Path=/"}
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN) as client:
        await client.messages("SM1").fetch()
        await client.messages("SM1").fetch()
        http = client.transport._session.http
        assert len(http.cookies) == 0
        http.cookies = {"injected": "1"}  # ignored: the client keeps no cookies at all
        assert len(http.cookies) == 0
    assert [call.request.headers.get("Cookie") for call in route.calls] == [None, None]


async def test_requests_carry_host_and_exact_content_length(mock: respx.MockRouter) -> None:
    route = mock.post(f"{API}{MESSAGES_PATH}").respond(201, json=message_json())
    async with Client(ACCOUNT_SID, AUTH_TOKEN) as client:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="héllo ✓")
    request = route.calls.last.request
    assert request.headers["Host"] == "api.twilio.com"
    assert int(request.headers["Content-Length"]) == len(request.content)
    assert request.content.decode("ascii").endswith("Body=h%C3%A9llo+%E2%9C%93")
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert [name.lower() for name, _ in request.headers.raw].count(b"host") == 1
