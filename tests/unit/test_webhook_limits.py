"""Hostile and broken webhook requests: body size (413), malformed fields (400), and the
DEBUG log line that says why a request was refused (403), under Starlette and FastAPI."""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at
# runtime, and they name dependencies local to fastapi_app.

import logging
from collections.abc import Callable, Iterable
from typing import Annotated, Any

import pytest
from fastapi import Depends, FastAPI
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient
from twilio.request_validator import RequestValidator as OfficialValidator

from twilio_async.webhooks import (
    DEFAULT_MAX_BODY,
    IncomingMessage,
    InvalidSignatureError,
    WebhookBodyTooLargeError,
    WebhookPayloadError,
    twilio_webhook,
    validate_request,
)

TOKEN = "12345678901234567890123456789012"
PHONE = "+15558675310"
FORM = {
    "MessageSid": "SM" + "1" * 32,
    "AccountSid": "AC" + "a" * 32,
    "From": PHONE,
    "To": "+15017122661",
    "Body": "hello",
}
CHUNK = 64 * 1024


def signed(url: str, form: dict[str, str]) -> dict[str, str]:
    return {"X-Twilio-Signature": OfficialValidator(TOKEN).compute_signature(url, form)}


def starlette_app(**options: Any) -> Starlette:
    incoming = twilio_webhook(IncomingMessage, TOKEN, **options)

    async def endpoint(request: Request) -> PlainTextResponse:
        message = await incoming(request)
        return PlainTextResponse(f"{len(message.media)}")

    return Starlette(routes=[Route("/sms", endpoint, methods=["POST"])])


def fastapi_app(**options: Any) -> FastAPI:
    app = FastAPI()
    incoming = twilio_webhook(IncomingMessage, TOKEN, **options)

    @app.post("/sms")
    async def sms(message: Annotated[IncomingMessage, Depends(incoming)]) -> str:
        return f"{len(message.media)}"

    return app


APPS = [pytest.param(starlette_app, id="starlette"), pytest.param(fastapi_app, id="fastapi")]


class CountingBody:
    """An ASGI ``receive`` streaming ``total`` bytes in 64 KiB chunks, counting what is read."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.read = 0

    async def __call__(self) -> dict[str, Any]:
        if self.read >= self.total:
            return {"type": "http.disconnect"}
        chunk = min(CHUNK, self.total - self.read)
        self.read += chunk
        return {"type": "http.request", "body": b"A" * chunk, "more_body": self.read < self.total}


def sms_scope(headers: Iterable[tuple[bytes, bytes]], query: bytes = b"") -> dict[str, Any]:
    """The ASGI scope of a POST to https://example.com/sms."""
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": "/sms",
        "raw_path": b"/sms",
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"example.com"), *headers],
        "server": ("example.com", 443),
        "client": ("127.0.0.1", 5000),
    }


async def call(
    app: Callable[..., Any],
    receive: Callable[[], Any],
    headers: Iterable[tuple[bytes, bytes]],
) -> tuple[int, bytes]:
    """Run one POST /sms through ``app`` with ``receive`` as its body."""
    scope = sms_scope(headers)
    status = 0
    body = b""

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, body
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            body += message.get("body", b"")

    await app(scope, receive, send)
    return status, body


FORM_HEADERS = [
    (b"content-type", b"application/x-www-form-urlencoded"),
    (b"x-twilio-signature", b"wrong-but-present"),
]

# Item 9 (issue 19): a body larger than max_body is refused with 413, reading no more than
# the limit (plus the chunk that crossed it), whatever the signature says.


@pytest.mark.parametrize("make_app", APPS)
async def test_a_50_mb_body_is_refused_after_reading_at_most_the_default_limit(
    make_app: Callable[..., Any],
) -> None:
    body = CountingBody(50 * 1024 * 1024)
    status, _ = await call(make_app(), body, FORM_HEADERS)
    assert status == 413
    assert body.read <= DEFAULT_MAX_BODY + CHUNK
    assert DEFAULT_MAX_BODY <= 1024 * 1024  # "a few hundred KiB"


@pytest.mark.parametrize("make_app", APPS)
async def test_max_body_is_configurable_and_checked_while_streaming(
    make_app: Callable[..., Any],
) -> None:
    body = CountingBody(10 * CHUNK)
    status, _ = await call(make_app(max_body=2 * CHUNK), body, FORM_HEADERS)
    assert status == 413
    assert body.read == 3 * CHUNK  # the chunk that went over, not one more


@pytest.mark.parametrize("make_app", APPS)
async def test_a_content_length_over_the_limit_is_refused_before_reading(
    make_app: Callable[..., Any],
) -> None:
    body = CountingBody(10 * CHUNK)
    headers = [*FORM_HEADERS, (b"content-length", str(10 * CHUNK).encode())]
    status, _ = await call(make_app(max_body=CHUNK), body, headers)
    assert status == 413
    assert body.read == 0


async def test_validate_request_raises_and_the_body_within_the_limit_stays_readable() -> None:
    app_url = "https://example.com/sms"
    encoded = "&".join(f"{k}={v}" for k, v in FORM.items()).replace("+", "%2B").encode()
    signature = signed(app_url, FORM)["X-Twilio-Signature"].encode()
    scope = sms_scope(
        [
            (b"content-type", b"application/x-www-form-urlencoded"),
            (b"x-twilio-signature", signature),
        ]
    )

    def request(total_chunks: list[bytes]) -> Request:
        async def receive() -> dict[str, Any]:
            chunk = total_chunks.pop(0) if total_chunks else b""
            return {"type": "http.request", "body": chunk, "more_body": bool(total_chunks)}

        return Request(scope, receive)

    ok = request([encoded[:10], encoded[10:]])
    assert await validate_request(ok, TOKEN, max_body=len(encoded)) == {
        k: [v] for k, v in FORM.items()
    }
    assert await ok.body() == encoded  # the application can read it again
    with pytest.raises(WebhookBodyTooLargeError) as caught:
        await validate_request(request([encoded]), TOKEN, max_body=len(encoded) - 1)
    assert caught.value.limit == len(encoded) - 1
    with pytest.raises(ValueError, match="max_body"):
        await validate_request(request([encoded]), TOKEN, max_body=0)


# Item 10 (issue 19): a validly signed webhook with a malformed field is a 400 naming it.


def test_a_5000_digit_media_index_is_a_payload_error_naming_the_field() -> None:
    name = "MediaUrl" + "7" * 5000
    with pytest.raises(WebhookPayloadError, match="MediaUrl7777") as caught:
        IncomingMessage.from_form({**FORM, name: "https://example.com/x.png"})
    assert len(str(caught.value)) < 300  # the field is named, not copied whole


@pytest.mark.parametrize("field", ["MediaUrl" + "9" * 5000, "MediaUrl01", "MediaContentType00"])
@pytest.mark.parametrize("make_app", APPS)
def test_signed_webhook_with_a_malformed_field_is_answered_400(
    make_app: Callable[..., Any], field: str
) -> None:
    form = {**FORM, "MediaUrl0": "https://example.com/a.png", field: "x"}
    with TestClient(make_app()) as http:
        response = http.post("/sms", data=form, headers=signed("http://testserver/sms", form))
    assert response.status_code == 400
    assert field[:20] in response.text


@pytest.mark.parametrize("make_app", APPS)
def test_signed_webhook_with_well_numbered_media_is_accepted(make_app: Callable[..., Any]) -> None:
    form = {**FORM, "MediaUrl0": "https://e.com/0", "MediaUrl10": "https://e.com/10"}
    with TestClient(make_app()) as http:
        response = http.post("/sms", data=form, headers=signed("http://testserver/sms", form))
    assert response.status_code == 200
    assert response.text.strip('"') == "2"


# Item 14 (issue 19): a refusal is logged at DEBUG with the URL checked and why, never a
# secret, the signature, a query value or a form field.


def refusal_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "twilio_async.webhooks"]


def everything_logged(records: list[logging.LogRecord]) -> str:
    return "\n".join(f"{r.getMessage()} {r.__dict__}" for r in records)


@pytest.mark.parametrize("make_app", APPS)
def test_a_403_logs_the_url_checked_and_why_without_secrets(
    make_app: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_async.webhooks")
    other_url = "https://public.example.com/sms?tenant=secret-tenant-value"
    signature = signed(other_url, FORM)["X-Twilio-Signature"]
    with TestClient(make_app()) as http:
        response = http.post(
            "/sms?tenant=secret-tenant-value",
            data=FORM,
            headers={"X-Twilio-Signature": signature},
        )
    assert response.status_code == 403
    records = refusal_records(caplog)
    assert len(records) == 1
    record = records[0]
    assert record.levelno == logging.DEBUG
    message = record.getMessage()
    assert "http://testserver/sms?tenant=..." in message
    assert "the signature does not match" in message
    assert record.__dict__["url.full"] == "http://testserver/sms?tenant=..."
    assert record.__dict__["http.response.status_code"] == 403
    logged = everything_logged(records)
    for secret in (TOKEN, signature, "secret-tenant-value", PHONE, FORM["Body"]):
        assert secret not in logged


@pytest.mark.parametrize("make_app", APPS)
def test_a_missing_signature_and_a_proxy_are_named_in_the_log(
    make_app: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_async.webhooks")
    with TestClient(make_app()) as http:
        unsigned = http.post("/sms", data=FORM)
        proxied = http.post(
            "/sms",
            data=FORM,
            headers={
                **signed("https://public.example.com/sms", FORM),
                "X-Forwarded-Proto": "https",
            },
        )
        standard = http.post(
            "/sms",
            data=FORM,
            headers={
                **signed("https://public.example.com/sms", FORM),
                "Forwarded": "for=192.0.2.60;proto=https;host=public.example.com",
            },
        )
    assert [unsigned.status_code, proxied.status_code, standard.status_code] == [403] * 3
    first, second, third = (r.getMessage() for r in refusal_records(caplog))
    assert "no X-Twilio-Signature header" in first
    assert "x-forwarded-proto: https" in second
    assert "public_base_url" in second
    assert "forwarded: proto=https;host=public.example.com" in third
    assert "192.0.2.60" not in third  # the client's address is not the proxy's business here


async def test_a_413_is_logged_too(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_async.webhooks")
    status, _ = await call(starlette_app(max_body=CHUNK), CountingBody(4 * CHUNK), FORM_HEADERS)
    assert status == 413
    (record,) = refusal_records(caplog)
    assert "max_body=65536" in record.getMessage()
    assert record.__dict__["http.response.status_code"] == 413


async def test_invalid_signature_error_message_names_the_url_and_reason() -> None:
    scope = sms_scope([(b"x-twilio-signature", b"nope")], query=b"a=1&b=2")

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    with pytest.raises(InvalidSignatureError) as caught:
        await validate_request(Request(scope, receive), TOKEN)
    assert str(caught.value) == (
        "the signature does not match (checked against https://example.com/sms?a=...&b=...)"
    )
