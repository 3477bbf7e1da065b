"""Event Streams webhook sinks: a signed JSON array of CloudEvents, as typed records."""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at
# runtime, and they name dependencies local to the app builders.
import hashlib
from datetime import datetime, timezone
from typing import Annotated, Any

import orjson
import pytest
from fastapi import Depends, FastAPI
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient
from twilio.request_validator import RequestValidator as OfficialValidator

from twilio_async import MessageStatus
from twilio_async.webhooks import (
    EventStreamEvent,
    MessageStatusEvent,
    RequestValidator,
    WebhookKeyring,
    WebhookPayloadError,
    parse_event_stream,
    twilio_event_stream,
)

TOKEN = "12345678901234567890123456789012"
# The shape of Twilio's documented example for com.twilio.messaging.message.delivered.
DELIVERED = {
    "specversion": "1.0",
    "type": "com.twilio.messaging.message.delivered",
    "source": "/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages/SM1.json",
    "id": "EZ00000000000000000000000000000001",
    "dataschema": "https://events-schemas.twilio.com/Messaging.MessageStatus/7",
    "datacontenttype": "application/json",
    "time": "2025-01-01T00:01:00.000Z",
    "data": {
        "messageSid": "SM0000000000000000000000000000001",
        "timestamp": "2025-01-01T00:00:00.000Z",
        "accountSid": "AC0000000000000000000000000000001",
        "eventName": "com.twilio.messaging.message.delivered",
        "apiVersion": "2010-04-01",
        "from": "+11234567890",
        "to": "+12345678901",
        "messageStatus": "DELIVERED",
        "messagingServiceSid": "MG0000000000000000000000000000001",
        "body": "Ahoy!",
        "numberOfSegments": 1,
        "errorCode": 30003,
    },
}
ADDED = {
    "specversion": "1.0",
    "type": "com.twilio.conversations.message.added",
    "source": "AB00000000000000000000000001",
    "id": "EZ00000000000000000000000000000002",
    "dataschema": "https://events-schemas.twilio.com/Conversations.MessageAdded/2",
    "data": {"ConversationSid": "CH1", "Index": 10},
    "traceparent": "00-abc-def-01",
}


def test_message_status_events_are_typed() -> None:
    (event,) = parse_event_stream(orjson.dumps([DELIVERED]))
    assert isinstance(event, MessageStatusEvent)
    assert event.id == DELIVERED["id"]
    assert event.type == "com.twilio.messaging.message.delivered"
    assert (event.schema_id, event.schema_version) == ("Messaging.MessageStatus", 7)
    assert event.time == datetime(2025, 1, 1, 0, 1, tzinfo=timezone.utc)
    assert event.message_status is MessageStatus.DELIVERED
    assert (event.message_sid, event.to, event.from_) == (
        "SM0000000000000000000000000000001",
        "+12345678901",
        "+11234567890",
    )
    assert (event.error_code, event.number_of_segments) == (30003, 1)
    assert event.timestamp == datetime(2025, 1, 1, tzinfo=timezone.utc)
    assert event.data["body"] == "Ahoy!"
    with pytest.raises(TypeError):
        event.data["body"] = "changed"  # type: ignore[index]


def test_other_events_keep_their_data_and_extensions() -> None:
    events = parse_event_stream(orjson.dumps([ADDED, DELIVERED]).decode())
    assert [type(e) for e in events] == [EventStreamEvent, MessageStatusEvent]
    added = events[0]
    assert added.data == {"ConversationSid": "CH1", "Index": 10}
    assert added.extra == {"traceparent": "00-abc-def-01"}
    assert added.time is None
    assert (added.schema_id, added.schema_version) == ("Conversations.MessageAdded", 2)


def test_a_new_status_is_an_open_enum_member() -> None:
    later = {**DELIVERED, "data": {**DELIVERED["data"], "messageStatus": "TELEPORTED"}}
    (event,) = parse_event_stream(orjson.dumps([later]))
    assert isinstance(event, MessageStatusEvent)
    assert event.message_status == "teleported"
    assert not event.message_status.is_known


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not JSON"),
        (b'{"id": "EZ1"}', "not a JSON array"),
        (b"[1]", r"events\[0\] is not a JSON object"),
        (orjson.dumps([DELIVERED, {**ADDED, "id": ""}]), r"events\[1\]\.id"),
        (orjson.dumps([{k: v for k, v in ADDED.items() if k != "type"}]), "has no 'type'"),
        (orjson.dumps([{**ADDED, "data": [1]}]), r"events\[0\]\.data is not a JSON object"),
        (orjson.dumps([{**ADDED, "time": "yesterday"}]), r"events\[0\]\.time is not valid"),
        (
            orjson.dumps([{**DELIVERED, "data": {**DELIVERED["data"], "errorCode": "x" * 9}}]),
            r"events\[0\]\.data\.errorCode is not valid",
        ),
        (
            orjson.dumps([{**DELIVERED, "data": {"accountSid": "AC1", "messageStatus": "SENT"}}]),
            r"events\[0\]\.data has no 'messageSid'",
        ),
    ],
)
def test_malformed_bodies_name_the_event_and_attribute(body: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message):
        parse_event_stream(body)


# The sink under Starlette and FastAPI: the URL carries bodySHA256 and is what is signed.


def starlette_app(secrets: Any, **options: Any) -> Starlette:
    events = twilio_event_stream(secrets, **options)

    async def sink(request: Request) -> JSONResponse:
        return JSONResponse([[e.id, e.type] for e in await events(request)])

    return Starlette(routes=[Route("/events", sink, methods=["POST"])])


def fastapi_app(secrets: Any, **options: Any) -> FastAPI:
    app = FastAPI()
    events = twilio_event_stream(secrets, **options)

    @app.post("/events")
    async def sink(received: Annotated[list[EventStreamEvent], Depends(events)]) -> list[Any]:
        return [[e.id, e.type] for e in received]

    return app


APPS = [pytest.param(starlette_app, id="starlette"), pytest.param(fastapi_app, id="fastapi")]


def event_post(body: bytes, secret: str = TOKEN, settings: str | None = None) -> dict[str, Any]:
    query = f"bodySHA256={hashlib.sha256(body).hexdigest()}"
    url = f"http://testserver/events?{query}"
    if settings is None:
        signature = OfficialValidator(secret).compute_signature(url, {})
        headers = {"X-Twilio-Signature": signature}
    else:
        algorithm = settings.rpartition("algorithm=")[2]
        signature = RequestValidator(secret).compute_signature(url, {}, algorithm)
        headers = {
            "X-Twilio-Signature": signature,
            "X-Twilio-Webhooks-Signature-Settings": settings,
        }
    headers["Content-Type"] = "application/json"
    return {"url": f"/events?{query}", "content": body, "headers": headers}


@pytest.mark.parametrize("make_app", APPS)
def test_a_signed_sink_request_gives_the_events(make_app: Any) -> None:
    body = orjson.dumps([DELIVERED, ADDED])
    with TestClient(make_app(TOKEN)) as http:
        response = http.post(**event_post(body))
    assert response.status_code == 200
    assert response.json() == [[DELIVERED["id"], DELIVERED["type"]], [ADDED["id"], ADDED["type"]]]


@pytest.mark.parametrize("make_app", APPS)
def test_a_shared_key_sink_request(make_app: Any) -> None:
    body = orjson.dumps([DELIVERED])
    keyring = WebhookKeyring(shared_keys={"k1": "shared-secret"})
    with TestClient(make_app(keyring)) as http:
        ok = http.post(**event_post(body, "shared-secret", "key=k1,algorithm=HMAC_SHA256"))
        wrong = http.post(**event_post(body, "other", "key=k1,algorithm=HMAC_SHA256"))
    assert (ok.status_code, wrong.status_code) == (200, 403)


@pytest.mark.parametrize("make_app", APPS)
def test_tampered_unhashed_oversized_or_malformed_sink_requests(make_app: Any) -> None:
    body = orjson.dumps([DELIVERED])
    with TestClient(make_app(TOKEN, max_body=len(body) + 10)) as http:
        tampered = event_post(body)
        tampered["content"] = body.replace(b"DELIVERED", b"FAILED")
        without_hash = event_post(body)
        without_hash["url"] = "/events"
        too_large = event_post(orjson.dumps([DELIVERED, DELIVERED]))
        malformed = event_post(b'{"not": "an array"}')
        statuses = [
            http.post(**request).status_code
            for request in (tampered, without_hash, too_large, malformed)
        ]
        detail = http.post(**malformed).text  # plain text in Starlette, JSON in FastAPI
    assert statuses == [403, 403, 413, 400]
    assert "not a JSON array" in detail
