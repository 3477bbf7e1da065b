"""The generic layer under the generated surface, through real generated resources (respx).

Each test picks a generated operation that needs one feature of ``_operation.py`` (JSON
bodies, PUT, header parameters, query parameters on fetch, keys other than ``sid``,
singletons, every paging style, redirects, ``*_with_http_info``, ``create_many``) and
checks the request on the wire and the typed result.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from twilio_async import Client, ConfigurationError, HttpInfo, Redirect, UnsupportedOperationError
from twilio_async._operation import Operation

ACCOUNT_SID = "AC" + "a" * 32
SERVICE_SID = "IS" + "b" * 32
CONVERSATION_SID = "CH" + "c" * 32
#: The fields a record of a stored resource is never without (its identity: see codegen.identity).
IDENTITY = {"account_sid": ACCOUNT_SID, "date_created": "2015-12-16T22:18:37Z", "url": "u"}


@pytest.fixture
async def client() -> AsyncIterator[Client]:
    async with Client(ACCOUNT_SID, "t" * 32, retry=None) as client:
        yield client


@pytest.fixture
def mock() -> AsyncIterator[respx.MockRouter]:
    with respx.mock(using="httpx", assert_all_called=False) as router:
        yield router


async def test_query_parameters_on_fetch_and_a_key_that_is_not_a_sid(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get("https://lookups.twilio.com/v2/PhoneNumbers/%2B15017122661").respond(
        200,
        json={"phone_number": "+15017122661", "valid": True, "caller_name": None, "url": "u"},
    )
    number = await client.lookups.v2.phone_numbers("+15017122661").fetch(
        fields="caller_name,sim_swap", country_code="US"
    )
    assert number.phone_number == "+15017122661"
    assert number.valid is True
    params = route.calls.last.request.url.params
    assert params["Fields"] == "caller_name,sim_swap"
    assert params["CountryCode"] == "US"
    assert client.lookups.v2.phone_numbers("+15017122661").phone_number == "+15017122661"


async def test_header_parameter_and_form_body(client: Client, mock: respx.MockRouter) -> None:
    url = f"https://conversations.twilio.com/v1/Conversations/{CONVERSATION_SID}/Messages"
    route = mock.post(url).respond(
        201,
        json={
            **IDENTITY,
            "sid": "IM1",
            "conversation_sid": CONVERSATION_SID,
            "index": 3,
            "date_created": "2015-12-16T22:18:37Z",
        },
    )
    message = await client.conversations.v1.conversations(CONVERSATION_SID).messages.create(
        body="hi", x_twilio_webhook_enabled=True
    )
    request = route.calls.last.request
    assert request.headers["X-Twilio-Webhook-Enabled"] == "true"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == b"Body=hi"
    assert message.index == 3
    assert message.date_created == datetime(2015, 12, 16, 22, 18, 37, tzinfo=timezone.utc)


async def test_json_body_and_put(client: Client, mock: respx.MockRouter) -> None:
    route = mock.put(f"https://content.twilio.com/v1/Content/HX{'1' * 32}").respond(
        200, json={**IDENTITY, "sid": "HX" + "1" * 32, "friendly_name": "x"}
    )
    content = await client.content.v1.contents("HX" + "1" * 32).update(
        content_update_request={"friendly_name": "x", "types": {"twilio/text": {"body": "b"}}}
    )
    request = route.calls.last.request
    assert request.method == "PUT"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "friendly_name": "x",
        "types": {"twilio/text": {"body": "b"}},
    }
    assert content.friendly_name == "x"


async def test_if_match_and_etag_with_http_info(client: Client, mock: respx.MockRouter) -> None:
    url = f"https://sync.twilio.com/v1/Services/{SERVICE_SID}/Documents/ET{'2' * 32}"
    body = {**IDENTITY, "sid": "ET" + "2" * 32, "service_sid": SERVICE_SID, "revision": "1"}
    route = mock.post(url).respond(200, json=body, headers={"ETag": '"v2"'})
    info = (
        await client.sync.v1.services(SERVICE_SID)
        .documents("ET" + "2" * 32)
        .update_with_http_info(data={"a": 1}, if_match='"v1"')
    )
    assert isinstance(info, HttpInfo)
    assert info.status_code == 200
    assert info.etag == '"v2"'
    assert info.data.revision == "1"
    request = route.calls.last.request
    assert request.headers["If-Match"] == '"v1"'
    assert request.content == b"Data=%7B%22a%22%3A1%7D"  # JSON-valued form field


async def test_with_http_info_twins_are_one_helper_with_their_methods_keywords(
    client: Client, mock: respx.MockRouter
) -> None:
    from twilio_async.rest.api.v2010.accounts_messages import MessageContext, MessageList

    twin = MessageList.create_with_http_info
    assert twin.__name__ == "create_with_http_info"
    assert twin.__qualname__ == "MessageList.create_with_http_info"
    assert twin.__doc__ == "Like ``create``, with the status code and response headers."
    assert twin.__wrapped__ is MessageList.create  # type: ignore[attr-defined]
    sid = "SM" + "1" * 32
    path = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json"
    route = mock.delete(f"https://api.twilio.com{path}").respond(204)
    info = await client.messages(sid).delete_with_http_info()
    assert (info.data, info.status_code) == (True, 204)
    assert route.call_count == 1
    with pytest.raises(TypeError, match="create_with_http_info\\(\\) takes keyword arguments"):
        await client.messages.create_with_http_info("+15558675310")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected parameter 'bogus'"):
        await MessageContext.fetch_with_http_info(client.messages("SM1"), bogus=1)  # type: ignore[call-arg]


async def test_singleton_context_and_list_path_fetch(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get("https://conversations.twilio.com/v1/Configuration").respond(
        200, json={"account_sid": ACCOUNT_SID, "url": "u"}
    )
    mock.get(f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Balance.json").respond(
        200, json={"account_sid": ACCOUNT_SID, "balance": "0.05", "currency": "USD"}
    )
    config = await client.conversations.v1.configuration().fetch()
    assert config.account_sid == ACCOUNT_SID
    balance = await client.balance.fetch()
    assert balance.currency == "USD"


async def test_date_only_filters_and_v2010_paging(client: Client, mock: respx.MockRouter) -> None:
    base = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Usage/Records/Daily.json"
    mock.get(base, params={"Page": "1"}).respond(
        200,
        json={
            "usage_records": [{"price": "0.5", "start_date": "2024-01-03"}],
            "next_page_uri": None,
        },
    )
    route = mock.get(base).respond(
        200,
        json={
            "usage_records": [{"price": "1.25", "start_date": "2024-01-02"}],
            "next_page_uri": base.removeprefix("https://api.twilio.com") + "?Page=1",
        },
    )
    records = await client.usage.records.daily.list(start_date=date(2024, 1, 2))
    assert [r.price for r in records] == [Decimal("1.25"), Decimal("0.5")]
    assert records[0].start_date == date(2024, 1, 2)
    assert route.calls[0].request.url.params["StartDate"] == "2024-01-02"


async def test_meta_paging_and_per_operation_page_size_limit(
    client: Client, mock: respx.MockRouter
) -> None:
    assert isinstance(client.verify.v2.services.list, object)
    op = next(
        v
        for k, v in vars(
            __import__("twilio_async.rest.verify.v2.services_entities", fromlist=["x"])
        ).items()
        if isinstance(v, Operation) and v.id.endswith(".list")
    )
    assert op.paging == "meta"
    with pytest.raises(ValueError, match="page_size must be between 1 and"):
        await client.verify.v2.services("VA" + "1" * 32).entities.list(page_size=100_000)


async def test_token_and_page_number_paging(client: Client, mock: respx.MockRouter) -> None:
    url = "https://numbers.twilio.com/v1/Porting/PortIn/PortInRequests"
    mock.get(url, params={"Token": "t2"}).respond(
        200,
        json={"port_in_requests": [{"port_in_request_sid": "KW2"}], "meta": {"next_token": None}},
    )
    mock.get(url).respond(
        200,
        json={"port_in_requests": [{"port_in_request_sid": "KW1"}], "meta": {"next_token": "t2"}},
    )
    got = await client.numbers.v1.porting_all_port_ins.list()
    assert [r.port_in_request_sid for r in got] == ["KW1", "KW2"]

    url = "https://numbers.twilio.com/v2/ShortCodes/Applications"
    mock.get(url, params={"Page": "2"}).respond(
        200, json={"results": [{"sid": "2"}], "has_next": False, "current_page": 2}
    )
    mock.get(url).respond(
        200, json={"results": [{"sid": "1"}], "has_next": True, "current_page": 1}
    )
    applications = await client.numbers.v2.applications.list()
    assert [a.sid for a in applications] == ["1", "2"]


async def test_redirect_returns_its_location(client: Client, mock: respx.MockRouter) -> None:
    mock.get(url__regex=r"https://oauth\.twilio\.com/v1/authorize.*").mock(
        return_value=httpx.Response(302, headers={"Location": "https://example.com/next"})
    )
    result = await client.oauth.v1.authorize.fetch(response_type="code", client_id="c")
    assert result == Redirect(location="https://example.com/next", status_code=302)


async def test_create_many_on_any_generated_create(client: Client, mock: respx.MockRouter) -> None:
    url = "https://conversations.twilio.com/v1/Conversations"
    mock.post(url).mock(
        side_effect=lambda request: httpx.Response(
            201,
            json={**IDENTITY, "sid": "CH" + request.content.decode().split("=")[1].zfill(32)},
        )
    )
    result = await client.conversations.v1.conversations.create_many(
        [{"friendly_name": str(i)} for i in range(5)], max_in_flight=2
    )
    assert result.summary.sent == 5
    assert [r.sid[-1] for r in result.results] == ["0", "1", "2", "3", "4"]  # type: ignore[union-attr]


async def test_unsupported_operation_raises_before_sending(
    client: Client, mock: respx.MockRouter
) -> None:
    # No generated operation is unsupported any more; the mechanism stays for new ones.
    from twilio_async._resource import Resource

    op: Operation[Any] = Operation(
        id="x.v1.things.list",
        method="GET",
        product="x",
        path="/v1/Things",
        spec="x",
        unsupported="it needs something we lack",
    )
    with pytest.raises(UnsupportedOperationError, match="it needs something we lack"):
        await Resource(client.transport)._call(op, {})
    assert mock.calls.call_count == 0


async def test_bearer_operation_without_oauth_names_what_to_configure(
    client: Client, mock: respx.MockRouter
) -> None:
    users = client.preview_iam.organization("OR" + "1" * 32).users
    with pytest.raises(ConfigurationError, match=r"users\.list authenticates with an OAuth2"):
        await users.list(filter="x")  # type: ignore[call-arg]
    assert mock.calls.call_count == 0


async def test_a_header_parameter_never_replaces_our_authorization(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get("https://flex-api.twilio.com/v1/Insights/Segments").respond(
        200, json={"segments": [], "meta": {"key": "segments", "next_page_url": None}}
    )
    with pytest.warns(UserWarning, match="authorization parameter is not sent"):
        await client.flex_api.v1.insights_segments.list(authorization="Token x")
    assert route.calls.last.request.headers["Authorization"].startswith("Basic ")
    # The transport itself refuses to let a parameter replace the headers it owns.
    with pytest.raises(ValueError, match="authorization header is set by the client"):
        await client.transport.request("GET", "api", "/x", headers={"Authorization": "x"})


async def test_unknown_and_missing_keywords_fail_before_sending(
    client: Client, mock: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match=r"unexpected parameter 'bogus'.*known parameters"):
        await client.conversations.v1.conversations.create(bogus=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing required parameter"):
        await client.calls.create(from_="+15017122661", url="https://x")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="sid must be a non-empty string"):
        client.conversations.v1.conversations("..")
    assert mock.calls.call_count == 0


def test_repr_shows_the_filled_path(client: Client) -> None:
    assert repr(client.messages) == (
        f"<MessageList /2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json>"
    )
    context = client.conversations.v1.conversations(CONVERSATION_SID)
    assert repr(context) == f"<ConversationContext /v1/Conversations/{CONVERSATION_SID}>"
    assert context.sid == CONVERSATION_SID


async def test_prefixed_collapsible_map(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get("https://lookups.twilio.com/v1/PhoneNumbers/%2B15017122661").respond(
        200, json={"phone_number": "+15017122661", "url": "u"}
    )
    await client.lookups.v1.phone_numbers("+15017122661").fetch(
        add_ons=["payfone"], add_ons_data={"payfone": {"consent": "yes"}}
    )
    params = route.calls.last.request.url.params
    assert params["AddOns.payfone.consent"] == "yes"
    assert params["AddOns"] == "payfone"
    assert "AddOnsData" not in params


async def test_list_pages_repeat_header_parameters_in_the_query_as_the_sdk_does(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get("https://flex-api.twilio.com/v1/PluginService/Plugins").respond(
        200, json={"plugins": [], "meta": {"key": "plugins", "next_page_url": None}}
    )
    await client.flex_api.v1.plugins.list(flex_metadata="m1")
    request = route.calls.last.request
    assert request.headers["Flex-Metadata"] == "m1"
    assert request.url.params["Flex-Metadata"] == "m1"
