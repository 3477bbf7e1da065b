"""Basic auth of the fake: auth token, API keys, and Twilio's 401 for everything else."""

from __future__ import annotations

import base64

import httpx
import pytest

from tests.integration.fake._helpers import SEND, checked_client, messages_path
from tests.integration.fake._spec_check import SpecChecker
from twilio_async.testing import FakeTwilio

AUTHENTICATE = {
    "code": 20003,
    "message": "Authenticate",
    "more_info": "https://www.twilio.com/docs/errors/20003",
    "status": 401,
}
KEY_SID = "SK" + "5" * 32
KEY_SECRET = "key-secret-for-tests"


def basic(username: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.fixture
def keyed() -> FakeTwilio:
    return FakeTwilio(api_keys={KEY_SID: KEY_SECRET})


async def test_the_auth_token_is_accepted(fake: FakeTwilio, api: httpx.AsyncClient) -> None:
    response = await api.post(messages_path(fake), data=SEND)

    assert response.status_code == 201
    assert fake.requests[-1].username == fake.account_sid


async def test_an_api_key_and_its_secret_are_accepted(
    keyed: FakeTwilio, spec_checker: SpecChecker
) -> None:
    async with checked_client(keyed, spec_checker, auth=(KEY_SID, KEY_SECRET)) as api:
        response = await api.post(messages_path(keyed), data=SEND)

    assert response.status_code == 201
    assert response.json()["account_sid"] == keyed.account_sid
    assert keyed.requests[-1].username == KEY_SID


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="missing-header"),
        pytest.param(basic("AC" + "fa4e" * 8, "wrong-token"), id="wrong-password"),
        pytest.param(basic("AC" + "fa4e" * 8, ""), id="empty-password"),
        pytest.param(basic(KEY_SID, "wrong-secret"), id="wrong-key-secret"),
        pytest.param(basic("AC" + "fa4e" * 8, KEY_SECRET), id="key-secret-with-account-sid"),
        pytest.param(basic("SK" + "6" * 32, KEY_SECRET), id="unknown-key"),
        pytest.param({"Authorization": "Basic not-base64!"}, id="malformed-base64"),
        pytest.param({"Authorization": "Basic " + base64.b64encode(b"nocolon").decode()}, id="nc"),
        pytest.param({"Authorization": "Bearer abc"}, id="bearer"),
    ],
)
async def test_bad_credentials_get_twilios_401(
    keyed: FakeTwilio, spec_checker: SpecChecker, headers: dict[str, str]
) -> None:
    async with checked_client(keyed, spec_checker, auth=httpx.Auth()) as api:
        response = await api.post(messages_path(keyed), data=SEND, headers=headers)

    assert response.status_code == 401
    assert response.json() == AUTHENTICATE
    assert response.headers["WWW-Authenticate"].startswith("Basic")
    assert keyed.messages == []
    assert keyed.requests[-1].username is None


async def test_another_accounts_path_is_401(fake: FakeTwilio, api: httpx.AsyncClient) -> None:
    other = "AC" + "0" * 32

    response = await api.post(f"/2010-04-01/Accounts/{other}/Messages.json", data=SEND)

    assert (response.status_code, response.json()) == (401, AUTHENTICATE)
    assert fake.messages == []


async def test_authentication_comes_before_not_found(
    fake: FakeTwilio, spec_checker: SpecChecker
) -> None:
    async with checked_client(fake, spec_checker, auth=("AC" + "1" * 32, "x")) as api:
        response = await api.get("/no/such/path")
    assert response.status_code == 401


async def test_secrets_stay_out_of_repr_and_records(
    keyed: FakeTwilio, spec_checker: SpecChecker
) -> None:
    async with checked_client(keyed, spec_checker, auth=(KEY_SID, KEY_SECRET)) as api:
        await api.post(messages_path(keyed), data=SEND)

    shown = repr(keyed) + repr(keyed.requests) + repr(keyed.messages) + repr(keyed.stats)
    assert keyed.auth_token not in shown
    assert KEY_SECRET not in shown
    assert keyed.account_sid in repr(keyed)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"account_sid": "AC123"},
        {"account_sid": "SK" + "0" * 32},
        {"auth_token": ""},
        {"api_keys": {"AK1": "secret"}},
        {"api_keys": {KEY_SID: ""}},
        {"max_concurrency": 0},
        {"fail_rate": 1.5},
        {"latency": -1.0},
    ],
)
def test_bad_configuration_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the messages differ per argument
        FakeTwilio(**kwargs)  # type: ignore[arg-type]
