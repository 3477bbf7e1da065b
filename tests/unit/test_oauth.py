"""OAuth2 client credentials: async, single-flight, refreshed ahead of expiry, 401-aware.

A small in-process Twilio (an ``httpx.MockTransport`` with an async handler) issues tokens
and serves the organization API; tests gate the token answer with events to hold a fetch
open, and move an injected clock instead of sleeping.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import anyio
import httpx
import pytest
from anyio import wait_all_tasks_blocked

from twilio_async import AuthenticationError, Client, ConfigurationError, RetryPolicy
from twilio_async.oauth import BearerAuth, OAuth2ClientCredentials, StaticBearerToken

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGES_PATH, message_json

ORG = "OR" + "1" * 32
CLIENT_ID = "OQ" + "2" * 32
CLIENT_SECRET = "client-secret-value-0123456789"
ACCOUNTS = f"https://preview-iam.twilio.com/Organizations/{ORG}/Accounts"
TOKEN_URL = "https://oauth.twilio.com/v2/token"


def jwt(exp: float) -> str:
    """An unsigned JWT carrying only ``exp`` (the provider never verifies: Twilio does)."""
    claims = base64.urlsafe_b64encode(json.dumps({"exp": exp}).encode()).rstrip(b"=")
    return f"e30.{claims.decode()}.sig"


class FakeOAuthTwilio:
    """Issues ``tok1``, ``tok2``, ... and answers the organization API for a current token."""

    def __init__(self, expires_in: float | None = 3600.0) -> None:
        self.expires_in = expires_in
        self.issued = 0
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.revoked: set[str] = set()
        self.token_requested = anyio.Event()
        self.gate: anyio.Event | None = None  # when set, token answers wait for it
        self.token_status = 200
        self.access_token: Callable[[int], str] = lambda n: f"tok{n}"

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "oauth.twilio.com":
            self.token_requests.append(request)
            self.token_requested.set()
            if self.gate is not None:
                await self.gate.wait()
            if self.token_status != 200:
                return httpx.Response(
                    self.token_status,
                    json={"code": 20003, "message": "invalid_client", "status": 401},
                )
            self.issued += 1
            body: dict[str, Any] = {"access_token": self.access_token(self.issued)}
            if self.expires_in is not None:
                body["expires_in"] = self.expires_in
            return httpx.Response(200, json={**body, "token_type": "Bearer"})
        self.api_requests.append(request)
        authorization = request.headers.get("Authorization", "")
        if not authorization.startswith("Bearer ") or authorization[7:] in self.revoked:
            return httpx.Response(401, json={"code": 20003, "message": "Unauthorized"})
        if request.url.host == "api.twilio.com":
            return httpx.Response(201, json=message_json())
        if request.method == "POST":
            return httpx.Response(201, json={"sid": "IY" + "3" * 32})
        return httpx.Response(
            200,
            json={
                "content": [{"account_sid": ACCOUNT_SID, "friendly_name": authorization[7:]}],
                "meta": {"key": "content", "next_page_url": None},
            },
        )

    def bearers(self) -> list[str]:
        return [r.headers.get("Authorization", "") for r in self.api_requests]


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_client(twilio: FakeOAuthTwilio, oauth: BearerAuth, *args: Any, **options: Any) -> Client:
    http = httpx.AsyncClient(transport=httpx.MockTransport(twilio))
    return Client(*args, oauth=oauth, http_client=http, retry=None, **options)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"):
        monkeypatch.delenv(name, raising=False)


async def list_accounts(client: Client) -> str:
    accounts = await client.preview_iam.organization(ORG).accounts.list()
    return str(accounts[0].friendly_name)


async def test_one_token_request_for_a_thousand_concurrent_calls() -> None:
    twilio = FakeOAuthTwilio()
    twilio.gate = anyio.Event()
    oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)
    results: list[str] = []

    async def call(client: Client) -> None:
        results.append(await list_accounts(client))

    async with make_client(twilio, oauth) as client, anyio.create_task_group() as tg:
        for _ in range(1000):
            tg.start_soon(call, client)
        # The token request is in flight and held open: every other task is parked on it
        # (the event loop keeps running, so the fetch does not block it).
        await twilio.token_requested.wait()
        await wait_all_tasks_blocked()
        assert len(twilio.token_requests) == 1
        assert twilio.api_requests == []
        twilio.gate.set()
    assert len(twilio.token_requests) == 1
    assert oauth.fetches == 1
    assert results == ["tok1"] * 1000
    assert set(twilio.bearers()) == {"Bearer tok1"}


async def test_token_request_is_a_client_credentials_grant_without_basic_auth() -> None:
    twilio = FakeOAuthTwilio()
    async with make_client(twilio, OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)) as client:
        await list_accounts(client)
    token = twilio.token_requests[0]
    assert str(token.url) == TOKEN_URL
    assert token.method == "POST"
    assert "Authorization" not in token.headers
    assert parse_qs(token.content.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": [CLIENT_ID],
        "client_secret": [CLIENT_SECRET],
    }
    assert CLIENT_SECRET not in repr(client) + repr(client.transport.bearer)


async def test_refreshed_ahead_of_expiry_while_callers_keep_the_current_token() -> None:
    clock = Clock()
    twilio = FakeOAuthTwilio(expires_in=3600)
    oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET, refresh_margin=60, clock=clock)
    async with make_client(twilio, oauth) as client:
        assert await list_accounts(client) == "tok1"
        clock.now += 3600 - 61  # just before the refresh point: no request
        assert await list_accounts(client) == "tok1"
        assert oauth.fetches == 1
        clock.now += 2  # inside the margin: one caller renews, the others need not wait
        twilio.gate = anyio.Event()
        twilio.token_requested = anyio.Event()
        async with anyio.create_task_group() as tg:
            renewed: list[str] = []

            async def renewing() -> None:
                renewed.append(await list_accounts(client))

            tg.start_soon(renewing)
            await twilio.token_requested.wait()
            # While the renewal is held open, another call goes through on tok1 at once.
            assert await list_accounts(client) == "tok1"
            twilio.gate.set()
        assert renewed == ["tok2"]
        assert await list_accounts(client) == "tok2"
    assert oauth.fetches == 2


async def test_an_expired_token_is_never_sent() -> None:
    clock = Clock()
    twilio = FakeOAuthTwilio(expires_in=100)
    oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET, refresh_margin=60, clock=clock)
    async with make_client(twilio, oauth) as client:
        await list_accounts(client)
        clock.now += 49  # a 100 s token: the margin is capped at half its life (50 s)
        assert await list_accounts(client) == "tok1"
        clock.now += 200  # expired: callers wait for the new token
        assert await list_accounts(client) == "tok2"


@pytest.mark.parametrize(
    ("body", "lifetime"),
    [({"expires_in": None}, 300.0), ({"jwt_exp": 1_000_500.0}, 500.0)],
    ids=["unstated", "jwt-exp"],
)
async def test_lifetime_from_jwt_exp_or_a_short_default(
    body: dict[str, Any], lifetime: float
) -> None:
    clock = Clock()
    twilio = FakeOAuthTwilio(expires_in=None)
    if "jwt_exp" in body:
        twilio.access_token = lambda n: jwt(body["jwt_exp"]) + str(n)
    oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET, refresh_margin=0, clock=clock)
    async with make_client(twilio, oauth) as client:
        await list_accounts(client)
        clock.now += lifetime - 1
        await list_accounts(client)
        assert oauth.fetches == 1
        clock.now += 2
        await list_accounts(client)
        assert oauth.fetches == 2


async def test_a_401_on_a_get_refetches_and_repeats_once() -> None:
    twilio = FakeOAuthTwilio()
    async with make_client(twilio, OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)) as client:
        assert await list_accounts(client) == "tok1"
        twilio.revoked.add("tok1")  # revoked early, before its expiry
        assert await list_accounts(client) == "tok2"
        assert twilio.bearers() == ["Bearer tok1", "Bearer tok1", "Bearer tok2"]
        twilio.revoked.update({"tok2", "tok3"})
        with pytest.raises(AuthenticationError):  # one repeat only, then the 401 stands
            await list_accounts(client)
        assert twilio.bearers()[3:] == ["Bearer tok2", "Bearer tok3"]


async def test_a_401_on_a_post_is_not_repeated_but_the_token_is_dropped() -> None:
    twilio = FakeOAuthTwilio()
    async with make_client(twilio, OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)) as client:
        assigned = client.preview_iam.organization(ORG).role_assignments
        await assigned.create(public_api_create_role_assignment_request={"role_sid": "IX1"})
        twilio.revoked.add("tok1")
        with pytest.raises(AuthenticationError):
            await assigned.create(public_api_create_role_assignment_request={"role_sid": "IX1"})
        assert [r.method for r in twilio.api_requests] == ["POST", "POST"]
        # The next call does not reuse the refused token.
        assert await list_accounts(client) == "tok2"


async def test_a_failed_token_request_fails_every_waiter_once() -> None:
    twilio = FakeOAuthTwilio()
    twilio.token_status = 401
    twilio.gate = anyio.Event()
    failures: list[BaseException] = []

    async def call(client: Client) -> None:
        try:
            await list_accounts(client)
        except AuthenticationError as error:
            failures.append(error)

    async with make_client(twilio, OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)) as client:
        async with anyio.create_task_group() as tg:
            for _ in range(50):
                tg.start_soon(call, client)
            await twilio.token_requested.wait()
            await wait_all_tasks_blocked()
            twilio.gate.set()
        assert len(failures) == 50
        assert len(twilio.token_requests) == 1
        assert twilio.api_requests == []
        error = failures[0]
        assert isinstance(error, AuthenticationError)
        assert error.url == TOKEN_URL
        assert error.params["client_secret"] == "<redacted>"
        assert CLIENT_SECRET not in str(error) + repr(error)


async def test_a_cancelled_fetch_leaves_the_next_caller_to_fetch() -> None:
    twilio = FakeOAuthTwilio()
    twilio.gate = anyio.Event()
    oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)
    async with make_client(twilio, oauth) as client:
        with anyio.move_on_after(0) as scope:  # cancelled at its first checkpoint
            await list_accounts(client)
        assert scope.cancelled_caught
        twilio.gate.set()
        assert await list_accounts(client) == "tok1"


async def test_basic_client_with_oauth_uses_basic_except_for_bearer_operations() -> None:
    twilio = FakeOAuthTwilio()
    oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)
    async with make_client(twilio, oauth, ACCOUNT_SID, AUTH_TOKEN) as client:
        assert "+oauth" in repr(client)
        await list_accounts(client)
        # A Basic-authenticated operation: the fake answers 401 to anything but a bearer,
        # which proves Basic was sent; no token is needed for it.
        with pytest.raises(AuthenticationError):
            await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
        assert twilio.api_requests[-1].headers["Authorization"].startswith("Basic ")
    assert oauth.fetches == 1


async def test_oauth_only_client_sends_bearer_everywhere_and_needs_no_account() -> None:
    twilio = FakeOAuthTwilio()
    async with make_client(twilio, OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)) as client:
        assert client.account_sid == ""
        assert "oauth" in repr(client)
        await list_accounts(client)
        with pytest.raises(ValueError, match="needs an Account SID"):
            await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
    oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)
    async with make_client(twilio, oauth, ACCOUNT_SID) as client:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
        sent = twilio.api_requests[-1]
        assert sent.url.path == MESSAGES_PATH
        assert sent.headers["Authorization"] == f"Bearer tok{twilio.issued}"


async def test_a_with_options_view_keeps_the_bearer_token() -> None:
    twilio = FakeOAuthTwilio()
    async with make_client(twilio, OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)) as client:
        assert await list_accounts(client.with_options(timeout=5)) == "tok1"
        assert await list_accounts(client) == "tok1"  # the view's token is the client's
    assert len(twilio.token_requests) == 1
    assert twilio.bearers() == ["Bearer tok1", "Bearer tok1"]


async def test_static_bearer_token() -> None:
    twilio = FakeOAuthTwilio()
    async with make_client(twilio, StaticBearerToken("tok7")) as client:
        assert await list_accounts(client) == "tok7"
    assert twilio.token_requests == []
    assert "tok7" not in repr(StaticBearerToken("tok7"))
    with pytest.raises(ConfigurationError):
        StaticBearerToken("has space")


async def test_token_url_must_be_a_twilio_host() -> None:
    twilio = FakeOAuthTwilio()
    evil = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET, token_url="https://evil.example/t")
    async with make_client(twilio, evil) as client:
        with pytest.raises(ValueError, match="refusing to send"):
            await list_accounts(client)
    assert twilio.token_requests == []
    iam = OAuth2ClientCredentials(
        CLIENT_ID, CLIENT_SECRET, token_url="https://preview-iam.twilio.com/v1/token"
    )
    twilio.access_token = lambda n: f"iam{n}"

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/token":
            twilio.token_requests.append(request)
            return httpx.Response(200, json={"access_token": "iam1", "expires_in": 60})
        return await twilio(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with Client(oauth=iam, http_client=http) as client:
        assert await list_accounts(client) == "iam1"
    assert str(twilio.token_requests[-1].url) == "https://preview-iam.twilio.com/v1/token"


def test_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="bearer-token provider"):
        Client(oauth="tok")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="client_id and a client_secret"):
        OAuth2ClientCredentials(CLIENT_ID, "")
    with pytest.raises(ConfigurationError, match="'AC' followed"):
        Client("ACxyz", oauth=StaticBearerToken("t"))


def test_single_flight_on_trio() -> None:
    async def run() -> None:
        twilio = FakeOAuthTwilio()
        twilio.gate = anyio.Event()
        oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)
        async with make_client(twilio, oauth) as client, anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(list_accounts, client)
            await twilio.token_requested.wait()
            await wait_all_tasks_blocked()
            twilio.gate.set()
        assert oauth.fetches == 1
        assert len(twilio.api_requests) == 20

    anyio.run(run, backend="trio")


async def test_token_request_retries_are_safe_and_use_the_policy() -> None:
    twilio = FakeOAuthTwilio()
    attempts: list[int] = []

    async def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.host == "oauth.twilio.com" and len(attempts) < 1:
            attempts.append(1)
            return httpx.Response(500, json={"code": 20500, "message": "oops"})
        return await twilio(request)

    async def no_sleep(seconds: float) -> None:
        pass

    http = httpx.AsyncClient(transport=httpx.MockTransport(flaky))
    oauth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET)
    policy = RetryPolicy(sleep=no_sleep)
    async with Client(oauth=oauth, http_client=http, retry=policy) as client:
        # A POST answered 500 is normally "outcome unknown"; a token request may repeat.
        assert await list_accounts(client) == "tok1"
    assert attempts == [1]
