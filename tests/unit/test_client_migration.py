"""The official SDK's positional API-key form: ``Client(api_key, api_secret, account_sid)``."""

from __future__ import annotations

import base64

import pytest
import respx

from twilio_async import Client, ConfigurationError

from .conftest import ACCOUNT_SID, API, AUTH_TOKEN, MESSAGES_PATH, message_json

API_KEY = "SK" + "b" * 32
API_SECRET = "api-secret-value-xyz"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"):
        monkeypatch.delenv(name, raising=False)


async def sent(client: Client) -> tuple[str, str]:
    with respx.mock(base_url=API) as mock:
        route = mock.post(MESSAGES_PATH).respond(201, json=message_json())
        await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    request = route.calls.last.request
    return str(request.headers["Authorization"]), str(request.url.path)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def test_sdk_positional_api_key_form() -> None:
    async with Client(API_KEY, API_SECRET, ACCOUNT_SID) as client:
        assert client.account_sid == ACCOUNT_SID
        assert repr(client).count(API_KEY) == 1
        authorization, path = await sent(client)
    assert authorization == basic(API_KEY, API_SECRET)
    assert path == MESSAGES_PATH  # the account from the third argument, not the key


async def test_positional_api_key_takes_the_account_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    async with Client(API_KEY, API_SECRET) as client:
        assert (await sent(client))[0] == basic(API_KEY, API_SECRET)


def test_positional_api_key_without_an_account_names_what_is_missing() -> None:
    with pytest.raises(ConfigurationError, match="no Twilio Account SID"):
        Client(API_KEY, API_SECRET)


def test_a_third_argument_needs_an_api_key_first() -> None:
    with pytest.raises(ConfigurationError, match="'SK' followed by 32 hex") as info:
        Client(ACCOUNT_SID, AUTH_TOKEN, ACCOUNT_SID)
    assert AUTH_TOKEN not in str(info.value)


def test_positional_and_keyword_api_key_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        Client(API_KEY, API_SECRET, ACCOUNT_SID, api_key=API_KEY, api_secret=API_SECRET)


def test_positional_api_key_secret_is_required() -> None:
    with pytest.raises(ConfigurationError, match="both api_key and api_secret"):
        Client(API_KEY, None, ACCOUNT_SID)
