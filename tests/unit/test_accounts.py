"""Accounts and ``client.api`` on the generic resource layer."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest
import respx

from tests import spec
from twilio_async import Account, AccountStatus, AccountType, Client

from .conftest import ACCOUNT_SID, message_json

ACCOUNTS = "/2010-04-01/Accounts.json"
SPEC_ACCOUNTS = "/2010-04-01/Accounts.json"
SPEC_ACCOUNT = "/2010-04-01/Accounts/{Sid}.json"
SUBACCOUNT = "AC" + "b" * 32


def account_path(sid: str) -> str:
    return f"/2010-04-01/Accounts/{sid}.json"


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


async def test_fetch_own_account(client: Client, mock: respx.MockRouter) -> None:
    body = {**example(SPEC_ACCOUNT, "get", 200, "fetch"), "sid": ACCOUNT_SID}
    route = mock.get(account_path(ACCOUNT_SID)).respond(200, json=body)
    assert client.api.account.sid == ACCOUNT_SID
    account = await client.api.account.fetch()
    assert route.call_count == 1
    assert isinstance(account, Account)
    assert account.sid == ACCOUNT_SID
    assert account.status is AccountStatus.ACTIVE
    assert account.type is AccountType.FULL
    assert account.friendly_name == "friendly_name"
    assert account.date_created == datetime(2015, 7, 30, 20, 0, tzinfo=timezone.utc)
    assert account.subresource_uris is not None
    assert account.subresource_uris["calls"].endswith("/Calls.json")
    assert account.auth_token == "auth_token"


def test_auth_token_is_kept_out_of_repr() -> None:
    account = Account(
        sid=ACCOUNT_SID, date_created=datetime.now(timezone.utc), auth_token="very-secret-token"
    )
    assert "very-secret-token" not in repr(account)
    assert ACCOUNT_SID in repr(account)


async def test_fetch_by_sid_is_the_same_resource(client: Client, mock: respx.MockRouter) -> None:
    body = {**example(SPEC_ACCOUNT, "get", 200, "fetch"), "sid": SUBACCOUNT}
    route = mock.get(account_path(SUBACCOUNT)).respond(200, json=body)
    account = await client.api.accounts(SUBACCOUNT).fetch()
    assert account.sid == SUBACCOUNT
    assert route.call_count == 1


async def test_update_friendly_name_and_status(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(account_path(SUBACCOUNT)).respond(
        200, json=example(SPEC_ACCOUNT, "post", 200, "update")
    )
    updated = await client.api.accounts(SUBACCOUNT).update(friendly_name="Support team")
    assert form(route.calls.last.request) == [("FriendlyName", "Support team")]
    assert updated.friendly_name == "friendly_name"
    await client.api.accounts(SUBACCOUNT).update(status=AccountStatus.SUSPENDED)
    assert form(route.calls.last.request) == [("Status", "suspended")]
    own = mock.post(account_path(ACCOUNT_SID)).respond(
        200, json=example(SPEC_ACCOUNT, "post", 200, "update")
    )
    await client.api.account.update(friendly_name="Main", status="active")
    assert form(own.calls.last.request) == [("FriendlyName", "Main"), ("Status", "active")]


async def test_list_with_filters(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(ACCOUNTS).respond(200, json=example(SPEC_ACCOUNTS, "get", 200, "readFull"))
    got = await client.api.accounts.list(friendly_name="Support team", status="closed", limit=10)
    assert query(route.calls.last.request) == {
        "FriendlyName": ["Support team"],
        "Status": ["closed"],
        "PageSize": ["10"],
    }
    assert len(got) == 1
    assert got[0].status is AccountStatus.ACTIVE
    assert got[0].type is AccountType.FULL


async def test_list_pages_through_subaccounts(client: Client, mock: respx.MockRouter) -> None:
    record = example(SPEC_ACCOUNT, "get", 200, "fetch")
    second = {"accounts": [{**record, "sid": SUBACCOUNT}], "next_page_uri": None}
    first = {
        "accounts": [record],
        "next_page_uri": f"{ACCOUNTS}?PageSize=1&Page=1&PageToken=PAAC1",
    }
    mock.get(ACCOUNTS, params={"PageToken": "PAAC1"}).respond(200, json=second)
    mock.get(ACCOUNTS).respond(200, json=first)
    sids = [a.sid async for a in client.api.accounts.stream(page_size=1)]
    assert sids == ["AC" + "a" * 32, SUBACCOUNT]
    page = await client.api.accounts.page(status=AccountStatus.ACTIVE)
    assert page.has_next_page
    assert query(mock.calls.last.request) == {"Status": ["active"]}


async def test_accounts_cannot_be_deleted(client: Client, mock: respx.MockRouter) -> None:
    # The API has no DELETE for accounts, so (as in the official SDK) there is no method.
    assert not hasattr(client.api.account, "delete")
    assert not hasattr(client.api.accounts(SUBACCOUNT), "delete")
    assert mock.calls.call_count == 0


async def test_update_rejects_unknown_parameters(client: Client, mock: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match="'auth_token'"):
        await client.api.account.update(auth_token="x")  # type: ignore[call-arg]
    assert mock.calls.call_count == 0


async def test_subaccount_resources_use_the_subaccount_path(
    client: Client, mock: respx.MockRouter
) -> None:
    prefix = f"/2010-04-01/Accounts/{SUBACCOUNT}"
    calls = mock.get(f"{prefix}/Calls.json").respond(200, json={"calls": []})
    messages = mock.post(f"{prefix}/Messages.json").respond(201, json=message_json())
    numbers = mock.get(f"{prefix}/IncomingPhoneNumbers.json").respond(
        200, json={"incoming_phone_numbers": [], "next_page_uri": None}
    )
    sub = client.api.accounts(SUBACCOUNT)
    assert await sub.calls.list() == []
    await sub.messages.create(to="+15558675310", from_="+15017122661", body="Hi")
    assert await sub.incoming_phone_numbers.list() == []
    assert (calls.call_count, messages.call_count, numbers.call_count) == (1, 1, 1)
    # The client's own shortcuts stay on the client's account.
    own = mock.get(f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls.json").respond(
        200, json={"calls": []}
    )
    await client.api.account.calls.list()
    await client.calls.list()
    assert own.call_count == 2


@pytest.mark.parametrize("bad", ["../AC" + "1" * 32, "AC1?x=1", "a/b"])
async def test_account_sid_is_one_path_segment(
    client: Client, mock: respx.MockRouter, bad: str
) -> None:
    route = mock.route(url__regex=r".*").respond(
        200, json=example(SPEC_ACCOUNT, "get", 200, "fetch")
    )
    await client.api.accounts(bad).fetch()
    path = route.calls.last.request.url.raw_path.decode()
    assert path.startswith("/2010-04-01/Accounts/")
    assert path.endswith(".json")
    assert "/" not in path[len("/2010-04-01/Accounts/") : -len(".json")]
    assert "?" not in path
    await client.api.accounts(bad).calls.list()
    path = route.calls.last.request.url.raw_path.decode()
    assert path.startswith("/2010-04-01/Accounts/")
    assert path.endswith("/Calls.json")
    assert path.count("/") == 4  # /2010-04-01/Accounts/<one segment>/Calls.json


def test_api_namespace_reprs(client: Client) -> None:
    assert ACCOUNT_SID in repr(client.api)
    assert ACCOUNTS in repr(client.api.accounts)
    assert account_path(ACCOUNT_SID) in repr(client.api.account)
