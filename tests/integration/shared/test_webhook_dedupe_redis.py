"""The Redis de-duplication store against a real redis-server: a fleet of app instances
handles each Twilio webhook delivery once."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from twilio_async.testing._redis_server import RedisServer
from twilio_async.webhooks import (
    Claim,
    DeduplicateWebhooks,
    DeduplicationStore,
    RedisDeduplicationStore,
    process_once,
)


@pytest.fixture
async def stores(redis: RedisServer) -> AsyncIterator[list[RedisDeduplicationStore]]:
    """Two stores with connections of their own, as two processes of a fleet would have."""
    opened = [RedisDeduplicationStore(redis.url, ttl=60) for _ in range(2)]
    yield opened
    for store in opened:
        await store.aclose()


async def test_claims_are_shared_and_atomic(stores: list[RedisDeduplicationStore]) -> None:
    one, two = stores
    assert isinstance(one, DeduplicationStore)
    claims = []

    async def claim(store: RedisDeduplicationStore) -> None:
        claims.append(await store.claim("token-1", lease=30))

    async with anyio.create_task_group() as tasks:
        for index in range(20):
            tasks.start_soon(claim, stores[index % 2])
    assert sorted(c.state for c in claims) == ["new"] + ["pending"] * 19
    (winner,) = (c for c in claims if c.state == "new")
    assert winner.owner is not None
    await one.release("token-1", "not-the-owner")
    assert (await two.claim("token-1", lease=30)).state == "pending"
    await two.complete("token-1", winner.owner, b"answer")
    assert await one.claim("token-1", lease=30) == Claim("done", record=b"answer")


async def test_a_released_claim_runs_again_and_done_keys_expire(
    stores: list[RedisDeduplicationStore], redis: RedisServer
) -> None:
    one, two = stores
    first = await one.claim("k", lease=30)
    assert first.owner is not None
    await one.release("k", first.owner)
    second = await two.claim("k", lease=30)
    assert second.state == "new"
    assert second.owner is not None
    await two.complete("k", second.owner, b"")
    client = Redis.from_url(redis.url)
    try:
        ttl_ms = await client.pttl("twilio-async:webhooks:k")
    finally:
        await client.aclose()
    assert 0 < ttl_ms <= 60_000


async def test_a_crashed_claimant_lease_lapses(stores: list[RedisDeduplicationStore]) -> None:
    one, two = stores
    crashed = await one.claim("k", lease=0.2)  # its process dies: nobody completes it
    assert crashed.state == "new"
    with anyio.fail_after(10):
        await two.wait("k", seconds=10)  # returns once Redis expired the claim
    taken_over = await two.claim("k", lease=30)
    assert taken_over.state == "new"
    assert crashed.owner is not None
    await one.complete("k", crashed.owner, b"late")  # the dead owner cannot overwrite
    assert (await one.claim("k", lease=30)).state == "pending"


async def test_process_once_across_the_fleet(stores: list[RedisDeduplicationStore]) -> None:
    handled: list[str] = []
    for index in range(4):
        async with process_once(stores[index % 2], "EZ1") as first:
            if first:
                handled.append("EZ1")
    assert handled == ["EZ1"]


class WaitSignal(RedisDeduplicationStore):
    """Says when a delivery starts waiting for another instance's."""

    def __init__(self, url: str) -> None:
        super().__init__(url, ttl=60)
        self.waiting = anyio.Event()

    async def wait(self, key: str, *, seconds: float) -> None:
        self.waiting.set()
        await super().wait(key, seconds=seconds)


async def test_a_fleet_runs_a_delivery_once_and_replays_it(redis: RedisServer) -> None:
    calls: list[str] = []
    proceed = anyio.Event()
    entered = anyio.Event()

    async def sms(request: Request) -> Response:
        calls.append(request.headers["i-twilio-idempotency-token"])
        entered.set()
        await proceed.wait()
        return Response(f"<Response>{len(calls)}</Response>", media_type="application/xml")

    def instance(store: RedisDeduplicationStore) -> httpx.AsyncClient:
        app = Starlette(
            routes=[Route("/sms", sms, methods=["POST"])],
            middleware=[Middleware(DeduplicateWebhooks, store=store)],
        )
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://example.com"
        )

    first_store, second_store = RedisDeduplicationStore(redis.url, ttl=60), WaitSignal(redis.url)
    headers = {"I-Twilio-Idempotency-Token": "token-1", "X-Twilio-Signature": "sig"}
    responses: dict[str, Any] = {}
    try:
        async with instance(first_store) as a, instance(second_store) as b:

            async def post(name: str, http: httpx.AsyncClient) -> None:
                responses[name] = await http.post("/sms", data={"Body": "hi"}, headers=headers)

            async with anyio.create_task_group() as tasks:
                tasks.start_soon(post, "first", a)
                await entered.wait()
                tasks.start_soon(post, "retry", b)  # the retry lands on another instance
                await second_store.waiting.wait()
                proceed.set()
            later = await b.post("/sms", data={"Body": "hi"}, headers=headers)
    finally:
        await first_store.aclose()
        await second_store.aclose()
    assert calls == ["token-1"]
    assert responses["first"].text == responses["retry"].text == later.text
    assert responses["retry"].status_code == 200
    assert responses["retry"].headers["content-type"].startswith("application/xml")


FLEET_WORKER = """
import asyncio, json, sys
from twilio_async.webhooks import RedisDeduplicationStore, process_once

async def main() -> None:
    store = RedisDeduplicationStore(sys.argv[1], ttl=60)
    handled = []
    print("READY", flush=True)
    sys.stdin.readline()  # start together
    for index in range(200):
        async with process_once(store, f"EZ{index}") as first:
            if first:
                handled.append(index)
    await store.aclose()
    print(json.dumps(handled), flush=True)

asyncio.run(main())
"""


def test_processes_of_a_fleet_handle_each_event_once(redis: RedisServer) -> None:
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", FLEET_WORKER, redis.url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for worker in workers:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "READY"
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    handled = [json.loads(worker.communicate(timeout=60)[0]) for worker in workers]
    everything = sorted(index for indexes in handled for index in indexes)
    assert everything == list(range(200))  # each event once: none twice, none lost
