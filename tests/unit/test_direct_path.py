"""The client's direct path: requests go to its own FastTransport as bytes.

With the client's own httpx client and nothing watching it (no respx or pytest-httpx, no
wrapper around ``AsyncClient.send``, no event hook), a request skips httpx's objects: its
head is built from cached bytes and a 2xx JSON answer is decoded from the raw response.
These tests replace the transport's ``exchange`` with a script, so nothing leaves the
process, and check that the bytes are those httpx would have sent, that every other answer
still becomes the same typed error, and that anything watching httpx turns the path off.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import orjson
import pytest
import respx

from tests.unit.conftest import ACCOUNT_SID, API, AUTH_TOKEN, MESSAGES_PATH, message_json
from tests.unit.otel_support import Otel, in_memory_otel
from twilio_async import (
    AdaptiveLimiter,
    Client,
    ClientClosedError,
    InvalidResponseError,
    RetryPolicy,
    TwilioAPIError,
    TwilioConnectionError,
)
from twilio_async._request import build_call
from twilio_async._session import Session
from twilio_async._transports import FastTransport, PoolClosedError
from twilio_async._transports._wire import RawResponse, encode_request

Answer = RawResponse | BaseException


def json_answer(status: int, body: Any, *headers: tuple[bytes, bytes]) -> RawResponse:
    """A raw answer with a JSON body and ``headers`` (plus a request id)."""
    return (
        status,
        [(b"Content-Type", b"application/json"), (b"Twilio-Request-Id", b"RQ1"), *headers],
        orjson.dumps(body),
        True,
    )


class Scripted(FastTransport):
    """A FastTransport whose direct exchanges answer from a script and are recorded."""

    def __init__(self, *answers: Answer) -> None:
        super().__init__()
        self.answers = list(answers)
        self.sent: list[tuple[str, bytes, bytes | None]] = []
        self.on_exchange: Any = None

    def exchange(
        self,
        url: httpx.URL,
        head: bytes,
        body: bytes | None,
        timeouts: Mapping[str, float | None],
    ) -> Any:
        self.sent.append((str(url), head, body))
        if self.on_exchange is not None:
            self.on_exchange()
        answer = self.answers.pop(0)

        async def reply() -> RawResponse:
            if isinstance(answer, BaseException):
                raise answer
            return answer

        return reply()


def session_of(client: Client) -> Session:
    return client._transport._session


def direct_client(*answers: Answer, **options: Any) -> tuple[Client, Scripted]:
    """A client whose direct path is scripted."""
    client = Client(ACCOUNT_SID, AUTH_TOKEN, **options)
    session = session_of(client)
    assert isinstance(session.direct, FastTransport)  # the client's own, found at creation
    scripted = Scripted(*answers)
    session.direct = scripted
    return client, scripted


async def test_a_create_goes_to_the_transport_as_bytes() -> None:
    client, scripted = direct_client(json_answer(201, message_json(7)))
    async with client:
        message = await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")

    assert message.sid == f"SM{7:032x}"
    assert message.twilio_request_id == "RQ1"
    [(url, head, body)] = scripted.sent
    assert url == API + MESSAGES_PATH
    assert head.startswith(f"POST {MESSAGES_PATH} HTTP/1.1\r\n".encode())
    assert b"\r\nContent-Type: application/x-www-form-urlencoded\r\n" in head
    assert body == b"To=%2B15558675310&From=%2B15017122661&Body=Hi"
    assert f"Content-Length: {len(body)}\r\n".encode() in head


def _calls() -> list[tuple[str, dict[str, Any]]]:
    return [
        ("form post", {"method": "POST", "form": {"To": "+1555", "Body": "é"}}),
        ("get with a query", {"method": "GET", "query": {"PageSize": 50, "To": "+1555"}}),
        ("delete, no body", {"method": "DELETE"}),
        ("json body", {"method": "POST", "json": {"a": [1, 2]}}),
        (
            "header parameters",
            {"method": "POST", "form": {}, "headers": {"X-Twilio-Webhook-Enabled": "true"}},
        ),
    ]


@pytest.mark.parametrize("authorization", [b"Basic QUM6dG9rZW4=", b""], ids=["basic", "none"])
@pytest.mark.parametrize(("what", "spec"), _calls(), ids=[name for name, _ in _calls()])
async def test_the_direct_head_is_the_one_httpx_would_send(
    what: str, spec: dict[str, Any], authorization: bytes
) -> None:
    client, scripted = direct_client(json_answer(200, {}))
    session = session_of(client)
    view = client.with_options(headers={"X-Trace": "abc"})
    call = build_call(
        spec["method"],
        API + MESSAGES_PATH,
        query=spec.get("query"),
        form=spec.get("form"),
        json=spec.get("json"),
        headers=spec.get("headers"),
        default_headers=view._transport._headers,
        deadline_at=None,
        with_response=False,
        operation=None,
    )
    timeouts: dict[str, float | None] = {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}

    await session.outgoing.exchange(scripted, call, timeouts, authorization)
    head, body = encode_request(session.outgoing.request(call, timeouts, authorization))

    assert scripted.sent == [(str(httpx.URL(call.url)), head, body)]
    await client.aclose()


async def test_error_answers_become_the_same_typed_errors() -> None:
    error = {"code": 21211, "message": "Invalid 'To' Phone Number", "status": 400}
    client, scripted = direct_client(json_answer(400, error))
    async with client:
        with pytest.raises(TwilioAPIError) as caught:
            await client.messages.create(to="+1", from_="+15017122661", body="Hi")

    assert caught.value.status == 400
    assert caught.value.code == 21211
    assert caught.value.request_id == "RQ1"
    assert len(scripted.sent) == 1


async def test_a_429_tells_the_limiter_twilios_count_and_is_retried() -> None:
    seen: list[tuple[int | None, int | None]] = []

    class Recording(AdaptiveLimiter):
        async def release(
            self, permit: object, status: int | None, concurrent_requests: int | None = None
        ) -> None:
            seen.append((status, concurrent_requests))
            await super().release(permit, status, concurrent_requests)

    async def no_wait(seconds: float) -> None:
        return None

    throttled = json_answer(
        429, {"code": 20429, "message": "Too many"}, (b"Twilio-Concurrent-Requests", b"37")
    )
    client, scripted = direct_client(
        throttled,
        json_answer(201, message_json(1)),
        limiter=Recording(10),
        retry=RetryPolicy(sleep=no_wait, random=lambda: 0.0),
    )
    async with client:
        message = await client.messages.create(to="+15558675310", from_="+1501", body="Hi")

    assert message.sid == f"SM{1:032x}"
    assert seen == [(429, 37), (201, None)]
    assert len(scripted.sent) == 2


async def test_a_2xx_body_that_is_not_json_is_an_invalid_response() -> None:
    client, _ = direct_client((200, [(b"Content-Type", b"text/html")], b"<html>", True))
    async with client:
        with pytest.raises(InvalidResponseError, match=r"(?i)json"):
            await client.messages("SM" + "1" * 32).fetch()


async def test_http_info_headers_are_httpx_headers() -> None:
    client, _ = direct_client(json_answer(201, message_json(2), (b"ETag", b'"v1"')))
    async with client:
        info = await client.messages.create_with_http_info(to="+1555", from_="+1501", body="x")

    assert info.status_code == 201
    assert isinstance(info.headers, httpx.Headers)
    assert info.headers["twilio-request-id"] == info.headers["Twilio-Request-Id"] == "RQ1"
    assert info.etag == '"v1"'
    assert info.data.twilio_request_id == "RQ1"


async def test_a_connection_error_is_retried_for_a_read() -> None:
    async def no_wait(seconds: float) -> None:
        return None

    client, scripted = direct_client(
        httpx.ConnectError("refused"),
        json_answer(200, message_json(3)),
        retry=RetryPolicy(sleep=no_wait, random=lambda: 0.0),
    )
    async with client:
        message = await client.messages("SM" + "3" * 32).fetch()

    assert message.sid == f"SM{3:032x}"
    assert len(scripted.sent) == 2
    assert client._transport.retries == 1


async def test_a_connection_error_without_retries_names_the_request() -> None:
    client, _ = direct_client(httpx.ConnectError("refused"), retry=None)
    async with client:
        with pytest.raises(TwilioConnectionError, match="ConnectError: refused") as caught:
            await client.messages("SM" + "3" * 32).fetch()
    assert caught.value.method == "GET"


async def test_closing_while_exchanging_is_a_client_closed_error() -> None:
    client, scripted = direct_client(PoolClosedError())
    scripted.on_exchange = lambda: setattr(session_of(client), "closed", True)
    with pytest.raises(ClientClosedError):
        await client.messages("SM" + "4" * 32).fetch()


def _watchers() -> list[str]:
    return ["event hook", "send patched on the instance", "respx httpcore", "respx httpx"]


@pytest.mark.parametrize("watcher", _watchers())
async def test_anything_watching_httpx_turns_the_direct_path_off(
    watcher: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, scripted = direct_client(json_answer(201, message_json(5)))
    http = session_of(client).http
    seen: list[str] = []
    answer = httpx.Response(201, json=message_json(6), headers={"Twilio-Request-Id": "RQ2"})

    async def hook(request: httpx.Request) -> None:
        seen.append(request.method)

    async def send(request: httpx.Request, **kwargs: Any) -> httpx.Response:
        seen.append(request.method)
        answer.request = request
        return answer

    router = None
    if watcher == "event hook":
        http.event_hooks = {"request": [hook], "response": []}
        monkeypatch.setattr(FastTransport, "handle_async_request", _answer_with(answer))
    elif watcher == "send patched on the instance":
        monkeypatch.setattr(http, "send", send)
    else:
        router = respx.mock(using=watcher.split()[1])
        router.start()
        router.post(API + MESSAGES_PATH).mock(side_effect=send)
    try:
        async with client:
            message = await client.messages.create(to="+15558675310", from_="+1501", body="Hi")
    finally:
        if router is not None:
            router.stop()

    assert scripted.sent == []
    assert seen == ["POST"]
    assert message.sid == f"SM{6:032x}"
    assert message.twilio_request_id == "RQ2"


def _answer_with(answer: httpx.Response) -> Any:
    async def handle(self: FastTransport, request: httpx.Request) -> httpx.Response:
        answer.request = request
        return answer

    return handle


async def test_a_client_on_a_user_http_client_has_no_direct_path() -> None:
    async with httpx.AsyncClient() as http:
        client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http)
        assert session_of(client).direct is None


async def test_a_proxied_client_has_no_direct_path() -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN, proxy="http://127.0.0.1:9")
    async with client:
        assert session_of(client).direct is None


async def test_a_compressed_answer_is_decoded_as_httpx_would() -> None:
    body = gzip.compress(orjson.dumps(message_json(8)))
    answer = (200, [(b"Content-Encoding", b"gzip"), (b"Twilio-Request-Id", b"RQ8")], body, True)
    client, _ = direct_client(answer)
    async with client:
        message = await client.messages("SM" + "8" * 32).fetch()

    assert message.sid == f"SM{8:032x}"
    assert message.twilio_request_id == "RQ8"


@pytest.fixture
def otel() -> Iterator[Otel]:
    yield from in_memory_otel()


async def test_a_traced_request_takes_the_direct_path_too(otel: Otel) -> None:
    client, scripted = direct_client(
        json_answer(201, message_json(9)),
        tracer_provider=otel.tracer_provider,
        meter_provider=otel.meter_provider,
    )
    async with client:
        message = await client.messages.create(to="+15558675310", from_="+1501", body="Hi")

    assert message.twilio_request_id == "RQ1"
    assert len(scripted.sent) == 1
    span = otel.only_span()
    assert span.attributes is not None
    assert span.attributes["http.response.status_code"] == 201
    assert span.attributes["twilio.request_id"] == "RQ1"


async def test_a_logged_request_takes_the_direct_path_too(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client, scripted = direct_client(json_answer(429, {"code": 20429, "message": "Busy"}))
    caplog.set_level(logging.INFO, logger="twilio_async")
    async with client:
        with pytest.raises(TwilioAPIError):
            await client.with_options(retry=None).messages.create(
                to="+15558675310", from_="+1501", body="Hi"
            )

    assert len(scripted.sent) == 1
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("HTTP ")]
    assert "-> 429 (request id RQ1" in line
    assert "5558675310" not in line
