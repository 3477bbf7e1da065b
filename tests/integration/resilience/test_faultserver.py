"""Tests of the fault-injecting fake Twilio itself, with raw httpx on a real socket.

Tests named ``..._both`` run on asyncio and trio through ``run_async``; the others are plain
``async def`` tests, which pytest-asyncio runs on asyncio.
"""

from __future__ import annotations

import asyncio
import email.utils
import re
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
import trio

from tests import spec
from tests.integration.resilience._faultserver import (
    Action,
    ActionKind,
    FaultServer,
    FaultServerError,
    RandomPlan,
    RequestRecord,
    ScriptedPlan,
)
from tests.integration.resilience.conftest import BackendRunner

MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
FORM = {"To": "+15558675310", "From": "+15017122661", "Body": "hello"}
REQUEST_ID = re.compile(r"^RQ[0-9a-f]{32}$")
# What a client sees when the server closes without answering: a FIN, or a reset.
DISCONNECTED: dict[bool, type[httpx.TransportError]] = {
    False: httpx.RemoteProtocolError,
    True: httpx.ReadError,
}


def client_for(server: FaultServer, **options: Any) -> httpx.AsyncClient:
    """An httpx client authenticated against ``server``."""
    return httpx.AsyncClient(
        base_url=server.base_url, auth=(server.account_sid, server.auth_token), **options
    )


async def create(
    client: httpx.AsyncClient, server: FaultServer, body: str = "hello"
) -> httpx.Response:
    """POST a message create; return the response."""
    return await client.post(server.messages_path, data={**FORM, "Body": body})


def twilio_error(status: int, code: int, message: str) -> dict[str, object]:
    """Twilio's error body."""
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def running_library() -> str:
    """The async library running the current task (proves trio runs are trio)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        trio.lowlevel.current_trio_token()
        return "trio"
    return "asyncio"


def kinds(server: FaultServer) -> list[ActionKind | None]:
    """The action kind of every logged request, in request-number order."""
    return [record.action.kind if record.action else None for record in server.requests]


@pytest.fixture(scope="module")
def v2010() -> spec.JsonSchema:
    """Twilio's v2010 OpenAPI spec."""
    return spec.load_spec("api_v2010")


# --- the Twilio surface ----------------------------------------------------------------------


async def test_create_answers_every_field_of_the_spec_message(
    fault_server: FaultServer, v2010: spec.JsonSchema
) -> None:
    async with client_for(fault_server) as client:
        response = await create(client, fault_server, body="Hello! 👍")

    assert response.status_code == 201
    message = response.json()
    schema = spec.response_schema(v2010, MESSAGES, "post", 201)
    assert set(message) == set(schema["properties"])
    assert spec.validation_errors(schema, message) == []
    assert re.fullmatch(r"SM[0-9a-f]{32}", message["sid"])
    assert email.utils.parsedate_to_datetime(message["date_created"]).utcoffset() is not None
    assert message["date_created"].endswith(" +0000")
    assert (message["status"], message["to"], message["from"], message["body"]) == (
        "queued",
        FORM["To"],
        FORM["From"],
        "Hello! 👍",
    )
    assert message["uri"] == f"{fault_server.messages_path[: -len('.json')]}/{message['sid']}.json"
    assert REQUEST_ID.match(response.headers["Twilio-Request-Id"])
    assert response.headers["Twilio-Request-Id"] == fault_server.requests[0].request_id
    [entry] = fault_server.ledger
    assert (entry.sid, entry.to, entry.from_, entry.body) == (
        message["sid"],
        FORM["To"],
        FORM["From"],
        "Hello! 👍",
    )


async def test_fetch_update_delete_round_trip(fault_server: FaultServer) -> None:
    async with client_for(fault_server) as client:
        created = (await create(client, fault_server)).json()
        url = created["uri"]
        fetched = await client.get(url)
        redacted = await client.post(url, data={"Body": ""})
        deleted = await client.delete(url)
        gone = await client.get(url)

    assert (fetched.status_code, fetched.json()) == (200, created)
    assert (redacted.status_code, redacted.json()["body"]) == (200, "")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert REQUEST_ID.match(deleted.headers["Twilio-Request-Id"])
    assert gone.status_code == 404
    assert gone.json() == twilio_error(404, 20404, f"The requested resource {url} was not found")
    assert [entry.sid for entry in fault_server.ledger] == [created["sid"]]


async def test_list_pages_newest_first_through_next_page_uri(
    fault_server: FaultServer, v2010: spec.JsonSchema
) -> None:
    schema = spec.response_schema(v2010, MESSAGES, "get", 200)
    async with client_for(fault_server) as client:
        for number in range(5):
            await create(client, fault_server, body=f"m{number}")
        pages = [(await client.get(fault_server.messages_path, params={"PageSize": 2})).json()]
        # A create between pages must not shift the next page: the page token is a cursor.
        await create(client, fault_server, body="late")
        while pages[-1]["next_page_uri"] is not None:
            pages.append((await client.get(pages[-1]["next_page_uri"])).json())

    assert [spec.validation_errors(schema, page) for page in pages] == [[], [], []]
    assert [[m["body"] for m in page["messages"]] for page in pages] == [
        ["m4", "m3"],
        ["m2", "m1"],
        ["m0"],
    ]
    assert [(p["page"], p["page_size"], p["start"], p["end"]) for p in pages] == [
        (0, 2, 0, 1),
        (1, 2, 2, 3),
        (2, 2, 4, 4),
    ]
    assert pages[0]["previous_page_uri"] is None
    assert pages[1]["previous_page_uri"] == f"{fault_server.messages_path}?PageSize=2&Page=0"
    assert pages[0]["first_page_uri"] == f"{fault_server.messages_path}?PageSize=2&Page=0"


async def test_list_filters_by_to(fault_server: FaultServer) -> None:
    async with client_for(fault_server) as client:
        await client.post(fault_server.messages_path, data={**FORM, "To": "+15550000001"})
        await client.post(fault_server.messages_path, data={**FORM, "To": "+15550000002"})
        listed = await client.get(fault_server.messages_path, params={"To": "+15550000002"})

    assert [m["to"] for m in listed.json()["messages"]] == ["+15550000002"]


@pytest.mark.parametrize(
    "auth",
    [("AC" + "0" * 32, "wrong"), ("AC" + "1" * 32, "secret"), None],
    ids=["bad-token", "other-account", "no-auth"],
)
async def test_bad_credentials_get_401_20003_and_create_nothing(
    fault_server: FaultServer, auth: tuple[str, str] | None
) -> None:
    async with httpx.AsyncClient(base_url=fault_server.base_url, auth=auth) as client:
        response = await client.post(fault_server.messages_path, data=FORM)

    assert response.status_code == 401
    assert response.json() == twilio_error(401, 20003, "Authenticate")
    assert response.headers["WWW-Authenticate"].startswith("Basic")
    assert REQUEST_ID.match(response.headers["Twilio-Request-Id"])
    assert fault_server.ledger == []


async def test_api_key_credentials_are_accepted() -> None:
    server = FaultServer(api_key="SK" + "1" * 32, api_secret="key-secret")
    with server.running() as base_url:
        async with httpx.AsyncClient(base_url=base_url, auth=("SK" + "1" * 32, "key-secret")) as c:
            response = await c.post(server.messages_path, data=FORM)
    assert response.status_code == 201


@pytest.mark.parametrize(
    ("missing", "code", "message"),
    [
        ("To", 21604, "A 'To' phone number is required."),
        ("From", 21603, "A 'From' phone number is required."),
        ("Body", 21602, "Message body is required."),
    ],
)
async def test_create_without_a_required_param_is_a_400(
    fault_server: FaultServer, missing: str, code: int, message: str
) -> None:
    form = {key: value for key, value in FORM.items() if key != missing}
    async with client_for(fault_server) as client:
        response = await client.post(fault_server.messages_path, data=form)

    assert (response.status_code, response.json()) == (400, twilio_error(400, code, message))
    assert fault_server.ledger == []


async def test_unknown_resource_is_404_and_wrong_method_is_405(fault_server: FaultServer) -> None:
    other_account = f"/2010-04-01/Accounts/AC{'2' * 32}/Messages.json"
    async with client_for(fault_server) as client:
        not_found = await client.get(other_account)
        not_allowed = await client.put(fault_server.messages_path)

    assert not_found.json()["code"] == 20404
    assert (not_found.status_code, not_allowed.status_code) == (404, 405)
    assert not_allowed.json() == twilio_error(405, 20004, "Method not allowed")


# --- faults ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "header"),
    [
        (None, None),
        (3, "3"),
        (0.5, "0.5"),
        ("Wed, 21 Oct 2015 07:28:00 GMT", "Wed, 21 Oct 2015 07:28:00 GMT"),
    ],
    ids=["absent", "seconds", "fraction", "raw-date"],
)
async def test_429_with_or_without_retry_after_creates_nothing(
    fault_server: FaultServer, retry_after: float | str | None, header: str | None
) -> None:
    fault_server.plan = Action.status_429(retry_after=retry_after)
    async with client_for(fault_server) as client:
        response = await create(client, fault_server)

    assert response.status_code == 429
    assert response.json() == twilio_error(429, 20429, "Too Many Requests")
    assert response.headers.get("Retry-After") == header
    assert REQUEST_ID.match(response.headers["Twilio-Request-Id"])
    assert fault_server.ledger == []
    assert kinds(fault_server) == [ActionKind.STATUS_429]


@pytest.mark.parametrize("retry_after", [None, 7])
async def test_503_optionally_with_retry_after_creates_nothing(
    fault_server: FaultServer, retry_after: int | None
) -> None:
    fault_server.plan = Action.status_503(retry_after=retry_after)
    async with client_for(fault_server) as client:
        response = await create(client, fault_server)

    assert response.status_code == 503
    assert response.json() == twilio_error(503, 20503, "Service Unavailable")
    assert response.headers.get("Retry-After") == (None if retry_after is None else "7")
    assert fault_server.ledger == []


@pytest.mark.parametrize("acts", [True, False], ids=["acted", "not-acted"])
@pytest.mark.parametrize(
    ("action", "status"),
    [(Action.status_500, 500), (Action.status_502, 502), (Action.status_504, 504)],
)
async def test_5xx_acts_on_the_request_unless_told_not_to(
    fault_server: FaultServer, action: Callable[..., Action], status: int, acts: bool
) -> None:
    fault_server.plan = action(acts=acts)
    async with client_for(fault_server) as client:
        response = await create(client, fault_server)

    assert response.status_code == status
    assert response.json()["code"] == 20000 + status
    assert len(fault_server.ledger) == (1 if acts else 0)


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_drop_after_read_creates_the_message_but_never_answers_both(
    fault_server: FaultServer, run_async: BackendRunner, reset: bool
) -> None:
    fault_server.plan = Action.drop_after_read(reset=reset)

    async def scenario() -> None:
        assert running_library() == run_async.backend
        async with client_for(fault_server) as client:
            with pytest.raises(DISCONNECTED[reset]):
                await create(client, fault_server, body="dropped")

    run_async(scenario)
    assert [entry.body for entry in fault_server.ledger] == ["dropped"]
    [record] = fault_server.requests
    assert (record.action, record.status) == (Action.drop_after_read(reset=reset), None)


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_drop_before_read_creates_nothing_and_never_answers_both(
    fault_server: FaultServer, run_async: BackendRunner, reset: bool
) -> None:
    fault_server.plan = Action.drop_before_read(reset=reset)

    async def scenario() -> None:
        assert running_library() == run_async.backend
        async with client_for(fault_server) as client:
            with pytest.raises(DISCONNECTED[reset]):
                await create(client, fault_server)

    run_async(scenario)
    assert fault_server.ledger == []
    assert [record.status for record in fault_server.requests] == [None]


def test_stall_times_the_client_out_after_the_message_was_created_both(
    fault_server: FaultServer, run_async: BackendRunner
) -> None:
    fault_server.plan = Action.stall()

    async def scenario() -> None:
        assert running_library() == run_async.backend
        async with client_for(fault_server, timeout=httpx.Timeout(5.0, read=0.1)) as client:
            with pytest.raises(httpx.ReadTimeout):
                await create(client, fault_server, body="stalled")
        # The stall ends when the client hangs up, so nothing stays in flight.
        await fault_server.wait_until_async(lambda s: s.in_flight == 0)

    run_async(scenario)
    assert [entry.body for entry in fault_server.ledger] == ["stalled"]
    assert [record.status for record in fault_server.requests] == [None]


async def test_delay_and_service_time_answer_ok_after_that_long(fault_server: FaultServer) -> None:
    fault_server.plan = Action.delayed(0.05)
    fault_server.service_time = 0.02
    async with client_for(fault_server) as client:
        response = await create(client, fault_server)

    assert response.status_code == 201
    [record] = fault_server.requests
    assert record.finished_at is not None
    assert record.finished_at - record.received_at >= 0.07
    assert len(fault_server.ledger) == 1


# --- concurrency -----------------------------------------------------------------------------


def test_cap_rejects_beyond_the_limit_and_max_in_flight_counts_them_both(
    run_async: BackendRunner,
) -> None:
    server = FaultServer(concurrency_limit=10, concurrency_retry_after=1)
    responses: list[httpx.Response] = []

    async def send(client: httpx.AsyncClient, number: int) -> None:
        responses.append(await create(client, server, body=f"m{number}"))

    async def scenario() -> None:
        server.hold()
        async with client_for(server) as client, anyio.create_task_group() as group:
            for number in range(30):
                group.start_soon(send, client, number)
            # 10 are held in flight; the 20 beyond the cap were answered at once.
            await server.wait_until_async(lambda s: s.capped_count == 20 and s.in_flight == 10)
            server.release()

    with server.running():
        run_async(scenario)
    by_status = Counter(response.status_code for response in responses)
    assert by_status == {201: 10, 429: 20}
    rejected = [response for response in responses if response.status_code == 429]
    assert {r.headers["Retry-After"] for r in rejected} == {"1"}
    assert rejected[0].json() == twilio_error(429, 20429, "Too Many Requests")
    # Each rejected request was the 11th in flight for a moment.
    assert server.max_in_flight == 11
    assert Counter(kinds(server)) == {ActionKind.OK: 10, ActionKind.CAPPED_429: 20}
    assert len(server.ledger) == 10


async def test_max_in_flight_counts_every_concurrent_request(fault_server: FaultServer) -> None:
    fault_server.hold()
    async with client_for(fault_server) as client:
        sends = [asyncio.ensure_future(create(client, fault_server)) for _ in range(30)]
        await fault_server.wait_until_async(lambda s: s.in_flight == 30)
        fault_server.release()
        responses = await asyncio.gather(*sends)

    assert [r.status_code for r in responses] == [201] * 30
    assert fault_server.max_in_flight == 30
    # Counted out and logged before the answers left, so no waiting is needed here.
    assert fault_server.in_flight == 0
    assert [record.status for record in fault_server.requests] == [201] * 30


async def test_client_within_the_cap_is_never_capped_with_service_time(
    fault_server: FaultServer,
) -> None:
    fault_server.concurrency_limit = 10
    fault_server.service_time = 0.01
    limits = httpx.Limits(max_connections=10)
    async with client_for(fault_server, limits=limits) as client:
        responses = await asyncio.gather(*(create(client, fault_server) for _ in range(30)))

    assert [r.status_code for r in responses] == [201] * 30
    assert fault_server.capped_count == 0
    assert 1 <= fault_server.max_in_flight <= 10
    assert len(fault_server.ledger) == 30


# --- plans -----------------------------------------------------------------------------------

MIX = {Action.status_429(): 0.1, Action.status_503(retry_after=1): 0.1}


def test_seeded_mix_is_reproducible_and_close_to_its_probabilities() -> None:
    first = [RandomPlan(MIX, seed=7).action_for(n) for n in range(2000)]
    again = [RandomPlan(MIX, seed=7).action_for(n) for n in range(2000)]
    other = [RandomPlan(MIX, seed=8).action_for(n) for n in range(2000)]

    assert first == again
    assert first != other
    shares = {kind: count / 2000 for kind, count in Counter(a.kind for a in first).items()}
    assert shares.keys() == {ActionKind.OK, ActionKind.STATUS_429, ActionKind.STATUS_503}
    assert abs(shares[ActionKind.STATUS_429] - 0.1) < 0.03
    assert abs(shares[ActionKind.STATUS_503] - 0.1) < 0.03


async def test_seeded_mix_through_the_server_repeats_run_to_run() -> None:
    runs: list[list[int]] = []
    for _ in range(2):
        server = FaultServer(plan=RandomPlan(MIX, seed=3))
        with server.running():
            async with client_for(server) as client:
                runs.append([(await create(client, server)).status_code for _ in range(40)])
        assert kinds(server) == [RandomPlan(MIX, seed=3).action_for(n).kind for n in range(40)]
        assert len(server.ledger) == runs[-1].count(201)

    assert runs[0] == runs[1]
    assert {429, 503, 201} <= set(runs[0])


async def test_scripted_plan_goes_by_request_number_then_default(
    fault_server: FaultServer,
) -> None:
    fault_server.plan = ScriptedPlan([Action.status_429(), Action.status_503()])
    async with client_for(fault_server) as client:
        statuses = [(await create(client, fault_server)).status_code for _ in range(4)]

    assert statuses == [429, 503, 201, 201]


async def test_callable_plan_chooses_from_the_request(fault_server: FaultServer) -> None:
    def fail_marked_creates(request: RequestRecord) -> Action:
        if request.is_create and request.param("Body") == "fail":
            return Action.status_429()
        return Action.ok()

    fault_server.set_plan(fail_marked_creates)
    async with client_for(fault_server) as client:
        statuses = [
            (await create(client, fault_server, body="fail")).status_code,
            (await create(client, fault_server, body="pass")).status_code,
            (await client.get(fault_server.messages_path)).status_code,
        ]

    assert statuses == [429, 201, 200]


def test_inconsistent_actions_and_plans_are_refused() -> None:
    with pytest.raises(ValueError, match="retry_after"):
        Action(ActionKind.STATUS_500, retry_after=1)
    with pytest.raises(ValueError, match="acts"):
        Action(ActionKind.STATUS_429, acts=True)
    with pytest.raises(ValueError, match="acts"):
        Action(ActionKind.DROP_AFTER_READ, acts=False)
    with pytest.raises(ValueError, match="reset"):
        Action(ActionKind.STALL, reset=True)
    with pytest.raises(ValueError, match="at most 1"):
        RandomPlan({Action.status_429(): 0.7, Action.status_503(): 0.4}, seed=1)


async def test_a_plan_that_raises_fails_the_server_when_it_stops() -> None:
    def broken(request: RequestRecord) -> Action:
        raise LookupError("bug in the plan")

    server = FaultServer(plan=broken)
    with pytest.raises(FaultServerError, match="bug in the plan"), server.running():  # noqa: PT012
        async with client_for(server) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                await create(client, server)


# --- connections and lifecycle ---------------------------------------------------------------


def test_keep_alive_reuses_the_connection_until_the_client_says_close_both(
    fault_server: FaultServer, run_async: BackendRunner
) -> None:
    closing: list[httpx.Response] = []

    async def scenario() -> None:
        assert running_library() == run_async.backend
        async with client_for(fault_server) as client:
            for _ in range(3):
                await create(client, fault_server)
            closing.append(
                await client.get(fault_server.messages_path, headers={"Connection": "close"})
            )
            await create(client, fault_server)

    run_async(scenario)
    assert closing[0].headers["Connection"] == "close"
    assert [record.connection_id for record in fault_server.requests] == [1, 1, 1, 1, 2]
    assert fault_server.connection_count == 2


def test_shutdown_with_a_stalled_request_is_prompt_both(run_async: BackendRunner) -> None:
    server = FaultServer(plan=Action.stall())
    failures: list[Exception] = []
    stop_seconds: list[float] = []

    async def send(client: httpx.AsyncClient) -> None:
        try:
            await create(client, server)
        except httpx.TransportError as exc:
            failures.append(exc)

    async def scenario() -> None:
        async with client_for(server, timeout=30.0) as client, anyio.create_task_group() as group:
            group.start_soon(send, client)
            await server.wait_until_async(lambda s: s.in_flight == 1)
            started = time.monotonic()
            server.stop()
            stop_seconds.append(time.monotonic() - started)

    with server.running():
        run_async(scenario)
    assert stop_seconds[0] < 1.0
    assert not server.is_running
    assert [type(failure) for failure in failures] in (
        [httpx.RemoteProtocolError],
        [httpx.ReadError],
    )
    assert len(server.ledger) == 1


async def test_clear_forgets_everything_and_restarts_numbering(fault_server: FaultServer) -> None:
    fault_server.plan = ScriptedPlan([Action.status_429()])
    async with client_for(fault_server) as client:
        first = await create(client, fault_server)
        await create(client, fault_server)
        fault_server.clear()
        again = await create(client, fault_server)

    assert (first.status_code, again.status_code) == (429, 429)
    assert [record.number for record in fault_server.requests] == [0]
    assert (fault_server.ledger, fault_server.max_in_flight) == ([], 1)


def test_wait_until_times_out_with_a_clear_error(fault_server: FaultServer) -> None:
    with pytest.raises(TimeoutError, match="still false"):
        fault_server.wait_until(lambda s: s.in_flight == 5, within_seconds=0.01)
