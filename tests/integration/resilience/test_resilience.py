"""Resilience on a real socket: retries absorb 429/503, and no message is ever created twice.

Every scenario runs on asyncio and on trio (``run_async``). Backoff uses a zero-length
sleep (a checkpoint) so the tests measure decisions, not time.
"""

from __future__ import annotations

import time
from collections import Counter

import anyio
import anyio.lowlevel
import pytest

from tests.integration.resilience._faultserver import Action, FaultServer, RandomPlan
from tests.integration.resilience.conftest import BackendRunner
from twilio_async import Client, Message, RetryPolicy, TwilioOutcomeUnknownError


async def no_wait(_: float) -> None:
    await anyio.lowlevel.checkpoint()


def client_for(server: FaultServer, **kwargs: object) -> Client:
    kwargs.setdefault("retry", RetryPolicy(max_attempts=50, deadline=None, sleep=no_wait))
    return Client(
        server.account_sid,
        server.auth_token,
        base_url=server.base_url,
        **kwargs,  # type: ignore[arg-type]
    )


async def send_all(client: Client, count: int) -> list[Message | BaseException]:
    results: list[Message | BaseException] = [Exception("not run")] * count

    async def one(index: int) -> None:
        try:
            results[index] = await client.messages.create(
                to="+15558675310", from_="+15017122661", body=f"msg-{index}"
            )
        except Exception as error:  # recorded and asserted on below
            results[index] = error

    async with anyio.create_task_group() as group:  # what asyncio.gather does
        for index in range(count):
            group.start_soon(one, index)
    return results


def test_1000_creates_with_20_percent_429_and_503_all_succeed_exactly_once(
    fault_server: FaultServer, run_async: BackendRunner
) -> None:
    fault_server.plan = RandomPlan(
        {Action.status_429(): 0.1, Action.status_503(retry_after="0"): 0.1}, seed=11
    )

    async def scenario() -> list[Message | BaseException]:
        async with client_for(fault_server, max_concurrency=50) as client:
            return await send_all(client, 1000)

    results = run_async(scenario)
    assert all(isinstance(r, Message) for r in results), Counter(type(r).__name__ for r in results)
    bodies = Counter(entry.body for entry in fault_server.ledger)
    assert len(bodies) == 1000
    assert set(bodies.values()) == {1}
    statuses = Counter(record.status for record in fault_server.requests)
    assert statuses[429] > 100
    assert statuses[503] > 100


def test_connection_drops_after_the_server_read_never_duplicate(
    fault_server: FaultServer, run_async: BackendRunner
) -> None:
    fault_server.plan = RandomPlan(
        {
            Action.drop_after_read(): 0.1,
            Action.drop_after_read(reset=True): 0.05,
            Action.status_429(): 0.1,
            Action.status_503(): 0.05,
        },
        seed=5,
    )

    async def scenario() -> list[Message | BaseException]:
        async with client_for(fault_server, max_concurrency=20) as client:
            return await send_all(client, 400)

    results = run_async(scenario)
    kinds = Counter(type(r).__name__ for r in results)
    assert set(kinds) == {"Message", "TwilioOutcomeUnknownError"}, kinds
    assert kinds["TwilioOutcomeUnknownError"] > 20
    bodies = Counter(entry.body for entry in fault_server.ledger)
    assert max(bodies.values()) == 1  # never twice
    # Every success is in the ledger; every unknown outcome was in fact created (a drop
    # after read means Twilio acted), so the caller's reconciliation would find it.
    assert len(bodies) == 400
    for result in results:
        if isinstance(result, TwilioOutcomeUnknownError):
            assert result.method == "POST"
            assert result.params["Body"] in bodies
            assert result.attempts >= 1


def test_post_stalled_past_the_read_timeout_is_outcome_unknown(
    fault_server: FaultServer, run_async: BackendRunner
) -> None:
    fault_server.plan = Action.stall()

    async def scenario() -> BaseException | None:
        async with client_for(fault_server, timeout=0.3) as client:
            try:
                await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
            except TwilioOutcomeUnknownError as error:
                return error
        return None

    error = run_async(scenario)
    assert isinstance(error, TwilioOutcomeUnknownError)
    assert error.attempts == 1
    assert len(fault_server.ledger) == 1
    assert sum(1 for r in fault_server.requests if r.is_create) == 1


def test_get_stalled_past_the_read_timeout_is_retried(
    fault_server: FaultServer, run_async: BackendRunner
) -> None:
    async def scenario() -> Message:
        async with client_for(fault_server, timeout=0.3) as client:
            created = await client.messages.create(
                to="+15558675310", from_="+15017122661", body="x"
            )
            assert created.sid is not None
            from tests.integration.resilience._faultserver import ScriptedPlan

            fault_server.plan = ScriptedPlan([Action.ok(), Action.stall()])
            return await client.messages(created.sid).fetch()

    message = run_async(scenario)
    assert message.body == "x"
    gets = [r for r in fault_server.requests if r.method == "GET"]
    assert len(gets) == 2  # the stalled one, then the retry


@pytest.mark.parametrize("reset", [False, True])
def test_post_dropped_before_the_server_read_is_not_retried(
    fault_server: FaultServer, run_async: BackendRunner, reset: bool
) -> None:
    # The client cannot tell this from a drop after reading, so it must not retry either.
    fault_server.plan = Action.drop_before_read(reset=reset)

    async def scenario() -> BaseException | None:
        async with client_for(fault_server) as client:
            try:
                await client.messages.create(to="+15558675310", from_="+15017122661", body="x")
            except TwilioOutcomeUnknownError as error:
                return error
        return None

    assert isinstance(run_async(scenario), TwilioOutcomeUnknownError)
    assert fault_server.ledger == []
    assert sum(1 for r in fault_server.requests if r.is_create) == 1


def test_server_cap_is_never_exceeded_by_a_client_within_it(
    fault_server: FaultServer, run_async: BackendRunner
) -> None:
    fault_server.concurrency_limit = 10
    fault_server.service_time = 0.002

    async def scenario() -> list[Message | BaseException]:
        async with client_for(fault_server, max_concurrency=10) as client:
            return await send_all(client, 300)

    results = run_async(scenario)
    assert all(isinstance(r, Message) for r in results)
    assert fault_server.max_in_flight <= 10
    assert fault_server.capped_count == 0


def test_adaptive_limit_halves_the_429s_of_a_fixed_limit(
    run_async: BackendRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    counts: dict[bool, tuple[int, float, int]] = {}
    for adaptive in (False, True):
        server = FaultServer(concurrency_limit=10, service_time=0.1)
        with server.running():

            async def scenario(server: FaultServer = server, adaptive: bool = adaptive) -> int:
                # Real (short) backoff: the comparison is about how the two limits behave
                # under a client's normal retry pacing, not about spinning on 429s.
                policy = RetryPolicy(
                    max_attempts=500, base_delay=0.01, max_delay=0.1, deadline=None
                )
                async with client_for(
                    server, max_concurrency=50, adaptive_concurrency=adaptive, retry=policy
                ) as client:
                    results = await send_all(client, 200)
                    assert all(isinstance(r, Message) for r in results)
                    return client.transport.limiter.limit

            started = time.perf_counter()
            final_limit = run_async(scenario)
            counts[adaptive] = (server.capped_count, time.perf_counter() - started, final_limit)
            assert len(server.ledger) == 200
    fixed, adaptive_ = counts[False], counts[True]
    with capsys.disabled():
        print(
            f"\n[{run_async.backend}] 200 creates against a cap of 10: "
            f"fixed limit 50 -> {fixed[0]} x 429 in {fixed[1]:.2f} s; "
            f"adaptive -> {adaptive_[0]} x 429 in {adaptive_[1]:.2f} s (final limit {adaptive_[2]})"
        )
    assert adaptive_[0] * 2 <= fixed[0]
