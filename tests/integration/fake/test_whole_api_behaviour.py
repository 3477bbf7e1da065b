"""How the fake behaves beyond Messages: state, paging styles, filters, errors, products.

Each test drives the fake through ``fake.client()`` (a real ``twilio_async.Client``
answered in-process) or, for the error bodies, through a plain httpx client.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from twilio_async import Client, InvalidRequestError, NotFoundError
from twilio_async.testing import FakeClock, FakeTwilio


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc))


@pytest.fixture
def fake(clock: FakeClock) -> FakeTwilio:
    return FakeTwilio(clock=clock)


@pytest.fixture
async def client(fake: FakeTwilio) -> AsyncIterator[Client]:
    async with fake.client() as client:
        yield client


@pytest.fixture
async def http(fake: FakeTwilio) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=fake)
    auth = (fake.account_sid, fake.auth_token)
    async with httpx.AsyncClient(transport=transport, base_url=fake.base_url, auth=auth) as c:
        yield c


# -- records -------------------------------------------------------------------------------
async def test_a_created_record_has_the_spec_prefix_the_request_fields_and_identity(
    client: Client, fake: FakeTwilio
) -> None:
    service = await client.verify.v2.services.create(friendly_name="Login", code_length=6)

    assert service.sid.startswith("VA")
    assert len(service.sid) == 34
    assert (service.friendly_name, service.code_length) == ("Login", 6)
    assert service.account_sid == fake.account_sid
    assert service.date_created == datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    assert service.url == f"https://verify.twilio.com/v2/Services/{service.sid}"
    # Links are the example's, pointed at this record.
    assert service.links is not None
    assert service.links["verifications"] == f"{service.url}/Verifications"
    # Fields the request did not set come from the spec's example.
    assert service.lookup_enabled is False
    assert fake.records("verify.v2.services")[0]["sid"] == service.sid


async def test_update_changes_fields_and_date_updated_and_delete_removes(
    client: Client, clock: FakeClock
) -> None:
    created = await client.conversations.v1.conversations.create(friendly_name="Before")
    clock.advance(60)

    updated = await client.conversations.v1.conversations(created.sid).update(friendly_name="After")

    assert updated.friendly_name == "After"
    assert updated.date_created == created.date_created
    assert updated.date_updated == created.date_created + timedelta(seconds=60)
    fetched = await client.conversations.v1.conversations(created.sid).fetch()
    assert fetched.friendly_name == "After"
    assert await client.conversations.v1.conversations(created.sid).delete() is True
    with pytest.raises(NotFoundError) as caught:
        await client.conversations.v1.conversations(created.sid).fetch()
    assert caught.value.code == 20404
    with pytest.raises(NotFoundError):
        await client.conversations.v1.conversations(created.sid).delete()


async def test_children_need_their_parent_record(client: Client) -> None:
    missing = client.verify.v2.services("VA" + "0" * 32)
    with pytest.raises(NotFoundError):
        await missing.verifications.create(to="+15558675310", channel="sms")
    service = await client.verify.v2.services.create(friendly_name="Login")

    verification = await client.verify.v2.services(service.sid).verifications.create(
        to="+15558675310", channel="sms"
    )

    assert verification.service_sid == service.sid
    assert verification.sid.startswith("VE")
    assert (verification.to, verification.channel) == ("+15558675310", "sms")


async def test_records_keyed_by_a_request_field_are_fetched_by_it(client: Client) -> None:
    service = await client.verify.v2.services.create(friendly_name="Login")
    entities = client.verify.v2.services(service.sid).entities

    created = await entities.create(identity="alice-1234")

    assert created.identity == "alice-1234"
    assert created.sid.startswith("YE")
    assert (await entities("alice-1234").fetch()).sid == created.sid


async def test_read_only_resources_make_their_records_up(client: Client) -> None:
    number = await client.lookups.v2.phone_numbers("+15558675310").fetch()
    assert number.phone_number == "+15558675310"
    assert number.url == "https://lookups.twilio.com/v2/PhoneNumbers/+15558675310"
    countries = await client.pricing.v1.voice.countries.list()
    assert len(countries) == 1
    assert countries[0].iso_country  # the spec's example country


async def test_integer_keys_count_up_and_reject_other_text(client: Client) -> None:
    service = await client.sync.v1.services.create()
    items = client.sync.v1.services(service.sid).sync_lists
    sync_list = await items.create(unique_name="todo")
    list_items = items(sync_list.sid).sync_list_items

    first = await list_items.create(data={"task": "a"})
    second = await list_items.create(data={"task": "b"})

    assert (first.index, second.index) == (0, 1)
    assert (await list_items(1).fetch()).data == {"task": "b"}
    with pytest.raises(NotFoundError):
        await list_items(7).fetch()


async def test_unique_names_address_records_as_sids_do(client: Client) -> None:
    service = await client.sync.v1.services.create()
    documents = client.sync.v1.services(service.sid).documents
    created = await documents.create(unique_name="settings", data={"theme": "dark"})

    assert (await documents("settings").fetch()).sid == created.sid


async def test_add_record_seeds_state_and_checks_parents(fake: FakeTwilio, client: Client) -> None:
    seeded = fake.add_record("api.v2010.accounts.calls", to="+15558675310", status="busy")
    assert seeded["sid"].startswith("CA")
    call = await client.calls(seeded["sid"]).fetch()
    assert (call.to, call.status) == ("+15558675310", "busy")
    with pytest.raises(KeyError, match="no parent record"):
        fake.add_record("verify.v2.services.entities", "VA" + "0" * 32, identity="x")
    with pytest.raises(KeyError, match="unknown resource"):
        fake.add_record("verify.v2.nothing")
    with pytest.raises(KeyError, match=r"fake\.messages"):
        fake.records("api.v2010.accounts.messages")
    with pytest.raises(TypeError, match="parent value"):
        fake.add_record("verify.v2.services.entities")


async def test_subaccounts_created_through_the_fake_are_owned(
    fake: FakeTwilio, client: Client, http: httpx.AsyncClient
) -> None:
    sub = await client.api.v2010.accounts.create(friendly_name="Team B")

    call = await client.api.v2010.accounts(sub.sid).calls.create(
        to="+15558675310", from_="+15017122661", url="https://example.com/twiml"
    )

    assert call.account_sid == sub.sid
    assert (call.status, call.end_time) == ("queued", None)  # not the example's ended call
    assert [a.sid for a in await client.api.v2010.accounts.list()] == [sub.sid, fake.account_sid]
    stranger = "AC" + "1" * 32
    response = await http.get(f"/api/2010-04-01/Accounts/{stranger}/Calls.json")
    assert (response.status_code, response.json()["code"]) == (401, 20003)


# -- lists ---------------------------------------------------------------------------------
async def test_meta_paging_walks_every_page_in_creation_order(client: Client) -> None:
    sids = [(await client.verify.v2.services.create(friendly_name=f"s{i}")).sid for i in range(5)]

    page = await client.verify.v2.services.page(page_size=2)

    assert [s.sid for s in page] == sids[:2]
    assert page.next_page_url is not None
    assert page.next_page_url.startswith("https://verify.twilio.com/v2/Services?PageSize=2&Page=1")
    assert [s.sid for s in await client.verify.v2.services.list(page_size=2)] == sids
    assert [s.sid async for s in client.verify.v2.services.stream(limit=3)] == sids[:3]


async def test_v2010_paging_is_newest_first_with_relative_links(
    client: Client, http: httpx.AsyncClient, fake: FakeTwilio
) -> None:
    sids = [fake.add_record("api.v2010.accounts.calls")["sid"] for _ in range(3)]

    body = (
        await http.get(f"/api/2010-04-01/Accounts/{fake.account_sid}/Calls.json?PageSize=2")
    ).json()

    assert [c["sid"] for c in body["calls"]] == sids[::-1][:2]
    assert body["next_page_uri"].startswith(
        f"/2010-04-01/Accounts/{fake.account_sid}/Calls.json?PageSize=2&Page=1&PageToken=PA"
    )
    assert (body["page"], body["page_size"], body["start"], body["end"]) == (0, 2, 0, 1)
    assert [c.sid for c in await client.calls.list(page_size=2)] == sids[::-1]


async def test_token_paging(fake: FakeTwilio, client: Client) -> None:
    port_ins = client.numbers.v1.porting_all_port_ins
    sids = [
        fake.add_record("numbers.v1.porting_all_port_ins")["port_in_request_sid"] for _ in range(5)
    ]

    first = await port_ins.page(page_size=2)

    assert [p.port_in_request_sid for p in first] == sids[:2]
    assert [p.port_in_request_sid for p in await port_ins.list(page_size=2)] == sids


async def test_page_number_paging(client: Client) -> None:
    applications = client.numbers.v2.applications
    sids = []
    for i in range(5):
        body = {"friendly_name": f"app {i}", "iso_country": "US"}
        body |= {"business_information": {}, "setup": {}}
        created = await applications.create(create_short_code_application_request=body)
        sids.append(created.sid)

    page = await applications.page(page_size=2)

    assert [a.sid for a in page] == sids[:2]
    assert [a.sid for a in await applications.list(page_size=2)] == sids


async def test_list_filters_the_spec_names(fake: FakeTwilio, client: Client) -> None:
    fake.add_record(
        "api.v2010.accounts.calls",
        to="+15550001",
        status="busy",
        start_time="Mon, 01 Jan 2024 10:00:00 +0000",
    )
    fake.add_record(
        "api.v2010.accounts.calls",
        to="+15550002",
        status="completed",
        start_time="Tue, 02 Jan 2024 10:00:00 +0000",
    )
    fake.add_record(
        "api.v2010.accounts.calls",
        to="+15550003",
        status="completed",
        start_time="Wed, 03 Jan 2024 10:00:00 +0000",
    )

    async def tos(**filters: Any) -> list[str | None]:
        return sorted(c.to for c in await client.calls.list(**filters))

    assert await tos(status="completed") == ["+15550002", "+15550003"]
    assert await tos(to="+15550001") == ["+15550001"]
    day: Any = date(2024, 1, 2)  # a day: accepted at run time (typed datetime until d20)
    assert await tos(start_time=day) == ["+15550002"]
    assert await tos(start_time_after=day) == ["+15550002", "+15550003"]
    assert await tos(start_time_before=day, status="busy") == ["+15550001"]


# -- errors --------------------------------------------------------------------------------
async def test_missing_required_parameters_are_400_naming_them(http: httpx.AsyncClient) -> None:
    response = await http.post("/verify/v2/Services", data={"CodeLength": "6"})
    assert response.status_code == 400
    assert response.json() == {
        "code": 20001,
        "message": "Missing required parameter FriendlyName in the post body",
        "more_info": "https://www.twilio.com/docs/errors/20001",
        "status": 400,
    }


async def test_calls_use_twilio_own_codes_for_missing_to_and_from(
    http: httpx.AsyncClient, fake: FakeTwilio
) -> None:
    path = f"/api/2010-04-01/Accounts/{fake.account_sid}/Calls.json"
    no_to = await http.post(path, data={"From": "+15017122661", "Url": "https://e.test"})
    no_from = await http.post(path, data={"To": "+15558675310", "Url": "https://e.test"})
    assert (no_to.status_code, no_to.json()["code"]) == (400, 21201)
    assert (no_from.status_code, no_from.json()["code"]) == (400, 21213)


async def test_values_outside_an_enum_and_json_of_the_wrong_type_are_400(
    client: Client,
) -> None:
    service = await client.verify.v2.services.create(friendly_name="Login")
    with pytest.raises(InvalidRequestError, match="RiskCheck: expected one of") as caught:
        await client.verify.v2.services(service.sid).verifications.create(
            to="+15558675310", channel="sms", risk_check="maybe"
        )
    assert caught.value.status == 400
    body = {"enabled": "yes", "name": "n", "type": "WEBHOOK"}
    with pytest.raises(InvalidRequestError, match="enabled must be of type bool"):
        await client.assistants.v1.tools.create(assistants_v1_service_create_tool_request=body)


async def test_a_method_the_path_does_not_have_is_405(
    http: httpx.AsyncClient,
) -> None:
    response = await http.put("/verify/v2/Services")
    assert (response.status_code, response.json()["code"]) == (405, 20004)


# -- products ------------------------------------------------------------------------------
async def test_paths_several_products_share_need_the_product_named(
    http: httpx.AsyncClient,
) -> None:
    response = await http.get("/v2/Services")
    assert response.status_code == 404
    message = response.json()["message"]
    assert "chat, intelligence, ip-messaging, verify" in message
    assert "{product}" in message
    by_host = await http.get("/v2/Services", headers={"Host": "verify.twilio.com"})
    assert (by_host.status_code, by_host.json()["meta"]["key"]) == (200, "services")
    by_prefix = await http.get("/verify/v2/Services")
    assert by_prefix.status_code == 200


async def test_a_path_only_one_product_has_needs_no_product(
    http: httpx.AsyncClient, fake: FakeTwilio
) -> None:
    response = await http.get(
        "/v2/PhoneNumbers/+15558675310?Fields=line_type_intelligence",
        headers={"Host": "lookups.twilio.com"},
    )
    assert response.status_code == 200
    plain = await http.get(f"/2010-04-01/Accounts/{fake.account_sid}/Calls.json")
    assert plain.status_code == 200
    assert fake.requests[-1].operation == "api.v2010.accounts.calls.list"


def test_over_http_with_the_product_in_the_base_url(fake: FakeTwilio) -> None:
    import anyio

    async def main(base_url: str) -> str:
        async with Client(fake.account_sid, fake.auth_token, base_url=base_url + "/{product}") as c:
            service = await c.verify.v2.services.create(friendly_name="Over HTTP")
            return (await c.verify.v2.services(service.sid).fetch()).friendly_name or ""

    with fake.run_in_thread() as url:
        assert anyio.run(main, url) == "Over HTTP"
        assert anyio.run(main, url, backend="trio") == "Over HTTP"


async def test_a_made_up_record_has_what_the_query_asked_for(client: Client) -> None:
    configuration = await client.flex_api.v1.configuration().fetch(ui_version="2.1")
    assert configuration.ui_version == "2.1"


async def test_form_values_that_do_not_fit_the_field_are_400(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/verify/v2/Services", data={"FriendlyName": "x", "CodeLength": "six"}
    )
    assert response.status_code == 400
    assert response.json()["message"] == "CodeLength must be a number, got 'six'"
    flag = await http.post("/verify/v2/Services", data={"FriendlyName": "x", "Psd2Enabled": "1"})
    assert flag.json()["message"] == "Psd2Enabled must be true or false, got '1'"
