"""``client.request``: host routing (regions, base_url), limits and argument checks."""

from __future__ import annotations

import anyio
import httpx
import pytest
import respx

from twilio_async import Client, InvalidResponseError, RawResponse

from .conftest import ACCOUNT_SID, AUTH_TOKEN


async def test_product_hosts_follow_the_clients_region_and_edge() -> None:
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get("https://mcs.sydney.au1.twilio.com/v1/Services?PageSize=5").respond(
            200, json={"services": []}
        )
        async with Client(ACCOUNT_SID, AUTH_TOKEN, region="au1", edge="sydney") as client:
            answer = await client.request(
                "GET", "https://mcs.twilio.com/v1/Services", params={"PageSize": 5}
            )
    assert answer.json() == {"services": []}
    assert route.calls.last.request.headers["Authorization"].startswith("Basic ")


async def test_a_base_url_mapping_without_the_product_is_a_clear_error() -> None:
    async with Client(ACCOUNT_SID, AUTH_TOKEN, base_url={"api": "http://127.0.0.1:9"}) as client:
        with pytest.raises(ValueError, match="no base URL for the 'mcs' product"):
            await client.request("GET", "https://mcs.twilio.com/v1/Services")


async def test_allow_any_host_is_explicit() -> None:
    with respx.mock() as mock:
        route = mock.get("https://proxy.internal.example/v1/x").respond(200, text="plain")
        async with Client(ACCOUNT_SID, AUTH_TOKEN) as client:
            with pytest.raises(ValueError, match="allow_any_host=True"):
                await client.request("GET", "https://proxy.internal.example/v1/x")
            assert route.call_count == 0
            answer = await client.request(
                "GET", "https://proxy.internal.example/v1/x", allow_any_host=True
            )
    assert answer.text == "plain"
    with pytest.raises(InvalidResponseError, match="not JSON"):
        answer.json()


async def test_escape_hatch_requests_share_the_concurrency_limit() -> None:
    in_flight = most = 0
    release = anyio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await release.wait()
        in_flight -= 1
        return httpx.Response(200, json={})

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with (
        Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http, max_concurrency=2) as client,
        anyio.create_task_group() as tg,
    ):
        for _ in range(6):
            tg.start_soon(client.request, "GET", "https://beta.twilio.com/v1/Things")
        await anyio.wait_all_tasks_blocked()
        assert in_flight == 2  # the others wait for a slot
        release.set()
    assert most == 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"method": "FETCH"}, "method must be one of"),
        ({"data": {"a": 1}, "json": {"a": 1}}, "one body at most"),
        ({"content": "text"}, "content must be bytes"),
        ({"json": {}, "content_type": "image/png"}, "content_type= describes content="),
        ({"content": b"x", "content_type": "image/png\r\nX: y"}, "'Content-Type' contains"),
        ({"content": b"x", "content_type": "png"}, "must be a media type"),
        ({"headers": {"Content-Type": "x/y"}}, "set by the client itself"),
        ({"auth": "basic"}, "auth must be"),
    ],
)
async def test_bad_arguments_fail_before_sending(kwargs: dict[str, object], message: str) -> None:
    with respx.mock() as mock:
        async with Client(ACCOUNT_SID, AUTH_TOKEN) as client:
            method = str(kwargs.pop("method", "POST"))
            with pytest.raises((ValueError, TypeError), match=message):
                await client.request(method, "https://beta.twilio.com/v1/x", **kwargs)  # type: ignore[arg-type]
        assert mock.calls.call_count == 0


def test_raw_response_repr_hides_the_body() -> None:
    answer = RawResponse(200, httpx.Headers({"Twilio-Request-Id": "RQ1"}), b"secret", "u")
    assert "secret" not in repr(answer)
    assert answer.request_id == "RQ1"


def test_raw_response_repr_hides_phone_numbers_in_its_url() -> None:
    url = "https://lookups.twilio.com/v2/PhoneNumbers/+15558675310?To=%2B15558675311&PageSize=5"
    answer = RawResponse(200, httpx.Headers(), b"{}", url)
    shown = repr(answer)

    assert "5558675310" not in shown
    assert "5558675311" not in shown
    assert "PageSize=5" in shown
    assert shown.startswith("RawResponse(status_code=200, url='https://lookups.twilio.com/v2/")
    assert answer.url == url  # the attribute keeps the whole URL


async def test_escape_hatch_calls_are_traced_like_generated_ones() -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    service = "IS" + "1" * 32
    with respx.mock() as mock:
        mock.get("https://beta.twilio.com/v1/Things").respond(200, json={})
        mock.post(f"https://mcs.twilio.com/v1/Services/{service}/Media").respond(
            201, json={"sid": "ME1", "size": 3}, headers={"Twilio-Request-Id": "RQ3"}
        )
        async with Client(ACCOUNT_SID, AUTH_TOKEN, tracer_provider=provider) as client:
            await client.request("GET", "https://beta.twilio.com/v1/Things")
            media = await client.upload_media(service, b"abc", content_type="text/plain")
    assert media.twilio_request_id == "RQ3"
    assert media.size == 3
    finished = spans.get_finished_spans()
    assert [span.attributes["http.request.method"] for span in finished] == ["GET", "POST"]
    assert finished[1].name == "twilio POST /v1/Services/{sid}/Media"  # the SID templated out
    provider.shutdown()
