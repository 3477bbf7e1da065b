"""The webhook example, with requests signed by the official SDK's RequestValidator."""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET

from starlette.testclient import TestClient
from twilio.request_validator import RequestValidator as OfficialValidator

from examples.sms_webhooks_app import create_app
from twilio_async import MessageStatus
from twilio_async.webhooks import HMAC_SHA256, RequestValidator, WebhookKeyring

TOKEN = "12345678901234567890123456789012"
ACCOUNT = "AC" + "a" * 32
INCOMING = {
    "MessageSid": "SM" + "1" * 32,
    "AccountSid": ACCOUNT,
    "From": "+15558675310",
    "To": "+15017122661",
    "Body": "Hello there",
    "NumMedia": "1",
    "MediaUrl0": "https://api.twilio.com/media/ME1",
    "MediaContentType0": "image/jpeg",
}


def signed(url: str, form: dict[str, str], token: str = TOKEN) -> dict[str, str]:
    return {"X-Twilio-Signature": OfficialValidator(token).compute_signature(url, form)}


def test_inbound_sms_is_answered_with_twiml() -> None:
    with TestClient(create_app(TOKEN)) as http:
        url = "http://testserver/sms"
        response = http.post("/sms", data=INCOMING, headers=signed(url, INCOMING))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    document = ET.fromstring(response.content)
    assert document.tag == "Response"
    assert [m.text for m in document.iter("Message")] == [
        "Thanks! We got your message: Hello there (and 1 attachment(s))"
    ]


def test_stop_gets_an_empty_response() -> None:
    form = {**INCOMING, "Body": "stop", "NumMedia": "0"}
    del form["MediaUrl0"], form["MediaContentType0"]
    with TestClient(create_app(TOKEN)) as http:
        response = http.post("/sms", data=form, headers=signed("http://testserver/sms", form))
    assert response.status_code == 200
    assert list(ET.fromstring(response.content)) == []


def test_status_callbacks_are_recorded_typed() -> None:
    app = create_app(TOKEN)
    sid = "SM" + "2" * 32
    with TestClient(app) as http:
        for status in ("sent", "delivered", "brand_new_status"):
            form = {"MessageSid": sid, "AccountSid": ACCOUNT, "MessageStatus": status}
            response = http.post(
                "/status", data=form, headers=signed("http://testserver/status", form)
            )
            assert response.status_code == 204
    recorded = app.state.statuses[sid]
    assert recorded[:2] == [MessageStatus.SENT, MessageStatus.DELIVERED]
    assert recorded[2].value == "brand_new_status"
    assert not recorded[2].is_known


def test_unsigned_or_wrongly_signed_requests_are_refused() -> None:
    app = create_app(TOKEN)
    with TestClient(app) as http:
        unsigned = http.post("/sms", data=INCOMING)
        other_token = http.post(
            "/sms", data=INCOMING, headers=signed("http://testserver/sms", INCOMING, "x" * 32)
        )
        tampered = http.post(
            "/sms",
            data={**INCOMING, "Body": "changed"},
            headers=signed("http://testserver/sms", INCOMING),
        )
        status = http.post("/status", data={"MessageSid": "SM1"})
    assert [r.status_code for r in (unsigned, other_token, tampered, status)] == [403] * 4
    assert app.state.statuses == {}


def test_behind_a_proxy_the_public_url_is_checked() -> None:
    public = "https://sms.example.com"
    with TestClient(create_app(TOKEN, public_base_url=public)) as http:
        good = http.post("/sms?x=1", data=INCOMING, headers=signed(f"{public}/sms?x=1", INCOMING))
        internal = http.post(
            "/sms?x=1", data=INCOMING, headers=signed("http://testserver/sms?x=1", INCOMING)
        )
    assert good.status_code == 200
    assert internal.status_code == 403


def test_signed_form_missing_a_field_is_a_bad_request() -> None:
    form = {"MessageSid": "SM" + "1" * 32, "AccountSid": ACCOUNT, "Body": "no From or To"}
    with TestClient(create_app(TOKEN)) as http:
        response = http.post("/sms", data=form, headers=signed("http://testserver/sms", form))
    assert response.status_code == 400
    assert "'From'" in response.json()["detail"]


def test_a_retried_delivery_is_answered_once_with_the_same_twiml() -> None:
    app = create_app(TOKEN)
    headers = {**signed("http://testserver/sms", INCOMING), "I-Twilio-Idempotency-Token": "d1"}
    status = {"MessageSid": "SM" + "3" * 32, "AccountSid": ACCOUNT, "MessageStatus": "sent"}
    status_headers = {
        **signed("http://testserver/status", status),
        "I-Twilio-Idempotency-Token": "d2",
    }
    with TestClient(app) as http:
        first = http.post("/sms", data=INCOMING, headers=headers)
        retry = http.post("/sms", data=INCOMING, headers=headers)
        for _ in range(3):
            assert http.post("/status", data=status, headers=status_headers).status_code == 204
    assert retry.status_code == 200
    assert retry.content == first.content
    assert app.state.statuses == {status["MessageSid"]: [MessageStatus.SENT]}


def test_event_stream_events_are_recorded_once() -> None:
    event = {
        "specversion": "1.0",
        "type": "com.twilio.messaging.message.delivered",
        "source": "/2010-04-01/Accounts/AC1/Messages/SM1.json",
        "id": "EZ" + "1" * 32,
        "dataschema": "https://events-schemas.twilio.com/Messaging.MessageStatus/7",
        "data": {"messageSid": "SM1", "accountSid": ACCOUNT, "messageStatus": "DELIVERED"},
    }
    body = json.dumps([event]).encode()
    path = f"/events?bodySHA256={hashlib.sha256(body).hexdigest()}"
    keyring = WebhookKeyring(TOKEN, shared_keys={"k1": "shared secret"})
    signature = RequestValidator("shared secret").compute_signature(
        f"http://testserver{path}", None, HMAC_SHA256
    )
    headers = {
        "X-Twilio-Signature": signature,
        "X-Twilio-Webhooks-Signature-Settings": "key=k1,algorithm=HMAC_SHA256",
        "Content-Type": "application/json",
    }
    app = create_app(keyring)
    with TestClient(app) as http:
        answers = [http.post(path, content=body, headers=headers).status_code for _ in range(2)]
        forged = http.post(path, content=body, headers={**headers, "X-Twilio-Signature": "x"})
    assert answers == [204, 204]
    assert forged.status_code == 403
    assert app.state.statuses == {"SM1": [MessageStatus.DELIVERED]}
