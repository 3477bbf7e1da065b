"""Messages and Media through the generic resource layer: operations, paging, paths."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest
import respx

from twilio_async import Client, Message, MessageStatus, NotFoundError, Page, RecordDecodeError

from .conftest import ACCOUNT_SID, API, MESSAGES_PATH, message_json, message_path

SID = f"SM{1:032x}"


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


def page_json(
    start: int, count: int, next_uri: str | None, key: str = "messages"
) -> dict[str, Any]:
    return {
        key: [message_json(i) for i in range(start, start + count)],
        "next_page_uri": next_uri,
        "page": 0,
        "page_size": count,
    }


async def test_create_sends_every_kind_of_parameter(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(MESSAGES_PATH).respond(201, json=message_json(status="queued"))
    msg = await client.messages.create(
        to="+15558675310",
        from_="+15017122661",
        body="Hi",
        media_url=["https://x.test/a.png", "https://x.test/b.png"],
        content_variables={"1": "Ada"},
        send_at=datetime(2030, 1, 1, 12, tzinfo=timezone.utc),
        schedule_type="fixed",
        shorten_urls=True,
        max_price=0.5,
        validity_period=600,
        messaging_service_sid="MG" + "2" * 32,
    )
    assert isinstance(msg, Message)
    assert msg.status is MessageStatus.QUEUED
    assert form(route.calls.last.request) == [
        ("To", "+15558675310"),
        ("From", "+15017122661"),
        ("Body", "Hi"),
        ("MediaUrl", "https://x.test/a.png"),
        ("MediaUrl", "https://x.test/b.png"),
        ("ContentVariables", '{"1":"Ada"}'),
        ("SendAt", "2030-01-01T12:00:00Z"),
        ("ScheduleType", "fixed"),
        ("ShortenUrls", "true"),
        ("MaxPrice", "0.5"),
        ("ValidityPeriod", "600"),
        ("MessagingServiceSid", "MG" + "2" * 32),
    ]


async def test_unknown_parameter_is_a_type_error(client: Client, mock: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match=r"'frm'.*known parameters"):
        await client.messages.create(to="+1", frm="+2")  # type: ignore[call-arg]
    assert mock.calls.call_count == 0


async def test_fetch_update_delete(client: Client, mock: respx.MockRouter) -> None:
    mock.get(message_path(SID)).respond(200, json=message_json(1))
    update = mock.post(message_path(SID)).respond(200, json=message_json(1, body=""))
    mock.delete(message_path(SID)).respond(204)
    ctx = client.messages(SID)
    assert ctx.sid == SID
    assert (await ctx.fetch()).sid == SID
    redacted = await ctx.update(body="")
    assert redacted.body == ""
    assert form(update.calls.last.request) == [("Body", "")]
    await ctx.update(status="canceled")
    assert form(update.calls.last.request) == [("Status", "canceled")]
    assert await ctx.delete() is True


async def test_fetch_missing_message(client: Client, mock: respx.MockRouter) -> None:
    mock.get(message_path(SID)).respond(
        404, json={"code": 20404, "message": "Not found", "more_info": "x", "status": 404}
    )
    with pytest.raises(NotFoundError):
        await client.messages(SID).fetch()


async def test_media_list_fetch_delete(client: Client, mock: respx.MockRouter) -> None:
    media_path = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{SID}/Media"
    media = {
        "sid": "ME" + "3" * 32,
        "account_sid": ACCOUNT_SID,
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "parent_sid": SID,
        "content_type": "image/png",
    }
    mock.get(media_path + ".json").respond(200, json={"media_list": [media], "next_page_uri": None})
    mock.get(f"{media_path}/{media['sid']}.json").respond(200, json=media)
    mock.delete(f"{media_path}/{media['sid']}.json").respond(204)
    items = await client.messages(SID).media.list()
    assert [m.content_type for m in items] == ["image/png"]
    one = await client.messages(SID).media(media["sid"]).fetch()
    assert one.parent_sid == SID
    assert await client.messages(SID).media(media["sid"]).delete()


async def test_list_filters_use_api_names(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(MESSAGES_PATH).respond(200, json=page_json(0, 1, None))
    await client.messages.list(
        to="+15558675310",
        from_="+15017122661",
        date_sent_before=date(2024, 1, 31),
        date_sent_after=datetime(2024, 1, 1, tzinfo=timezone.utc),
        page_size=20,
    )
    query = parse_qs(urlsplit(str(route.calls.last.request.url)).query)
    assert query == {
        "To": ["+15558675310"],
        "From": ["+15017122661"],
        "DateSent<": ["2024-01-31"],
        "DateSent>": ["2024-01-01T00:00:00Z"],
        "PageSize": ["20"],
    }


async def test_empty_page(client: Client, mock: respx.MockRouter) -> None:
    mock.get(MESSAGES_PATH).respond(200, json={"messages": [], "next_page_uri": None})
    assert await client.messages.list() == []
    assert [m async for m in client.messages.stream()] == []
    page = await client.messages.page()
    assert len(page) == 0
    assert not page.has_next_page
    assert await page.next_page() is None


async def test_limit_inside_one_page_fetches_once(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(MESSAGES_PATH).respond(200, json=page_json(0, 5, "/next"))
    got = await client.messages.list(limit=3)
    assert len(got) == 3
    assert route.call_count == 1
    assert parse_qs(urlsplit(str(route.calls.last.request.url)).query)["PageSize"] == ["3"]


async def test_limit_across_pages_follows_next_page_uri(
    client: Client, mock: respx.MockRouter
) -> None:
    second = f"{MESSAGES_PATH}?PageSize=2&Page=1&PageToken=PASM2"
    third = f"{MESSAGES_PATH}?PageSize=2&Page=2&PageToken=PASM4"
    mock.get(MESSAGES_PATH, params={"PageToken": "PASM2"}).respond(200, json=page_json(2, 2, third))
    mock.get(MESSAGES_PATH, params={"PageToken": "PASM4"}).respond(200, json=page_json(4, 2, None))
    first = mock.get(MESSAGES_PATH).respond(200, json=page_json(0, 2, second))
    got = await client.messages.list(limit=5, page_size=2)
    assert [m.sid for m in got] == [f"SM{i:032x}" for i in range(5)]
    assert first.call_count == 1
    everything = await client.messages.list(page_size=2)
    assert len(everything) == 6


async def test_stream_fetches_pages_lazily(client: Client, mock: respx.MockRouter) -> None:
    second = mock.get(MESSAGES_PATH, params={"Page": "1"}).respond(200, json=page_json(2, 2, None))
    mock.get(MESSAGES_PATH).respond(200, json=page_json(0, 2, f"{MESSAGES_PATH}?Page=1"))
    stream = client.messages.stream(page_size=2)
    seen = [await anext(stream), await anext(stream)]
    assert len(seen) == 2
    assert second.call_count == 0  # nothing fetched ahead of need
    seen.append(await anext(stream))
    assert second.call_count == 1


async def test_page_and_next_page(client: Client, mock: respx.MockRouter) -> None:
    mock.get(MESSAGES_PATH, params={"Page": "1"}).respond(200, json=page_json(2, 1, None))
    mock.get(MESSAGES_PATH).respond(200, json=page_json(0, 2, f"{MESSAGES_PATH}?Page=1"))
    page = await client.messages.page(page_size=2)
    assert isinstance(page, Page)
    assert [m.sid for m in page] == [f"SM{i:032x}" for i in range(2)]
    following = await page.next_page()
    assert following is not None
    assert [m.sid for m in following.items] == [f"SM{2:032x}"]
    assert await following.next_page() is None


async def test_absolute_next_page_url_stays_on_configured_host(mock: respx.MockRouter) -> None:
    from twilio_async._resource import Resource

    own = respx.mock(base_url="http://127.0.0.1:9999", assert_all_called=False)
    with own:
        own.get(MESSAGES_PATH, params={"Page": "1"}).respond(200, json=page_json(1, 1, None))
        own.get(MESSAGES_PATH).respond(
            200, json=page_json(0, 1, f"https://evil.example{MESSAGES_PATH}?Page=1")
        )
        async with Client(ACCOUNT_SID, "t", base_url="http://127.0.0.1:9999") as client:
            got = await client.messages.list()
        # respx clears its call log when the block exits: check the hosts inside it.
        assert len(own.calls) == 2
        assert all(str(c.request.url).startswith("http://127.0.0.1:9999/") for c in own.calls)
    assert len(got) == 2
    assert issubclass(type(client.messages), Resource)


def service(sid: str) -> dict[str, str]:
    """A Verify service as a list page carries it: its identity fields at least."""
    return {
        "sid": sid,
        "account_sid": ACCOUNT_SID,
        "date_created": "2023-08-24T05:01:45Z",
        "url": "u",
    }


async def test_meta_envelope_of_v1_v2_apis(client: Client) -> None:
    # Verify/Messaging list pages name their record key in meta and link absolutely; the
    # link is followed on the configured host, keeping only its path and query.
    with respx.mock(using="httpx", assert_all_called=False) as verify:
        services = "https://verify.twilio.com/v2/Services"
        verify.get(services, params={"PageToken": "p2"}).respond(
            200,
            json={"meta": {"key": "services", "next_page_url": None}, "services": [service("VA2")]},
        )
        verify.get(services).respond(
            200,
            json={
                "meta": {
                    "key": "services",
                    "next_page_url": "https://x.example/v2/Services?PageToken=p2",
                },
                "services": [service("VA1")],
            },
        )
        got = await client.verify.v2.services.list()
        assert [s.sid for s in got] == ["VA1", "VA2"]
        assert all(c.request.url.host == "verify.twilio.com" for c in verify.calls)


@pytest.mark.parametrize("bad", ["../Calls/CA" + "1" * 32, "..", ".", "", "a/b", "SM1?x=1"])
async def test_path_parameters_cannot_change_the_path(
    client: Client, mock: respx.MockRouter, bad: str
) -> None:
    if bad in ("", ".", ".."):
        with pytest.raises(ValueError, match="sid"):
            client.messages(bad)
        return
    route = mock.get(url__regex=r".*").respond(200, json=message_json())
    await client.messages(bad).fetch()
    path = route.calls.last.request.url.raw_path.decode()
    prefix = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/"
    assert path.startswith(prefix)
    assert path.endswith(".json")
    assert "/" not in path[len(prefix) : -len(".json")]
    assert "?" not in path


async def test_page_size_bounds(client: Client) -> None:
    with pytest.raises(ValueError, match="page_size"):
        await client.messages.page(page_size=1001)
    with pytest.raises(ValueError, match="limit"):
        client.messages.stream(limit=-1)


async def test_limit_zero_makes_no_request(client: Client, mock: respx.MockRouter) -> None:
    assert await client.messages.list(limit=0) == []
    assert mock.calls.call_count == 0


def test_resource_reprs_are_paths() -> None:
    client = Client(ACCOUNT_SID, "t")
    assert MESSAGES_PATH in repr(client.messages)
    assert SID in repr(client.messages(SID))
    assert API not in repr(client.messages)


async def test_stream_builds_each_record_as_it_is_handed_out(
    client: Client, mock: respx.MockRouter
) -> None:
    good = [message_json(sid=f"SM{i:032d}") for i in range(2)]
    bad = message_json(sid="SM" + "9" * 32, num_segments="many")
    mock.get(f"{API}{MESSAGES_PATH}").respond(200, json={"messages": [*good, bad]})
    seen: list[str | None] = []

    async def drain() -> None:
        async for msg in client.messages.stream():
            seen.append(msg.sid)

    with pytest.raises(RecordDecodeError, match="num_segments"):
        await drain()
    # The good records came out before the bad one was reached; page() fails up front.
    assert seen == [good[0]["sid"], good[1]["sid"]]
    with pytest.raises(RecordDecodeError):
        await client.messages.page()


async def test_stream_checks_filters_when_called(client: Client) -> None:
    with pytest.raises(TypeError, match="unexpected parameter"):
        client.messages.stream(colour="blue")  # type: ignore[call-arg]
