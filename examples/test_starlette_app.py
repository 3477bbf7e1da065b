"""The example app against the fake Twilio: one shared client from the lifespan."""

from __future__ import annotations

from starlette.testclient import TestClient

from examples.starlette_app import create_app
from twilio_async.testing import FakeTwilio


def test_send_sms_through_the_shared_client() -> None:
    fake = FakeTwilio()
    clients = []

    def make_client():  # type: ignore[no-untyped-def]
        clients.append(fake.client())
        return clients[-1]

    with TestClient(create_app(make_client)) as http:
        first = http.post("/sms", json={"to": "+15558675310", "body": "Hello"})
        second = http.post("/sms", json={"to": "+15558675311", "body": "Again"})
        invalid = http.post("/sms", json={"to": "not-a-number", "body": "x"})
    assert first.status_code == 201
    assert first.json()["sid"].startswith("SM")
    assert second.status_code == 201
    assert invalid.status_code == 400
    assert invalid.json()["code"] == 21211
    assert [m.body for m in fake.messages] == ["Hello", "Again"]
    assert len(clients) == 1  # one client for the whole app
    assert clients[0].closed  # closed when the app shut down
