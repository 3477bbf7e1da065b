"""The fake's Message, Media and Feedback resources: shapes, fetch, update, delete."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from tests.integration.fake._helpers import SEND, checked_client, message_path, messages_path
from tests.integration.fake._spec_check import SpecChecker, load_spec, to_json_schema
from twilio_async.testing import FakeClock, FakeTwilio

START = datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc)
SERVICE_SID = "MG" + "0123456789abcdef" * 2


def message_schema() -> dict[str, object]:
    spec = load_spec()
    schema: dict[str, object] = to_json_schema(
        spec["components"]["schemas"]["api.v2010.account.message"], spec
    )
    return schema


async def test_create_answers_201_with_every_property_of_the_schema(
    fake: FakeTwilio, api: httpx.AsyncClient, spec_checker: SpecChecker
) -> None:
    checked_before = spec_checker.checked
    response = await api.post(messages_path(fake), data=SEND)

    assert response.status_code == 201
    body = response.json()
    spec = load_spec()
    properties = spec["components"]["schemas"]["api.v2010.account.message"]["properties"]
    assert set(body) == set(properties)
    assert re.fullmatch(r"SM[0-9a-f]{32}", body["sid"])
    assert body["account_sid"] == fake.account_sid
    assert (body["to"], body["from"], body["body"]) == ("+15558675310", "+15017122661", "Hello")
    assert re.fullmatch(r"\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000", body["date_created"])
    assert body["date_sent"] == body["date_created"] == body["date_updated"]
    assert (body["num_segments"], body["num_media"]) == ("1", "0")
    assert (body["price"], body["price_unit"], body["error_code"]) == (None, None, None)
    assert body["messaging_service_sid"] is None
    assert (body["direction"], body["status"], body["api_version"]) == (
        "outbound-api",
        "queued",
        "2010-04-01",
    )
    assert body["uri"] == message_path(fake, body["sid"])
    assert body["subresource_uris"] == {
        "media": message_path(fake, body["sid"], "/Media"),
        "feedback": message_path(fake, body["sid"], "/Feedback"),
    }
    assert spec_checker.checked == checked_before + 1


def test_the_spec_check_rejects_missing_extra_and_misformatted_fields(
    spec_checker: SpecChecker,
) -> None:
    fake = FakeTwilio(clock=FakeClock(START))
    fake_body: dict[str, object] = {
        "account_sid": fake.account_sid,
        "api_version": "2010-04-01",
        "body": "Hi",
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_sent": None,
        "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000",
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": "+15017122661",
        "messaging_service_sid": None,
        "num_media": "0",
        "num_segments": "1",
        "price": None,
        "price_unit": None,
        "sid": "SM" + "0" * 32,
        "status": "queued",
        "subresource_uris": {},
        "to": "+15558675310",
        "uri": "/x.json",
    }
    schema = message_schema()
    spec_checker.validate(schema, fake_body)
    missing = {key: value for key, value in fake_body.items() if key != "price"}
    with pytest.raises(AssertionError, match="price"):
        spec_checker.validate(schema, missing)
    with pytest.raises(AssertionError, match="invented"):
        spec_checker.validate(schema, {**fake_body, "invented": 1})
    with pytest.raises(AssertionError, match="date-time-rfc-2822"):
        spec_checker.validate(schema, {**fake_body, "date_created": "2023-08-24T05:01:45Z"})
    with pytest.raises(AssertionError, match="status"):
        spec_checker.validate(schema, {**fake_body, "status": "teleported"})


async def test_a_messaging_service_message_starts_accepted(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    data = {"To": "+15558675310", "MessagingServiceSid": SERVICE_SID, "Body": "Hi"}
    body = (await api.post(messages_path(fake), data=data)).json()

    assert (body["status"], body["messaging_service_sid"], body["from"]) == (
        "accepted",
        SERVICE_SID,
        None,
    )


async def test_media_urls_become_media_records_that_can_be_fetched_and_deleted(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    urls = ["https://example.com/cat.png", "https://example.com/dog.gif?size=2"]
    response = await api.post(messages_path(fake), data={**SEND, "MediaUrl": urls})
    sid = response.json()["sid"]
    assert response.json()["num_media"] == "2"

    listing = (await api.get(message_path(fake, sid, "/Media"))).json()
    media = listing["media_list"]
    assert sorted(record["content_type"] for record in media) == ["image/gif", "image/png"]
    assert {record["parent_sid"] for record in media} == {sid}
    assert all(re.fullmatch(r"ME[0-9a-f]{32}", record["sid"]) for record in media)
    assert listing["next_page_uri"] is None

    first = media[0]
    fetched = await api.get(first["uri"])
    assert fetched.status_code == 200
    assert fetched.json() == first
    deleted = await api.delete(first["uri"])
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert (await api.get(first["uri"])).status_code == 404
    assert (await api.delete(first["uri"])).status_code == 404
    remaining = (await api.get(message_path(fake, sid, "/Media"))).json()["media_list"]
    assert [record["sid"] for record in remaining] == [media[1]["sid"]]
    assert [record.sid for record in fake.messages[0].media] == [media[1]["sid"]]


async def test_media_of_an_unknown_message_is_404(fake: FakeTwilio, api: httpx.AsyncClient) -> None:
    unknown = "SM" + "f" * 32
    response = await api.get(message_path(fake, unknown, "/Media"))
    assert (response.status_code, response.json()["code"]) == (404, 20404)


async def test_fetch_returns_the_stored_message_and_404_for_an_unknown_sid(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    created = (await api.post(messages_path(fake), data=SEND)).json()

    fetched = await api.get(created["uri"])
    assert (fetched.status_code, fetched.json()) == (200, created)

    unknown_path = message_path(fake, "SM" + "0" * 32)
    missing = await api.get(unknown_path)
    assert missing.status_code == 404
    assert missing.json() == {
        "code": 20404,
        "message": f"The requested resource {unknown_path} was not found",
        "more_info": "https://www.twilio.com/docs/errors/20404",
        "status": 404,
    }


async def test_posting_an_empty_body_redacts_the_message(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    created = (await api.post(messages_path(fake), data=SEND)).json()

    response = await api.post(created["uri"], data={"Body": ""})

    assert (response.status_code, response.json()["body"]) == (200, "")
    assert fake.messages[0].body == ""
    refused = await api.post(created["uri"], data={"Body": "rewritten"})
    assert refused.status_code == 400
    assert fake.messages[0].body == ""


async def test_update_of_an_unknown_message_is_404(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    response = await api.post(message_path(fake, "SM" + "1" * 32), data={"Body": ""})
    assert (response.status_code, response.json()["code"]) == (404, 20404)


async def test_a_scheduled_message_can_be_canceled_once(spec_checker: SpecChecker) -> None:
    clock = FakeClock(START)
    fake = FakeTwilio(clock=clock)
    send_at = (START + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    data = {**SEND, "MessagingServiceSid": SERVICE_SID, "ScheduleType": "fixed", "SendAt": send_at}
    async with checked_client(fake, spec_checker) as api:
        created = (await api.post(messages_path(fake), data=data)).json()
        assert (created["status"], created["date_sent"]) == ("scheduled", None)

        clock.advance(60)
        canceled = await api.post(created["uri"], data={"Status": "canceled"})
        assert canceled.json()["status"] == "canceled"
        assert canceled.json()["date_updated"] == "Thu, 24 Aug 2023 05:02:45 +0000"

        again = await api.post(created["uri"], data={"Status": "canceled"})
        assert (again.status_code, again.json()["code"]) == (400, 30409)


async def test_canceling_a_message_that_is_not_scheduled_fails_with_30409(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    created = (await api.post(messages_path(fake), data=SEND)).json()

    response = await api.post(created["uri"], data={"Status": "canceled"})

    assert (response.status_code, response.json()["code"]) == (400, 30409)
    assert fake.messages[0].status == "queued"
    other_status = await api.post(created["uri"], data={"Status": "sent"})
    assert other_status.status_code == 400


@pytest.mark.parametrize(
    "send_at",
    [
        START + timedelta(minutes=5),  # under Twilio's 15 minutes
        START + timedelta(days=36),  # over its 35 days
        "tomorrow",
        "",
    ],
)
async def test_send_at_outside_the_scheduling_window_fails_with_35114(
    spec_checker: SpecChecker, send_at: datetime | str
) -> None:
    fake = FakeTwilio(clock=FakeClock(START))
    value = send_at.isoformat() if isinstance(send_at, datetime) else send_at
    data = {**SEND, "MessagingServiceSid": SERVICE_SID, "ScheduleType": "fixed", "SendAt": value}
    async with checked_client(fake, spec_checker) as api:
        response = await api.post(messages_path(fake), data=data)
    assert (response.status_code, response.json()["code"]) == (400, 35114)
    assert fake.messages == []


async def test_scheduling_without_a_messaging_service_sends_immediately(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    data = {**SEND, "ScheduleType": "fixed", "SendAt": "2000-01-01T00:00:00Z"}
    response = await api.post(messages_path(fake), data=data)
    assert (response.status_code, response.json()["status"]) == (201, "queued")


async def test_a_scheduled_message_is_queued_once_send_at_passes(
    spec_checker: SpecChecker,
) -> None:
    clock = FakeClock(START)
    fake = FakeTwilio(clock=clock)
    send_at = START + timedelta(minutes=20)
    data = {
        **SEND,
        "MessagingServiceSid": SERVICE_SID,
        "ScheduleType": "fixed",
        "SendAt": send_at.isoformat(),
    }
    async with checked_client(fake, spec_checker) as api:
        uri = (await api.post(messages_path(fake), data=data)).json()["uri"]
        clock.advance(19 * 60)
        assert (await api.get(uri)).json()["status"] == "scheduled"
        clock.advance(60)
        body = (await api.get(uri)).json()
    assert (body["status"], body["date_sent"]) == ("queued", "Thu, 24 Aug 2023 05:21:45 +0000")


async def test_delete_answers_204_and_forgets_the_message(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    created = (await api.post(messages_path(fake), data=SEND)).json()

    deleted = await api.delete(created["uri"])

    assert (deleted.status_code, deleted.content) == (204, b"")
    assert (await api.get(created["uri"])).status_code == 404
    assert (await api.delete(created["uri"])).status_code == 404
    assert fake.messages == []
    assert fake.stats.created == 1


async def test_feedback_records_the_outcome(fake: FakeTwilio, api: httpx.AsyncClient) -> None:
    sid = (await api.post(messages_path(fake), data=SEND)).json()["sid"]

    response = await api.post(message_path(fake, sid, "/Feedback"), data={"Outcome": "unconfirmed"})

    assert response.status_code == 200
    assert (response.json()["message_sid"], response.json()["outcome"]) == (sid, "unconfirmed")
    assert fake.messages[0].feedback == "unconfirmed"
    bad = await api.post(message_path(fake, sid, "/Feedback"), data={"Outcome": "maybe"})
    assert bad.status_code == 400


async def test_unknown_paths_are_404_and_unsupported_methods_405(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    unknown = await api.get(f"/2010-04-01/Accounts/{fake.account_sid}/Telegrams.json")
    assert (unknown.status_code, unknown.json()["code"]) == (404, 20404)
    wrong_method = await api.put(messages_path(fake), data=SEND)
    assert (wrong_method.status_code, wrong_method.json()["code"]) == (405, 20004)
    assert fake.messages == []


async def test_stored_messages_keep_the_form_as_sent(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    content = "To=%2B15558675310&From=%2B15017122661&Body=a+b&MediaUrl=u1&MediaUrl=u2"
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    await api.post(messages_path(fake), content=content, headers=headers)

    (stored,) = fake.messages
    assert stored.params == (
        ("To", "+15558675310"),
        ("From", "+15017122661"),
        ("Body", "a b"),
        ("MediaUrl", "u1"),
        ("MediaUrl", "u2"),
    )
    assert fake.requests[-1].form == stored.params


@pytest.mark.parametrize(
    ("body", "segments"),
    [("a" * 160, "1"), ("a" * 161, "2"), ("é" * 70 + "ł", "2"), ("ł" * 70, "1")],
    ids=["160-gsm", "161-gsm", "71-ucs2", "70-ucs2"],
)
async def test_num_segments_follows_the_encoding(
    fake: FakeTwilio, api: httpx.AsyncClient, body: str, segments: str
) -> None:
    response = await api.post(messages_path(fake), data={**SEND, "Body": body})
    assert response.json()["num_segments"] == segments


async def test_every_response_has_its_own_request_id(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    responses = [await api.post(messages_path(fake), data=SEND) for _ in range(3)]
    responses.append(await api.get("/unknown"))
    ids = {response.headers["Twilio-Request-Id"] for response in responses}
    assert len(ids) == 4
    assert [request.request_id for request in fake.requests] == [
        response.headers["Twilio-Request-Id"] for response in responses
    ]
