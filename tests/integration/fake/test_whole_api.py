"""Every generated operation, sent by its public method, is answered by the fake.

One test per operation (about 1,450), each in-process and cheap: the fake's parents and
the addressed record are created in its store, the method is called with its required
keywords, and the answer must decode into the operation's record, from the operation the
fake says it routed to. Operations the client cannot send (OAuth2) are refused by both.
A second test creates, fetches and lists a record of every resource that can be created.
"""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest

from codegen.schema import field_name
from tests import generated
from tests.integration.fake._spec_check import SpecChecker
from tests.integration.fake._whole_api import (
    SEND,
    path_values,
    public_methods,
    required_keywords,
    table_operation,
)
from twilio_async import TwilioAPIError
from twilio_async._operation import Operation, Redirect
from twilio_async.oauth import StaticBearerToken
from twilio_async.testing import FakeTwilio
from twilio_async.testing._table import load_table

OPERATIONS = [op for _, _, op in generated.operations()]


async def _message_values(fake: FakeTwilio, client: Any, op: Operation[Any]) -> tuple[str, ...]:
    """Messages live in the Messages handler's store: send one (with a media item)."""
    message = await client.messages.create(**SEND, media_url=["https://example.com/a.png"])
    values: tuple[str, ...] = (fake.account_sid, message.sid)
    if op.path.endswith("/Media/{Sid}.json"):
        values += (fake.messages[0].media[0].sid,)
    return values[: op.placeholders]


@functools.cache
def _checker(stem: str) -> SpecChecker:
    return SpecChecker(f"twilio_{stem}.json")


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.id for op in OPERATIONS])
async def test_every_operation_is_emulated(op: Operation[Any]) -> None:
    fake = FakeTwilio()
    spec = table_operation(fake, op)
    method = public_methods()[id(op)]
    responses: list[httpx.Response] = []

    async def keep(response: httpx.Response) -> None:
        await response.aread()
        responses.append(response)

    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake), event_hooks={"response": [keep]}
    )
    # OAuth2-only operations (preview_iam) take a bearer token, which the fake accepts as is.
    oauth = {"oauth": StaticBearerToken("org-token")} if spec.bearer else {}
    async with http, fake.client(http_client=http, **oauth) as client:
        if op.id.startswith("api.v2010.accounts.messages") and op.placeholders > 1:
            values = await _message_values(fake, client, op)
        else:
            values = path_values(fake, spec, op.placeholders)
        resource = method.cls(client.transport, values)
        call = getattr(resource, method.name)
        params = required_keywords(method, spec)
        if spec.refused:
            with pytest.raises(TwilioAPIError) as refused:
                await call(**params)
            assert (refused.value.status, refused.value.code) == (501, 20501)
            assert op.id in str(refused.value.message)
            return
        result = await call(**params)
    request = fake.requests[-1]
    assert (request.operation, request.method) == (op.id, op.method)
    # The answer has every field of the spec's schema, of the right types, and no other.
    _checker(op.spec).check(responses[-1], template=op.path)
    assert 200 <= request.status < 400, (request.status, op.id)
    if op.id.rsplit(".", 1)[1] == "list":
        assert isinstance(result, list)
    elif op.record is Redirect:
        assert result.location
    elif op.record is not None and request.status != 204:
        assert isinstance(result, op.record), type(result)
    else:
        assert result is True or isinstance(result, dict)


BEARER = [op for op in OPERATIONS if op.auth == "bearer"]


async def test_oauth2_operations_take_a_bearer_token_and_answer_501_naming_themselves() -> None:
    fake = FakeTwilio()
    op = next(op for op in BEARER if op.id.endswith(".list"))
    path = op.url_path(tuple("OR" + "0" * 32 for _ in range(op.placeholders)))
    transport = httpx.ASGITransport(app=fake)
    async with httpx.AsyncClient(transport=transport, base_url=fake.base_url) as http:
        basic = await http.get(f"/{op.product}{path}", auth=(fake.account_sid, fake.auth_token))
        bearer = await http.get(f"/{op.product}{path}", headers={"Authorization": "Bearer t"})
        elsewhere = await http.get(
            f"/api/2010-04-01/Accounts/{fake.account_sid}.json",
            headers={"Authorization": "Bearer t"},
        )
    # Basic credentials reach it too; a bearer token only the OAuth2 operations.
    assert (basic.status_code, bearer.status_code, elsewhere.status_code) == (501, 501, 401)
    assert op.id in bearer.json()["message"]


def test_the_fake_emulates_every_operation_the_client_can_send() -> None:
    refused = FakeTwilio.refused_operations()
    emulated = FakeTwilio.emulated_operations()
    assert len(refused) + len(emulated) == len(OPERATIONS) == 1447
    assert set(refused) == {op.id for op in BEARER}
    assert len(emulated) == 1436


def _round_trips() -> list[tuple[Operation[Any], Operation[Any], Operation[Any]]]:
    """(create, fetch, list) of every collection records can be created in and then be
    fetched by key from and listed."""
    by_route = {(op.product, op.method, op.path): op for op in OPERATIONS}
    table = load_table()
    found = []
    for collection in table.collections:
        ops = [s for s in table.operations if s.collection is collection and not s.refused]
        depth = collection.depth
        create = [s for s in ops if s.kind == "create" and s.path.count("{") == depth]
        fetch = [s for s in ops if s.kind == "fetch" and s.path.count("{") == depth + 1]
        listing = [s for s in ops if s.kind == "list"]
        # The key must be in the create's answer (a caller-ID validation request does not
        # show the caller ID's SID), so that the record can be fetched.
        key_field = collection.key_field
        if not (create and fetch and listing and key_field):
            continue
        shapes = (create[0].shape, fetch[0].shape, listing[0].shape)
        if all(shape and key_field in shape.by_name for shape in shapes):
            found.append(
                tuple(
                    by_route[(s.product, s.method, s.path)]
                    for s in (create[0], fetch[0], listing[0])
                )
            )
    return found  # type: ignore[return-value]


ROUND_TRIPS = _round_trips()


def test_most_creatable_resources_round_trip() -> None:
    assert len(ROUND_TRIPS) >= 150


@pytest.mark.parametrize(
    ("create", "fetch", "listing"),
    ROUND_TRIPS,
    ids=[c.id.removesuffix(".create") for c, _, _ in ROUND_TRIPS],
)
async def test_created_records_can_be_fetched_and_listed(
    create: Operation[Any], fetch: Operation[Any], listing: Operation[Any]
) -> None:
    fake = FakeTwilio()
    methods = public_methods()
    spec = table_operation(fake, create)
    key_field = spec.collection.key_field
    assert key_field is not None
    resource = create.id.rsplit(".", 1)[0]
    before = 0 if resource.endswith(".messages") else len(fake.records(resource))
    async with fake.client() as client:
        parents = path_values(fake, spec, create.placeholders)
        create_method = methods[id(create)]
        creator: Any = create_method.cls(client.transport, parents)
        created = await creator.create(**required_keywords(create_method, spec))
        key = _attribute(created, key_field)
        assert key is not None
        fetch_method = methods[id(fetch)]
        fetcher: Any = fetch_method.cls(client.transport, (*parents, str(key)))
        fetched = await fetcher.fetch()
        assert _attribute(fetched, key_field) == key
        list_method = methods[id(listing)]
        list_spec = table_operation(fake, listing)
        filters = required_keywords(list_method, list_spec)
        for api, (field, _) in list_spec.fields.items():  # required filters: ours
            keyword = next((k for k, v in listing.query.items() if v == api), None)
            if keyword in filters:
                filters[keyword] = _attribute(created, field)
        lister: Any = list_method.cls(client.transport, parents)
        listed = await lister.list(**filters)
    keys = [_attribute(record, key_field) for record in listed]
    assert key in keys
    assert len(keys) == before + 1


def _attribute(record: Any, json_key: str) -> Any:
    name = field_name(json_key)
    if isinstance(record, dict):
        return record[json_key]
    return getattr(record, name)
