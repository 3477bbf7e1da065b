"""Twilio's retries handled once: the in-memory store, process_once, and the middleware that
replays the first response, under Starlette and FastAPI."""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at
# runtime, and they name dependencies local to the app builders.
import logging
from typing import Annotated, Any

import anyio
import httpx
import pytest
from fastapi import Depends, FastAPI, Response
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.routing import Route
from twilio.request_validator import RequestValidator as OfficialValidator

from twilio_async.twiml import MessagingResponse
from twilio_async.webhooks import (
    Claim,
    DeduplicateWebhooks,
    DeduplicationStore,
    DeliveryInProgressError,
    IncomingMessage,
    InMemoryDeduplicationStore,
    process_once,
    twilio_webhook,
)

TOKEN = "12345678901234567890123456789012"
FORM = {
    "MessageSid": "SM" + "1" * 32,
    "AccountSid": "AC" + "a" * 32,
    "From": "+15558675310",
    "To": "+15017122661",
    "Body": "hello",
}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# The in-memory store ------------------------------------------------------------------------


async def test_claim_complete_and_replay() -> None:
    store = InMemoryDeduplicationStore()
    assert isinstance(store, DeduplicationStore)
    first = await store.claim("k", lease=30)
    assert first.state == "new"
    assert first.owner is not None
    assert await store.claim("k", lease=30) == Claim("pending")
    await store.complete("k", first.owner, b"answer")
    assert await store.claim("k", lease=30) == Claim("done", record=b"answer")


async def test_a_released_claim_is_done_again_and_a_stranger_cannot_release() -> None:
    store = InMemoryDeduplicationStore()
    first = await store.claim("k", lease=30)
    assert first.owner is not None
    await store.release("k", "someone-else")
    assert (await store.claim("k", lease=30)).state == "pending"
    await store.release("k", first.owner)
    assert (await store.claim("k", lease=30)).state == "new"


async def test_leases_and_ttl_expire_on_the_injected_clock() -> None:
    clock = Clock()
    store = InMemoryDeduplicationStore(ttl=600, clock=clock)
    crashed = await store.claim("k", lease=30)
    clock.now += 30  # the claimant died: its lease lapses
    taken_over = await store.claim("k", lease=30)
    assert taken_over.state == "new"
    assert taken_over.owner is not None
    assert crashed.owner is not None
    await store.complete("k", crashed.owner, b"late")  # the old owner cannot overwrite
    assert (await store.claim("k", lease=30)).state == "pending"
    await store.complete("k", taken_over.owner, b"done")
    clock.now += 599
    assert (await store.claim("k", lease=30)).state == "done"
    clock.now += 1
    assert (await store.claim("k", lease=30)).state == "new"


async def test_the_store_is_bounded() -> None:
    store = InMemoryDeduplicationStore(max_entries=3)
    for index in range(10):
        claim = await store.claim(f"k{index}", lease=30)
        assert claim.owner is not None
        await store.complete(f"k{index}", claim.owner, b"")
    assert len(store) == 3
    assert (await store.claim("k0", lease=30)).state == "new"  # forgotten first
    assert (await store.claim("k9", lease=30)).state == "done"
    with pytest.raises(ValueError, match="max_entries"):
        InMemoryDeduplicationStore(max_entries=0)


async def test_a_waiter_wakes_when_the_first_delivery_completes() -> None:
    store = InMemoryDeduplicationStore()
    first = await store.claim("k", lease=30)
    assert first.owner is not None
    waiting = anyio.Event()
    woke_to: list[Claim] = []

    async def second_delivery() -> None:
        waiting.set()
        await store.wait("k", seconds=30)
        woke_to.append(await store.claim("k", lease=30))

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(second_delivery)
        await waiting.wait()
        await store.complete("k", first.owner, b"answer")
    assert woke_to == [Claim("done", record=b"answer")]


def test_the_store_runs_on_trio() -> None:
    async def main() -> Claim:
        store = InMemoryDeduplicationStore()
        async with process_once(store, "EZ1") as first:
            assert first
        return await store.claim("EZ1", lease=1)

    assert anyio.run(main, backend="trio").state == "done"


# process_once, for Event Streams ids --------------------------------------------------------


async def test_process_once_does_the_work_once_and_again_after_a_failure() -> None:
    store = InMemoryDeduplicationStore()
    handled: list[str] = []

    async def deliver(event_id: str, *, fail: bool = False) -> None:
        async with process_once(store, event_id) as first:
            if first:
                if fail:
                    raise RuntimeError("handler failed")
                handled.append(event_id)

    with pytest.raises(RuntimeError):
        await deliver("EZ1", fail=True)
    await deliver("EZ1")
    await deliver("EZ1")
    await deliver("EZ2")
    assert handled == ["EZ1", "EZ2"]


async def test_process_once_refuses_while_another_delivery_holds_the_key() -> None:
    store = InMemoryDeduplicationStore()
    await store.claim("EZ1", lease=30)
    with pytest.raises(DeliveryInProgressError, match="EZ1"):
        async with process_once(store, "EZ1", wait=0):
            pytest.fail("the body must not run")


# The middleware -----------------------------------------------------------------------------


class Handler:
    """The webhook's work: counts the deliveries that reach it, can fail or hold."""

    def __init__(self) -> None:
        self.calls = 0
        self.fail = False
        self.entered = anyio.Event()
        self.proceed: anyio.Event | None = None

    async def __call__(self, message: IncomingMessage) -> Response:
        self.calls += 1
        self.entered.set()
        if self.proceed is not None:
            await self.proceed.wait()
        if self.fail:
            raise RuntimeError("the handler failed")
        reply = MessagingResponse()
        reply.message(f"reply #{self.calls} to {message.body}")
        return Response(str(reply), media_type="application/xml")


def starlette_app(handler: Handler, **options: Any) -> Any:
    incoming = twilio_webhook(IncomingMessage, TOKEN)

    async def sms(request: Request) -> Response:
        return await handler(await incoming(request))

    return Starlette(
        routes=[Route("/sms", sms, methods=["POST"])],
        middleware=[Middleware(DeduplicateWebhooks, **options)],
    )


def fastapi_app(handler: Handler, **options: Any) -> Any:
    app = FastAPI()
    incoming = twilio_webhook(IncomingMessage, TOKEN)

    @app.post("/sms")
    async def sms(message: Annotated[IncomingMessage, Depends(incoming)]) -> Response:
        return await handler(message)

    app.add_middleware(DeduplicateWebhooks, **options)
    return app


APPS = [pytest.param(starlette_app, id="starlette"), pytest.param(fastapi_app, id="fastapi")]
SIGNATURE = OfficialValidator(TOKEN).compute_signature("https://example.com/sms", FORM)


def client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
        base_url="https://example.com",
    )


async def deliver(http: httpx.AsyncClient, token: str | None, **changes: str) -> httpx.Response:
    headers = {"X-Twilio-Signature": changes.pop("signature", SIGNATURE)}
    if token is not None:
        headers["I-Twilio-Idempotency-Token"] = token
    return await http.post("/sms", data={**FORM, **changes}, headers=headers)


@pytest.mark.parametrize("make_app", APPS)
async def test_a_retry_gets_the_first_response_without_running_the_handler(make_app: Any) -> None:
    handler = Handler()
    async with client(make_app(handler)) as http:
        first = await deliver(http, "token-1")
        retry = await deliver(http, "token-1")
        other = await deliver(http, "token-2")
        untracked = [await deliver(http, None), await deliver(http, None)]
    assert handler.calls == 4
    assert first.status_code == retry.status_code == 200
    assert retry.content == first.content
    assert "reply #1 to hello" in retry.text
    assert retry.headers["content-type"] == first.headers["content-type"]
    assert "reply #2" in other.text
    assert [r.text.count("reply #") for r in untracked] == [1, 1]


@pytest.mark.parametrize("make_app", APPS)
async def test_after_a_failure_or_a_forged_request_the_next_delivery_runs(make_app: Any) -> None:
    handler = Handler()
    async with client(make_app(handler)) as http:
        forged = await deliver(http, "token-1", signature="forged", Body="evil")
        handler.fail = True
        failed = await deliver(http, "token-1")
        handler.fail = False
        retried = await deliver(http, "token-1")
        again = await deliver(http, "token-1")
    assert (forged.status_code, failed.status_code) == (403, 500)
    assert retried.status_code == again.status_code == 200
    assert handler.calls == 2  # the failed delivery and its successful retry
    assert again.content == retried.content


class SignallingStore(InMemoryDeduplicationStore):
    """Says when a delivery starts waiting for another."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = anyio.Event()

    async def wait(self, key: str, *, seconds: float) -> None:
        self.waiting.set()
        await super().wait(key, seconds=seconds)


@pytest.mark.parametrize("make_app", APPS)
async def test_a_retry_during_the_first_delivery_waits_for_its_response(make_app: Any) -> None:
    handler = Handler()
    handler.proceed = anyio.Event()
    store = SignallingStore()
    responses: list[httpx.Response] = []
    async with client(make_app(handler, store=store)) as http:

        async def one() -> None:
            responses.append(await deliver(http, "token-1"))

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(one)
            await handler.entered.wait()
            tasks.start_soon(one)  # Twilio's retry, while the first is still at work
            await store.waiting.wait()
            handler.proceed.set()
    assert handler.calls == 1
    assert [r.status_code for r in responses] == [200, 200]
    assert responses[0].content == responses[1].content


@pytest.mark.parametrize("make_app", APPS)
async def test_a_retry_that_waited_long_enough_is_answered_409(make_app: Any) -> None:
    handler = Handler()
    handler.proceed = anyio.Event()
    async with client(make_app(handler, wait=0)) as http, anyio.create_task_group() as tasks:
        tasks.start_soon(deliver, http, "token-1")
        await handler.entered.wait()
        retry = await deliver(http, "token-1")
        handler.proceed.set()
    assert retry.status_code == 409
    assert retry.headers["retry-after"] == "1"
    assert handler.calls == 1


async def test_a_large_response_is_not_kept(caplog: pytest.LogCaptureFixture) -> None:
    handler = Handler()
    store = InMemoryDeduplicationStore()
    async with client(starlette_app(handler, store=store, max_response_bytes=10)) as http:
        await deliver(http, "token-1")
        await deliver(http, "token-1")
    assert handler.calls == 2
    assert "max_response_bytes=10" in caplog.text
    assert len(store) == 0


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="lease"):
        DeduplicateWebhooks(starlette_app(Handler()), lease=0)


async def test_other_scopes_pass_through() -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    await DeduplicateWebhooks(app)({"type": "lifespan"}, None, None)  # type: ignore[arg-type]
    assert seen == ["lifespan"]


def test_logs_say_when_a_retry_is_replayed(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_async.webhooks")

    async def main() -> None:
        async with client(starlette_app(Handler())) as http:
            await deliver(http, "token-1")
            await deliver(http, "token-1")

    anyio.run(main)
    assert "retry answered with the first delivery's response" in caplog.text
    assert "token-1" not in caplog.text
