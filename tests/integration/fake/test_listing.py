"""Listing messages and media: paging by next_page_uri, the envelope, and every filter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from tests.integration.fake._helpers import SEND, checked_client, message_path, messages_path
from tests.integration.fake._spec_check import SpecChecker
from twilio_async.testing import FakeClock, FakeTwilio

START = datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc)


async def send(
    api: httpx.AsyncClient, fake: FakeTwilio, **fields: str | list[str]
) -> dict[str, Any]:
    response = await api.post(messages_path(fake), data={**SEND, **fields})
    assert response.status_code == 201
    body: dict[str, Any] = response.json()
    return body


async def bodies(api: httpx.AsyncClient, fake: FakeTwilio, **params: str) -> list[str]:
    response = await api.get(messages_path(fake), params=params)
    assert response.status_code == 200, response.text
    return [message["body"] for message in response.json()["messages"]]


def query_of(uri: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(uri).query)


async def test_pages_of_two_over_five_messages_come_newest_first(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    for index in range(5):
        await send(api, fake, Body=f"m{index}")
    path = messages_path(fake)

    first = (await api.get(path, params={"PageSize": 2})).json()
    assert [m["body"] for m in first["messages"]] == ["m4", "m3"]
    assert (first["page"], first["page_size"], first["start"], first["end"]) == (0, 2, 0, 1)
    assert first["first_page_uri"] == f"{path}?PageSize=2&Page=0"
    assert first["uri"] == f"{path}?PageSize=2&Page=0"
    assert first["previous_page_uri"] is None
    assert query_of(first["next_page_uri"]) == [
        ("PageSize", "2"),
        ("Page", "1"),
        ("PageToken", "PA" + first["messages"][-1]["sid"]),
    ]

    second = (await api.get(first["next_page_uri"])).json()
    assert [m["body"] for m in second["messages"]] == ["m2", "m1"]
    assert (second["page"], second["start"], second["end"]) == (1, 2, 3)
    assert second["uri"] == first["next_page_uri"]
    assert second["first_page_uri"] == first["first_page_uri"]

    third = (await api.get(second["next_page_uri"])).json()
    assert [m["body"] for m in third["messages"]] == ["m0"]
    assert (third["page"], third["start"], third["end"]) == (2, 4, 4)
    assert third["next_page_uri"] is None

    back = (await api.get(third["previous_page_uri"])).json()
    assert [m["body"] for m in back["messages"]] == ["m2", "m1"]
    assert back["page"] == 1


async def test_pages_stay_stable_while_new_messages_arrive(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    for index in range(4):
        await send(api, fake, Body=f"m{index}")
    first = (await api.get(messages_path(fake), params={"PageSize": 2})).json()

    await send(api, fake, Body="newer")
    second = (await api.get(first["next_page_uri"])).json()

    assert [m["body"] for m in second["messages"]] == ["m1", "m0"]


async def test_following_next_page_uri_yields_every_message_once(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    for index in range(7):
        await send(api, fake, Body=f"m{index}")
    seen: list[str] = []
    uri: str | None = f"{messages_path(fake)}?PageSize=3"
    while uri is not None:
        page = (await api.get(uri)).json()
        seen += [m["body"] for m in page["messages"]]
        uri = page["next_page_uri"]
    assert seen == [f"m{index}" for index in reversed(range(7))]


async def test_page_without_a_token_is_an_offset(fake: FakeTwilio, api: httpx.AsyncClient) -> None:
    for index in range(5):
        await send(api, fake, Body=f"m{index}")
    assert await bodies(api, fake, PageSize="2", Page="1") == ["m2", "m1"]
    assert await bodies(api, fake, PageSize="2", Page="9") == []


async def test_an_empty_list_has_a_complete_envelope(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    page = (await api.get(messages_path(fake))).json()
    assert page["messages"] == []
    assert (page["page"], page["page_size"], page["start"], page["end"]) == (0, 50, 0, 0)
    assert (page["next_page_uri"], page["previous_page_uri"]) == (None, None)


async def test_page_size_defaults_to_50_and_allows_1000(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    for index in range(51):
        await send(api, fake, Body=f"m{index}")
    default = (await api.get(messages_path(fake))).json()
    assert (len(default["messages"]), default["page_size"]) == (50, 50)
    assert default["next_page_uri"] is not None
    largest = (await api.get(messages_path(fake), params={"PageSize": 1000})).json()
    assert (len(largest["messages"]), largest["next_page_uri"]) == (51, None)


@pytest.mark.parametrize(
    "params",
    [
        {"PageSize": "0"},
        {"PageSize": "1001"},
        {"PageSize": "ten"},
        {"Page": "-1"},
        {"PageToken": "XX123"},
        {"PageToken": "PASM" + "0" * 32},
        {"DateSent": "yesterday"},
        {"DateSent<": "2023-13-45"},
    ],
)
async def test_malformed_list_parameters_are_400(
    fake: FakeTwilio, api: httpx.AsyncClient, params: dict[str, str]
) -> None:
    response = await api.get(messages_path(fake), params=params)
    assert response.status_code == 400


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def three_days(
    clock: FakeClock, spec_checker: SpecChecker
) -> AsyncIterator[tuple[FakeTwilio, httpx.AsyncClient]]:
    """Messages sent on 24, 25 and 26 August 2023 (05:01:45 UTC), to and from various numbers."""
    fake = FakeTwilio(clock=clock)
    async with checked_client(fake, spec_checker) as api:
        await send(api, fake, Body="aug24", To="+15550000001")
        clock.advance(delta=timedelta(days=1))
        await send(api, fake, Body="aug25", To="+15550000002", From="+15550000009")
        clock.advance(delta=timedelta(days=1))
        await send(api, fake, Body="aug26", To="+15550000001")
        yield fake, api


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"To": "+15550000001"}, ["aug26", "aug24"]),
        ({"From": "+15550000009"}, ["aug25"]),
        ({"To": "+15550000001", "From": "+15550000009"}, []),
        ({"DateSent": "2023-08-25"}, ["aug25"]),
        ({"DateSent<": "2023-08-25"}, ["aug25", "aug24"]),
        ({"DateSent>": "2023-08-25"}, ["aug26", "aug25"]),
        ({"DateSent>": "2023-08-25", "DateSent<": "2023-08-25"}, ["aug25"]),
        ({"DateSent>": "2023-08-25T05:01:46Z"}, ["aug26"]),
        ({"DateSent<": "2023-08-25T05:01:45+00:00"}, ["aug25", "aug24"]),
        ({"DateSent<": "Fri, 25 Aug 2023 05:01:44 -0000"}, ["aug24"]),
        ({"DateSent>": "2023-08-25 07:01:45.000"}, ["aug26"]),
        ({"DateSent": "2023-08-27"}, []),
    ],
)
async def test_filters_select_by_recipient_sender_and_date_sent(
    three_days: tuple[FakeTwilio, httpx.AsyncClient],
    params: dict[str, str],
    expected: list[str],
) -> None:
    fake, api = three_days
    assert await bodies(api, fake, **params) == expected


async def test_page_uris_repeat_the_filters_encoded_like_twilios(
    three_days: tuple[FakeTwilio, httpx.AsyncClient],
) -> None:
    fake, api = three_days
    params = {"To": "+15550000001", "DateSent>": "2023-08-24", "PageSize": "1"}

    page = (await api.get(messages_path(fake), params=params)).json()

    path = messages_path(fake)
    assert page["first_page_uri"] == (
        f"{path}?To=%2B15550000001&DateSent%3E=2023-08-24&PageSize=1&Page=0"
    )
    assert page["next_page_uri"].startswith(
        f"{path}?To=%2B15550000001&DateSent%3E=2023-08-24&PageSize=1&Page=1&PageToken=PASM"
    )
    following = (await api.get(page["next_page_uri"])).json()
    assert [m["body"] for m in following["messages"]] == ["aug24"]
    assert following["next_page_uri"] is None


async def test_media_lists_page_and_filter_by_date_created(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    urls = [f"https://example.com/{index}.png" for index in range(3)]
    sid = (await send(api, fake, MediaUrl=urls))["sid"]
    path = message_path(fake, sid, "/Media")

    first = (await api.get(path, params={"PageSize": 2})).json()
    second = (await api.get(first["next_page_uri"])).json()

    assert len(first["media_list"]) == 2
    assert len(second["media_list"]) == 1
    assert second["next_page_uri"] is None
    listed = {record["sid"] for record in first["media_list"] + second["media_list"]}
    assert listed == {record.sid for record in fake.messages[0].media}
    created = fake.messages[0].date_created.date().isoformat()
    today = (await api.get(path, params={"DateCreated": created})).json()["media_list"]
    assert len(today) == 3
    before = (await api.get(path, params={"DateCreated<": "2000-01-01"})).json()["media_list"]
    assert before == []
