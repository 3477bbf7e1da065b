"""OpenTelemetry spans, metrics and structured log fields, read back from in-memory exporters
(see ``otel_support``). Personal data and secrets: ``test_redaction``."""

from __future__ import annotations

import base64
import itertools
import logging
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import attrs
import httpx
import pytest
import respx
from opentelemetry import trace
from opentelemetry.trace import SpanKind, StatusCode

from twilio_async import (
    Client,
    InvalidRequestError,
    NotFoundError,
    TwilioOutcomeUnknownError,
)
from twilio_async._limiter import AdaptiveLimiter
from twilio_async._telemetry import _otel, fallback_operation, operation_name
from twilio_async._telemetry._otel import Backend

from .conftest import (
    ACCOUNT_SID,
    API,
    AUTH_TOKEN,
    MESSAGES_PATH,
    FakeTime,
    error_json,
    message_json,
    message_path,
    run_python,
)
from .otel_support import Otel, in_memory_otel

SID = f"SM{1:032x}"
BODY = "Meet me at the usual place 7f3a9c"  # must never reach telemetry
API_KEY = "SK" + "b" * 32
API_SECRET = "api-secret-value-never-exported-42"


@pytest.fixture
def otel() -> Iterator[Otel]:
    yield from in_memory_otel()


@pytest.fixture
async def client(otel: Otel, mock: respx.MockRouter, fake_time: FakeTime) -> AsyncIterator[Client]:
    async with otel.client(fake_time) as c:
        yield c


def reply(status: int, body: Any, request_id: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"Twilio-Request-Id": request_id})


async def create(client: Client) -> object:
    return await client.messages.create(to="+15558675310", from_="+15017122661", body=BODY)


def point(otel: Otel, name: str, **attributes: Any) -> Any:
    """The one data point of ``name`` whose attributes include ``attributes``."""
    matches = [
        p
        for p in otel.metrics().get(name, [])
        if all(p.attributes.get(k) == v for k, v in attributes.items())
    ]
    assert len(matches) == 1, (name, attributes, otel.metrics().get(name))
    return matches[0]


# --- spans and metrics per scenario --------------------------------------------------------


async def test_success_is_one_client_span_with_http_and_twilio_attributes(
    client: Client, mock: respx.MockRouter, otel: Otel
) -> None:
    mock.post(MESSAGES_PATH).mock(return_value=reply(201, message_json(1), "RQ" + "1" * 32))
    await create(client)
    span = otel.only_span()
    assert span.name == "twilio messages.create"
    assert span.kind is SpanKind.CLIENT
    assert span.status.status_code is StatusCode.UNSET
    attributes = dict(span.attributes or {})
    assert attributes == {
        "http.request.method": "POST",
        "server.address": "api.twilio.com",
        "server.port": 443,
        "url.full": API + MESSAGES_PATH,
        "http.response.status_code": 201,
        "twilio.request_id": "RQ" + "1" * 32,
        "twilio.resource_sid": SID,
        "twilio.attempts": 1,
    }
    assert span.events == ()
    duration = point(otel, "http.client.request.duration", **{"http.response.status_code": 201})
    assert duration.count == 1
    assert duration.attributes["twilio.operation"] == "messages.create"
    assert "error.type" not in duration.attributes
    assert "twilio.client.retries" not in otel.metrics()


async def test_a_retried_429_is_an_event_and_counted(
    client: Client, mock: respx.MockRouter, otel: Otel, fake_time: FakeTime
) -> None:
    mock.post(MESSAGES_PATH).mock(
        side_effect=[
            reply(429, error_json(20429, 429, "Too many concurrent requests"), "RQ-first"),
            reply(201, message_json(1), "RQ-second"),
        ]
    )
    await create(client)
    span = otel.only_span()
    assert span.status.status_code is StatusCode.UNSET
    assert span.attributes is not None
    assert span.attributes["http.request.resend_count"] == 1
    assert span.attributes["twilio.attempts"] == 2
    assert span.attributes["twilio.request_id"] == "RQ-second"
    assert span.attributes["twilio.retry.backoff_duration"] == pytest.approx(sum(fake_time.sleeps))
    (event,) = span.events
    assert event.name == "twilio.retry"
    assert dict(event.attributes or {}) == {
        "twilio.attempt": 1,
        "twilio.retry.delay": pytest.approx(fake_time.sleeps[0]),
        "http.response.status_code": 429,
        "error.type": "429",
        "twilio.error_code": 20429,
        "twilio.request_id": "RQ-first",
    }
    assert point(otel, "twilio.client.retries", **{"error.type": "429"}).value == 1
    assert point(otel, "twilio.client.rate_limited", **{"twilio.error_code": 20429}).value == 1
    throttled = point(otel, "http.client.request.duration", **{"error.type": "429"})
    assert throttled.count == 1
    assert point(otel, "http.client.request.duration", **{"http.response.status_code": 201})


async def test_post_with_unknown_outcome_is_marked(
    client: Client, mock: respx.MockRouter, otel: Otel
) -> None:
    mock.post(MESSAGES_PATH).mock(return_value=reply(500, error_json(20500, 500), "RQ-500"))
    with pytest.raises(TwilioOutcomeUnknownError):
        await create(client)
    span = otel.only_span()
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "outcome unknown: 500 (Twilio error 20500)"
    assert span.attributes is not None
    assert span.attributes["twilio.outcome"] == "unknown"
    assert span.attributes["error.type"] == "500"
    assert span.attributes["twilio.request_id"] == "RQ-500"
    assert span.attributes["twilio.attempts"] == 1


async def test_post_lost_in_a_read_timeout_names_the_timeout(
    client: Client, mock: respx.MockRouter, otel: Otel
) -> None:
    mock.post(MESSAGES_PATH).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(TwilioOutcomeUnknownError):
        await create(client)
    span = otel.only_span()
    assert span.attributes is not None
    assert span.attributes["twilio.outcome"] == "unknown"
    assert span.attributes["error.type"] == "ReadTimeout"
    assert "http.response.status_code" not in span.attributes
    assert point(otel, "http.client.request.duration", **{"error.type": "ReadTimeout"}).count == 1


async def test_404_is_an_error_span_with_twilio_code(
    client: Client, mock: respx.MockRouter, otel: Otel
) -> None:
    mock.get(message_path(SID)).mock(return_value=reply(404, error_json(20404, 404), "RQ-404"))
    with pytest.raises(NotFoundError):
        await client.messages(SID).fetch()
    span = otel.only_span()
    assert span.name == "twilio messages.fetch"
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "404 (Twilio error 20404)"
    assert span.attributes is not None
    assert span.attributes["error.type"] == "404"
    assert span.attributes["twilio.error_code"] == 20404
    assert span.attributes["http.response.status_code"] == 404
    assert "twilio.outcome" not in span.attributes
    assert "twilio.client.retries" not in otel.metrics()


def page(index: int, next_page: str | None) -> dict[str, Any]:
    return {
        "messages": [message_json(index)],
        "next_page_uri": next_page,
        "page": index,
        "page_size": 1,
    }


async def test_stream_over_three_pages_is_three_spans_under_the_callers_span(
    client: Client, mock: respx.MockRouter, otel: Otel
) -> None:
    second = f"{MESSAGES_PATH}?PageSize=1&Page=1&PageToken=PAb"
    third = f"{MESSAGES_PATH}?PageSize=1&Page=2&PageToken=PAc"
    mock.get(MESSAGES_PATH).mock(
        side_effect=[
            reply(200, page(1, second), "RQ-p1"),
            reply(200, page(2, third), "RQ-p2"),
            reply(200, page(3, None), "RQ-p3"),
        ]
    )
    tracer = otel.tracer_provider.get_tracer("app")
    with tracer.start_as_current_span("report") as parent:
        sids = [m.sid async for m in client.messages.stream(page_size=1)]
    assert len(sids) == 3
    *pages, root = otel.finished()
    assert root.name == "report"
    assert [s.name for s in pages] == ["twilio messages.list"] * 3
    assert [(s.attributes or {})["twilio.request_id"] for s in pages] == ["RQ-p1", "RQ-p2", "RQ-p3"]
    for span in pages:
        assert span.parent is not None
        assert span.parent.span_id == parent.get_span_context().span_id
    urls = [(s.attributes or {})["url.full"] for s in pages]
    assert urls == [f"{API}{MESSAGES_PATH}?PageSize=1", API + second, API + third]
    assert point(otel, "http.client.request.duration").count == 3


async def test_limiter_gauges_see_requests_in_flight_and_waiting(
    mock: respx.MockRouter, otel: Otel, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_otel, "_NOTABLE_WAIT", 0.0)  # every wait becomes an attribute
    client = otel.client(fake_time, max_concurrency=1)
    arrived, release = anyio.Event(), anyio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        arrived.set()
        await release.wait()
        return reply(201, message_json(1), "RQ")

    route = mock.post(MESSAGES_PATH).mock(return_value=reply(201, message_json(1), "RQ"))
    await create(client)  # the first call registers the client's limiter
    route.mock(side_effect=slow)
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(create, client)
            await arrived.wait()
            tasks.start_soon(create, client)
            await anyio.wait_all_tasks_blocked()  # the second task is queued for the slot
            assert point(otel, "twilio.client.limiter.in_flight").value == 1
            assert point(otel, "twilio.client.limiter.waiting").value == 1
            assert point(otel, "twilio.client.limiter.limit").value == 1
            release.set()
    assert point(otel, "twilio.client.limiter.in_flight").value == 0
    assert point(otel, "twilio.client.limiter.waiting").value == 0
    *_, held, queued = otel.finished()
    held_wait = (held.attributes or {})["twilio.limiter.wait_duration"]
    queued_wait = (queued.attributes or {})["twilio.limiter.wait_duration"]
    assert queued_wait > held_wait  # it waited for the held request's slot
    await client.aclose()


async def test_the_limiter_wait_ends_at_admission_not_when_the_request_is_built(
    client: Client, mock: respx.MockRouter, otel: Otel, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The request is built after admission; however long that takes, it is not slot wait.
    from twilio_async._outgoing import Outgoing

    now = [1000.0]
    monkeypatch.setattr(_otel.time, "perf_counter", lambda: now[0])
    build = Outgoing.request

    def slow_build(self: Outgoing, *args: Any) -> httpx.Request:
        now[0] += 5.0  # far above the wait the span reports
        return build(self, *args)

    monkeypatch.setattr(Outgoing, "request", slow_build)
    mock.post(MESSAGES_PATH).mock(return_value=reply(201, message_json(1), "RQ"))
    await create(client)
    assert "twilio.limiter.wait_duration" not in (otel.only_span().attributes or {})


# --- secrets -------------------------------------------------------------------------------


async def test_no_secret_or_message_body_in_any_span_or_metric_attribute(
    mock: respx.MockRouter, otel: Otel, fake_time: FakeTime
) -> None:
    # Error bodies echo the message body, as a careless proxy or a future API might.
    answers = itertools.cycle(
        [
            (429, error_json(20429, 429, f"echo {BODY}")),
            (201, message_json(1, body=BODY)),
            (400, error_json(21211, 400, f"The 'To' number is invalid: {BODY}")),
            (502, error_json(20502, 502, BODY)),
        ]
    )
    mock.post(MESSAGES_PATH).mock(side_effect=lambda request: reply(*next(answers), "RQ"))
    mock.get(message_path(SID)).mock(return_value=reply(404, error_json(20404, 404, BODY), "R5"))
    mock.get(MESSAGES_PATH).mock(return_value=reply(200, page(1, None), "RQ6"))
    for credentials in ({}, {"api_key": API_KEY, "api_secret": API_SECRET}):
        async with otel.client(fake_time, **credentials) as client:
            await create(client)  # 429, then 201
            with pytest.raises(InvalidRequestError):
                await create(client)
            with pytest.raises(TwilioOutcomeUnknownError):
                await create(client)
            with pytest.raises(NotFoundError):
                await client.messages(SID).fetch()
            assert [m async for m in client.messages.stream(to="+15558675310")]
    values = otel.every_value()
    assert len(otel.finished()) == 10
    assert "twilio.retry" in values  # the scan did see the events
    for username, password in ((ACCOUNT_SID, AUTH_TOKEN), (API_KEY, API_SECRET)):
        basic = base64.b64encode(f"{username}:{password}".encode()).decode()
        for secret in (password, basic, BODY, "Meet me"):
            leaks = [v for v in values if secret in v]
            assert not leaks, (secret, leaks)


@pytest.mark.parametrize(
    ("operation", "name"),
    [
        ("api.v2010.accounts.messages.create", "messages.create"),
        ("api.v2010.accounts.messages.media.list", "messages.media.list"),
        ("api.v2010.accounts.fetch", "accounts.fetch"),
        ("verify.v2.services.verifications.create", "verify.services.verifications.create"),
        ("messages.create", "messages.create"),
    ],
)
def test_operation_ids_become_short_span_names(operation: str, name: str) -> None:
    assert operation_name(operation) == name


def test_fallback_operation_is_the_path_template() -> None:
    url = f"{API}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{SID}.json?PageSize=2"
    assert fallback_operation("GET", url) == "GET /2010-04-01/Accounts/{sid}/Messages/{sid}.json"


async def test_direct_transport_call_without_operation_uses_the_fallback_name(
    client: Client, mock: respx.MockRouter, otel: Otel
) -> None:
    mock.get(message_path(SID)).mock(return_value=reply(200, message_json(1), "RQ"))
    await client.transport.request("GET", "api", message_path(SID))
    span = otel.only_span()
    assert span.name == "twilio GET /2010-04-01/Accounts/{sid}/Messages/{sid}.json"


# --- logs ----------------------------------------------------------------------------------


async def test_log_records_carry_structured_fields(
    client: Client, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    mock.post(MESSAGES_PATH).mock(
        side_effect=[
            reply(429, error_json(20429, 429), "RQ-a"),
            reply(503, error_json(20503, 503), "RQ-b"),
            reply(500, error_json(20500, 500), "RQ-c"),
        ]
    )
    with (
        caplog.at_level(logging.DEBUG, logger="twilio_async"),
        pytest.raises(TwilioOutcomeUnknownError),
    ):
        await create(client)
    # The INFO line of each response (TWILIO_LOG=info) carries the same fields.
    responses = [r for r in caplog.records if r.levelno == logging.INFO]
    assert [getattr(r, "twilio.request_id", None) for r in responses] == ["RQ-a", "RQ-b", "RQ-c"]
    records = [
        r for r in caplog.records if hasattr(r, "twilio.attempt") and r.levelno == logging.DEBUG
    ]
    fields = [
        {
            key: getattr(r, key, None)
            for key in (
                "http.request.method",
                "url.full",
                "http.response.status_code",
                "twilio.error_code",
                "twilio.request_id",
                "twilio.attempt",
                "twilio.operation",
                "twilio.outcome",
            )
        }
        for r in records
    ]
    common = {
        "http.request.method": "POST",
        "url.full": API + MESSAGES_PATH,
        "twilio.operation": "messages.create",
    }
    assert fields == [
        {
            **common,
            "http.response.status_code": 429,
            "twilio.error_code": 20429,
            "twilio.request_id": "RQ-a",
            "twilio.attempt": 1,
            "twilio.outcome": None,
        },
        {
            **common,
            "http.response.status_code": 503,
            "twilio.error_code": 20503,
            "twilio.request_id": "RQ-b",
            "twilio.attempt": 2,
            "twilio.outcome": None,
        },
        {
            **common,
            "http.response.status_code": 500,
            "twilio.error_code": 20500,
            "twilio.request_id": "RQ-c",
            "twilio.attempt": 3,
            "twilio.outcome": "unknown",
        },
    ]
    assert [getattr(r, "twilio.retry.delay", None) is not None for r in records] == [
        True,
        True,
        False,
    ]
    for record in records:
        assert AUTH_TOKEN not in str(record.__dict__)
        assert BODY not in str(record.__dict__)


# --- no cost without OpenTelemetry ---------------------------------------------------------


def test_nothing_from_opentelemetry_is_imported_when_the_app_does_not_use_it() -> None:
    out = run_python(
        f"""
        import asyncio, sys, httpx, respx
        from twilio_async import Client

        async def main():
            with respx.mock(base_url="{API}") as mock:
                mock.post("{MESSAGES_PATH}").mock(
                    side_effect=[httpx.Response(429), httpx.Response(201, json={{"sid": "SM1"}})]
                )
                async with Client("{ACCOUNT_SID}", "{AUTH_TOKEN}") as client:
                    await client.transport.request("POST", "api", "{MESSAGES_PATH}", form={{}})
        asyncio.run(main())
        print(sorted(m for m in sys.modules if m.startswith("opentelemetry")))
        print("twilio_async._telemetry._otel" in sys.modules)
        """
    )
    assert out.split() == ["[]", "False"]


async def test_api_without_an_sdk_records_nothing(
    mock: respx.MockRouter, fake_time: FakeTime
) -> None:
    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    mock.post(MESSAGES_PATH).mock(return_value=reply(201, message_json(1), "RQ"))
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy()) as client:
        assert client.transport._session.telemetry.start(_probe()) is None
        await create(client)


def test_an_sdk_configured_after_the_first_call_is_used_from_the_next_recheck(
    monkeypatch: pytest.MonkeyPatch, otel: Otel
) -> None:
    backend = Backend(AdaptiveLimiter(5), None, None)
    assert backend.start(_probe()) is None  # the API's stand-ins: nothing to record
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: otel.tracer_provider)
    assert backend.start(_probe()) is None  # not looked up again within the second
    backend._recheck_at = 0.0  # as if the second had passed
    assert backend.start(_probe()) is not None
    assert backend.tracer is not None


async def test_an_unusable_opentelemetry_leaves_calls_untraced(
    mock: respx.MockRouter, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "twilio_async._telemetry._otel", None)  # import fails
    mock.post(MESSAGES_PATH).mock(return_value=reply(201, message_json(1), "RQ"))
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy()) as client:
        assert (await create(client)).sid == SID  # type: ignore[attr-defined]
        assert client.transport._session.telemetry.start(_probe()) is None


@attrs.define
class _Probe:
    method: str = "GET"
    url: str = API + "/x"
    operation: str | None = None


def _probe() -> _Probe:
    return _Probe()


# --- trio ----------------------------------------------------------------------------------


def test_spans_on_trio(mock: respx.MockRouter, otel: Otel, fake_time: FakeTime) -> None:
    mock.post(MESSAGES_PATH).mock(
        side_effect=[
            reply(429, error_json(20429, 429), "RQ-1"),
            reply(201, message_json(1), "RQ-2"),
        ]
    )

    async def main() -> None:
        async with otel.client(fake_time) as client:
            await create(client)

    anyio.run(main, backend="trio")
    span = otel.only_span()
    assert span.name == "twilio messages.create"
    assert (span.attributes or {})["http.request.resend_count"] == 1
    assert [event.name for event in span.events] == ["twilio.retry"]
