"""The retry table, backoff, Retry-After, deadlines and the adaptive limiter (fake time)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st

from twilio_async import (
    Client,
    RateLimitError,
    RetryEvent,
    RetryPolicy,
    ServerError,
    TwilioConnectionError,
    TwilioOutcomeUnknownError,
)
from twilio_async._limiter import FIRST_PROBE_WINDOWS, AdaptiveLimiter
from twilio_async._retry import parse_retry_after

from .conftest import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    MESSAGES_PATH,
    FakeTime,
    error_json,
    message_json,
    message_path,
)

SID = f"SM{1:032x}"
OK_GET = httpx.Response(200, json=message_json(1))
OK_POST = httpx.Response(201, json=message_json(1))


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, json=error_json(20000 + code, code), headers=headers)


async def create(client: Client) -> object:
    return await client.messages.create(to="+15558675310", from_="+15017122661", body="x")


# --- the table ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", [429, 500, 502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "DELETE"])
async def test_idempotent_methods_retry_statuses(
    client: Client, mock: respx.MockRouter, code: int, method: str
) -> None:
    ok = OK_GET if method == "GET" else httpx.Response(204)
    route = mock.route(method=method, path=message_path(SID)).mock(
        side_effect=[status(code), status(code), ok]
    )
    ctx = client.messages(SID)
    await (ctx.fetch() if method == "GET" else ctx.delete())
    assert route.call_count == 3


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow connect"),
        httpx.PoolTimeout("pool"),
        httpx.ReadTimeout("slow read"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("dropped"),
        httpx.WriteError("broken pipe"),
    ],
)
async def test_get_retries_transport_failures(
    client: Client, mock: respx.MockRouter, exc: Exception
) -> None:
    route = mock.get(message_path(SID)).mock(side_effect=[exc, OK_GET])
    assert (await client.messages(SID).fetch()).sid == SID
    assert route.call_count == 2


@pytest.mark.parametrize("code", [429, 503])
async def test_post_retries_statuses_twilio_did_not_act_on(
    client: Client, mock: respx.MockRouter, code: int
) -> None:
    route = mock.post(MESSAGES_PATH).mock(side_effect=[status(code), status(code), OK_POST])
    await create(client)
    assert route.call_count == 3


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("c"), httpx.PoolTimeout("p")]
)
async def test_post_retries_when_the_request_never_left(
    client: Client, mock: respx.MockRouter, exc: Exception
) -> None:
    route = mock.post(MESSAGES_PATH).mock(side_effect=[exc, OK_POST])
    await create(client)
    assert route.call_count == 2


@pytest.mark.parametrize("code", [500, 502, 504])
async def test_post_5xx_is_outcome_unknown_and_not_retried(
    client: Client, mock: respx.MockRouter, code: int
) -> None:
    route = mock.post(MESSAGES_PATH).mock(side_effect=[status(code), OK_POST])
    with pytest.raises(TwilioOutcomeUnknownError) as info:
        await create(client)
    assert route.call_count == 1
    error = info.value
    assert error.status == code
    assert isinstance(error.cause, ServerError)
    assert error.attempts == 1
    assert error.method == "POST"
    assert error.url.endswith(MESSAGES_PATH)
    assert error.params == {"To": "+15558675310", "From": "+15017122661", "Body": "x"}
    assert "may have acted" in str(error)


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("slow read"),
        httpx.WriteTimeout("slow write"),
        httpx.ReadError("reset after send"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.WriteError("broken pipe"),
    ],
)
async def test_post_with_unknown_outcome_is_not_retried(
    client: Client, mock: respx.MockRouter, exc: Exception
) -> None:
    route = mock.post(MESSAGES_PATH).mock(side_effect=[exc, OK_POST])
    with pytest.raises(TwilioOutcomeUnknownError) as info:
        await create(client)
    assert route.call_count == 1
    assert isinstance(info.value.cause, TwilioConnectionError)
    assert info.value.__cause__ is exc


async def test_post_unknown_after_earlier_safe_retries_counts_attempts(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.post(MESSAGES_PATH).mock(side_effect=[status(429), status(503), status(502)])
    with pytest.raises(TwilioOutcomeUnknownError) as info:
        await create(client)
    assert info.value.attempts == 3
    assert "after 3 attempts" in str(info.value)


async def test_client_errors_are_never_retried(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(message_path(SID)).mock(side_effect=[status(400), OK_GET])
    with pytest.raises(Exception, match="HTTP 400"):
        await client.messages(SID).fetch()
    assert route.call_count == 1


async def test_opt_in_retries_unsafe_posts(mock: respx.MockRouter, fake_time: FakeTime) -> None:
    route = mock.post(MESSAGES_PATH).mock(
        side_effect=[status(500), httpx.ReadTimeout("slow"), OK_POST]
    )
    async with Client(
        ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy(retry_unsafe_posts=True)
    ) as client:
        await create(client)
    assert route.call_count == 3


@pytest.mark.parametrize("policy", [None, RetryPolicy(max_attempts=1)])
async def test_retries_can_be_turned_off(
    mock: respx.MockRouter, policy: RetryPolicy | None
) -> None:
    route = mock.get(message_path(SID)).mock(side_effect=[status(503), OK_GET])
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=policy) as client:
        with pytest.raises(ServerError) as info:
            await client.messages(SID).fetch()
    assert route.call_count == 1
    assert info.value.attempts == 1


async def test_max_attempts_exhausted_raises_last_error(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(MESSAGES_PATH).mock(return_value=status(429))
    with pytest.raises(RateLimitError) as info:
        await create(client)
    assert route.call_count == 5
    assert info.value.attempts == 5


# --- backoff and Retry-After -----------------------------------------------------------------


async def test_exponential_backoff_delays(mock: respx.MockRouter, fake_time: FakeTime) -> None:
    mock.get(message_path(SID)).mock(side_effect=[status(503)] * 4 + [OK_GET])
    policy = fake_time.policy(base_delay=1.0, max_delay=5.0, jitter=False, deadline=None)
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=policy) as client:
        await client.messages(SID).fetch()
    assert fake_time.sleeps == [1.0, 2.0, 4.0, 5.0]


async def test_retry_after_seconds_is_honoured(mock: respx.MockRouter, fake_time: FakeTime) -> None:
    mock.post(MESSAGES_PATH).mock(side_effect=[status(429, **{"Retry-After": "3"}), OK_POST])
    policy = fake_time.policy(base_delay=0.1, jitter=False)
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=policy) as client:
        await create(client)
    assert fake_time.sleeps == [3.0]


async def test_retry_after_is_capped_by_max_delay(
    mock: respx.MockRouter, fake_time: FakeTime
) -> None:
    mock.post(MESSAGES_PATH).mock(side_effect=[status(503, **{"Retry-After": "3600"}), OK_POST])
    policy = fake_time.policy(max_delay=7.0, jitter=False, deadline=None)
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=policy) as client:
        await create(client)
    assert fake_time.sleeps == [7.0]


def test_retry_after_http_date() -> None:
    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    header = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(header, now=now.timestamp) == pytest.approx(30.0)
    assert parse_retry_after("Mon, 01 Jan 2001 00:00:00 GMT", now=now.timestamp) == 0.0
    assert parse_retry_after("2.5") == 2.5
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


async def test_retry_after_jitter_stays_within_base_delay(fake_time: FakeTime) -> None:
    policy = fake_time.policy(base_delay=0.5, random=lambda: 0.999)
    assert 2.0 <= policy.backoff(1, retry_after=2.0) <= 2.5


@given(
    attempt=st.integers(min_value=1, max_value=30),
    base=st.floats(min_value=0.0, max_value=10.0),
    cap=st.floats(min_value=0.0, max_value=60.0),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
)
def test_full_jitter_bounds(attempt: int, base: float, cap: float, draw: float) -> None:
    policy = RetryPolicy(base_delay=base, max_delay=cap, random=lambda: draw)
    delay = policy.backoff(attempt, None)
    assert 0.0 <= delay <= min(cap, base * 2 ** (attempt - 1)) + 1e-9


# --- deadline ----------------------------------------------------------------------------


async def test_deadline_stops_retrying(mock: respx.MockRouter, fake_time: FakeTime) -> None:
    route = mock.get(message_path(SID)).mock(return_value=status(503))
    policy = fake_time.policy(
        max_attempts=100, base_delay=4.0, max_delay=4.0, jitter=False, deadline=10.0
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=policy) as client:
        with pytest.raises(ServerError) as info:
            await client.messages(SID).fetch()
    # waits of 4 s fit twice into 10 s; a third would end at 12 s, past the deadline
    assert fake_time.sleeps == [4.0, 4.0]
    assert route.call_count == 3
    assert info.value.attempts == 3


async def test_attempt_timeouts_are_clamped_to_the_deadline(
    mock: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = mock.get(message_path(SID)).mock(side_effect=[status(503), OK_GET])
    policy = fake_time.policy(base_delay=5.0, jitter=False, deadline=8.0)
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=policy) as client:
        await client.messages(SID).fetch()
    first, second = (call.request.extensions["timeout"] for call in route.calls)
    assert first["read"] == 8.0  # 8 s left, below the 30 s read timeout
    assert second["read"] == pytest.approx(3.0)  # 5 s were spent waiting


# --- observability ------------------------------------------------------------------------


async def test_on_retry_hook_and_counter(mock: respx.MockRouter, fake_time: FakeTime) -> None:
    events: list[RetryEvent] = []
    mock.post(MESSAGES_PATH).mock(side_effect=[status(429), status(503), OK_POST])
    policy = fake_time.policy(on_retry=events.append, jitter=False, base_delay=1.0)
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=policy) as client:
        await create(client)
        assert client.transport.retries == 2
    assert [(e.attempt, e.reason, e.delay) for e in events] == [
        (1, "HTTP 429", 1.0),
        (2, "HTTP 503", 2.0),
    ]
    assert isinstance(events[0].error, RateLimitError)


async def test_debug_log_has_no_secrets(
    mock: respx.MockRouter, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    mock.post(MESSAGES_PATH).mock(side_effect=[status(429), OK_POST])
    with caplog.at_level(logging.DEBUG, logger="twilio_async"):
        async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy()) as client:
            await create(client)
    text = caplog.text
    assert "retrying POST" in text
    assert "HTTP 429" in text
    assert AUTH_TOKEN not in text


# --- limiter ---------------------------------------------------------------------------------


async def test_backoff_does_not_hold_a_concurrency_slot(mock: respx.MockRouter) -> None:
    in_flight_while_sleeping: list[int] = []
    holder: list[Client] = []

    async def sleep(_: float) -> None:
        in_flight_while_sleeping.append(holder[0].transport.limiter.in_flight)

    mock.get(message_path(SID)).mock(side_effect=[status(503), status(503), OK_GET])
    policy = RetryPolicy(sleep=sleep, random=lambda: 0.0)
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=policy, max_concurrency=1) as client:
        holder.append(client)
        await client.messages(SID).fetch()
        assert client.transport.limiter.in_flight == 0
    assert in_flight_while_sleeping == [0, 0]


def test_slow_start_doubles_until_the_first_429() -> None:
    limiter = AdaptiveLimiter(100, initial=16)
    assert limiter.limit == 16
    for _ in range(16):
        limiter.on_success()
    assert limiter.limit == 32
    for _ in range(32):
        limiter.on_success()
    assert limiter.limit == 64
    limiter.on_throttled(64)  # refused with 64 in flight: room for 63
    assert limiter.limit == 63
    for _ in range(63 * FIRST_PROBE_WINDOWS - 1):
        limiter.on_success()
    assert limiter.limit == 63  # no more doubling: probes wait FIRST_PROBE_WINDOWS windows
    limiter.on_success()
    assert limiter.limit == 64


def test_a_burst_of_429s_lands_on_the_accounts_limit() -> None:
    limiter = AdaptiveLimiter(100, initial=32)
    for admitted_in_flight in range(21, 33):  # 32 admitted, those beyond 20 refused
        limiter.on_throttled(admitted_in_flight)
    assert limiter.limit == 20


def test_429s_count_against_what_was_in_flight_when_admitted() -> None:
    limiter = AdaptiveLimiter(100, initial=32)
    limiter.on_throttled(32, concurrent_requests=20)  # Twilio says: 20 in flight
    assert limiter.limit == 20
    for admitted_in_flight in range(22, 32):  # the rest of the burst: no further drop
        limiter.on_throttled(admitted_in_flight)
    assert limiter.limit == 20
    limiter.on_throttled(20)  # refused with 20 in flight: 19
    assert limiter.limit == 19


def test_refused_probes_back_off_and_held_probes_speed_up() -> None:
    limiter = AdaptiveLimiter(100, initial=21)
    limiter.on_throttled(21)
    assert (limiter.limit, limiter.probe_windows) == (20, FIRST_PROBE_WINDOWS)
    for _ in range(20 * FIRST_PROBE_WINDOWS):
        limiter.on_success()
    assert limiter.limit == 21  # the probe
    limiter.on_throttled(21)
    assert (limiter.limit, limiter.probe_windows) == (20, 2 * FIRST_PROBE_WINDOWS)
    for _ in range(20 * 2 * FIRST_PROBE_WINDOWS):
        limiter.on_success()
    assert limiter.limit == 21  # probes again, after twice as long
    for _ in range(21):
        limiter.on_success()  # the probe held for a window: capacity came back
    assert limiter.probe_windows == FIRST_PROBE_WINDOWS


def test_limit_never_above_the_maximum_nor_below_one() -> None:
    limiter = AdaptiveLimiter(40, initial=40)
    for _ in range(100):
        limiter.on_throttled(1)
    assert limiter.limit == 1
    for _ in range(100_000):
        limiter.on_success()
    assert limiter.limit == 40


def test_adaptive_limit_uses_the_concurrency_header() -> None:
    limiter = AdaptiveLimiter(100, initial=100)
    limiter.on_throttled(100, concurrent_requests=12)
    assert limiter.limit == 12


def test_fixed_limit_does_not_adapt() -> None:
    limiter = AdaptiveLimiter(10, adaptive=False)
    limiter.on_throttled(5)
    assert limiter.limit == 10


async def test_429_lowers_the_clients_limit(mock: respx.MockRouter, fake_time: FakeTime) -> None:
    mock.post(MESSAGES_PATH).mock(
        side_effect=[status(429, **{"Twilio-Concurrent-Requests": "3"}), OK_POST]
    )
    async with Client(
        ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy(), max_concurrency=50
    ) as client:
        await create(client)
        assert client.transport.limiter.limit == 1  # refused with only itself in flight


async def test_limiter_bounds_concurrent_requests(mock: respx.MockRouter) -> None:
    import anyio

    peak = 0
    current = 0
    release = anyio.Event()
    arrived = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal peak, current, arrived
        current += 1
        arrived += 1
        peak = max(peak, current)
        if arrived >= 3:
            release.set()
        await release.wait()
        current -= 1
        return httpx.Response(201, json=message_json(1))

    mock.post(MESSAGES_PATH).mock(side_effect=handler)
    async with (
        Client(ACCOUNT_SID, AUTH_TOKEN, max_concurrency=3) as client,
        anyio.create_task_group() as tg,
    ):
        for _ in range(20):
            tg.start_soon(create, client)
    assert peak == 3


# --- the rules themselves: RetryPolicy.classify and next_delay ------------------------------

CLASSIFY_TABLE = [
    # (method, status or exception, disposition, with retry_unsafe_posts)
    ("POST", 429, "retry", "retry"),
    ("POST", 503, "retry", "retry"),
    ("POST", 500, "outcome_unknown", "retry"),
    ("POST", 502, "outcome_unknown", "retry"),
    ("POST", 504, "outcome_unknown", "retry"),
    ("GET", 500, "retry", "retry"),
    ("DELETE", 504, "retry", "retry"),
    ("GET", 400, "fail", "fail"),
    ("POST", 404, "fail", "fail"),
    ("GET", 401, "fail", "fail"),
    ("POST", httpx.ConnectError("refused"), "retry", "retry"),
    ("POST", httpx.ConnectTimeout("slow"), "retry", "retry"),
    ("POST", httpx.PoolTimeout("pool"), "retry", "retry"),
    ("POST", httpx.ReadTimeout("slow"), "outcome_unknown", "retry"),
    ("POST", httpx.WriteError("pipe"), "outcome_unknown", "retry"),
    ("POST", httpx.RemoteProtocolError("dropped"), "outcome_unknown", "retry"),
    ("GET", httpx.ReadError("reset"), "retry", "retry"),
    ("GET", httpx.UnsupportedProtocol("ftp"), "fail", "fail"),
    ("POST", httpx.LocalProtocolError("bad header"), "fail", "fail"),
    ("GET", RuntimeError("not an HTTP failure"), "fail", "fail"),
]


@pytest.mark.parametrize(("method", "outcome", "safe", "unsafe"), CLASSIFY_TABLE)
def test_classify_is_the_whole_retry_table(
    method: str, outcome: int | BaseException, safe: str, unsafe: str
) -> None:
    assert RetryPolicy().classify(method, outcome) == safe
    assert RetryPolicy(retry_unsafe_posts=True).classify(method, outcome) == unsafe


def test_classify_idempotent_posts_codes_and_renewed_credentials() -> None:
    policy = RetryPolicy()
    # A POST that cannot act twice follows the GET column.
    assert policy.classify("POST", 500, idempotent=True) == "retry"
    assert policy.classify("POST", httpx.ReadTimeout("slow"), idempotent=True) == "retry"
    # A Twilio code no retry fixes (Verify's 60203 is a 429) is final.
    assert policy.classify("POST", 429, retryable=False) == "fail"
    assert policy.classify("GET", 503, retryable=True) == "retry"
    # After a 401 with the refused token dropped: only a safe method goes again.
    assert policy.classify("GET", 401, renewed_credentials=True) == "retry"
    assert policy.classify("HEAD", 401, renewed_credentials=True) == "retry"
    assert policy.classify("DELETE", 401, renewed_credentials=True) == "fail"
    assert policy.classify("POST", 401, renewed_credentials=True) == "fail"


def test_next_delay_stops_at_the_last_attempt_and_at_the_deadline(fake_time: FakeTime) -> None:
    policy = fake_time.policy(max_attempts=3, base_delay=2.0, jitter=False)
    assert policy.next_delay(1, None, None) == 2.0
    assert policy.next_delay(2, 7.0, None) == 7.0  # Retry-After instead of backoff
    assert policy.next_delay(3, None, None) is None  # no attempt left
    deadline = fake_time.now + 3.0
    assert policy.next_delay(1, None, deadline) == 2.0
    assert policy.next_delay(2, None, deadline) is None  # 4 s would end past it
