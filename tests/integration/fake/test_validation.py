"""Twilio's validation errors on message creation, each with its code and a 400."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.fake._helpers import SEND, checked_client, messages_path
from tests.integration.fake._spec_check import SpecChecker
from twilio_async.testing import FakeTwilio

TO, FROM = SEND["To"], SEND["From"]
SERVICE_SID = "MG" + "a" * 32
CONTENT_SID = "HX" + "b" * 32


async def create(api: httpx.AsyncClient, fake: FakeTwilio, data: object) -> httpx.Response:
    return await api.post(messages_path(fake), data=data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param({"From": FROM, "Body": "Hi"}, 21604, id="missing-to"),
        pytest.param({"To": "", "From": FROM, "Body": "Hi"}, 21604, id="empty-to"),
        pytest.param({"To": TO, "From": FROM}, 21602, id="no-body-media-or-content"),
        pytest.param({"To": TO, "From": FROM, "Body": ""}, 21602, id="empty-body"),
        pytest.param({"To": TO, "Body": "Hi"}, 21603, id="no-from-or-service"),
        pytest.param({"To": "5558675310", "From": FROM, "Body": "Hi"}, 21211, id="to-no-plus"),
        pytest.param({"To": "+1 555 867 5310", "From": FROM, "Body": "Hi"}, 21211, id="to-spaces"),
        pytest.param({"To": "+0155586753", "From": FROM, "Body": "Hi"}, 21211, id="to-leading-0"),
        pytest.param({"To": "+1555", "From": FROM, "Body": "Hi"}, 21211, id="to-too-short"),
        pytest.param({"To": "whatsapp:555", "From": FROM, "Body": "Hi"}, 21211, id="to-bad-wa"),
        pytest.param({"To": "fax:+15558675310", "From": FROM, "Body": "Hi"}, 21211, id="to-fax"),
        pytest.param({"To": TO, "From": "+1-555-0100", "Body": "Hi"}, 21212, id="from-dashes"),
        pytest.param({"To": TO, "From": "Brand!", "Body": "Hi"}, 21212, id="from-punctuation"),
        pytest.param({"To": TO, "From": "TooLongBrandName", "Body": "Hi"}, 21212, id="from-12+"),
        pytest.param({"To": TO, "From": FROM, "ContentSid": "HX1"}, 21655, id="bad-content-sid"),
        pytest.param({"To": TO, "From": FROM, "Body": "x" * 1601}, 21617, id="body-over-1600"),
        pytest.param({"To": TO, "MessagingServiceSid": "MG1", "Body": "Hi"}, 20001, id="bad-mg"),
    ],
)
async def test_invalid_creates_fail_with_twilios_code(
    fake: FakeTwilio, api: httpx.AsyncClient, data: dict[str, str], code: int
) -> None:
    response = await create(api, fake, data)

    assert response.status_code == 400
    body = response.json()
    assert (body["code"], body["status"]) == (code, 400)
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}"
    assert fake.messages == []
    assert fake.stats.created == 0


async def test_the_error_messages_name_the_problem(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    missing_to = (await create(api, fake, {"From": FROM, "Body": "Hi"})).json()
    assert missing_to["message"] == "A 'To' phone number is required."
    bad_to = (await create(api, fake, {"To": "12345", "From": FROM, "Body": "Hi"})).json()
    assert bad_to["message"] == "Invalid 'To' Phone Number: 12345"
    bad_from = (await create(api, fake, {"To": TO, "From": "+1-5", "Body": "Hi"})).json()
    assert "+1-5" in bad_from["message"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"To": "whatsapp:+15558675310", "From": "whatsapp:+15017122661"}, id="wa"),
        pytest.param({"To": "messenger:1234567890", "From": "messenger:987"}, id="messenger"),
        pytest.param({"To": TO, "From": "12345"}, id="short-code-sender"),
        pytest.param({"To": TO, "From": "My Brand"}, id="alphanumeric-sender"),
        pytest.param({"To": TO, "MessagingServiceSid": SERVICE_SID}, id="service-only"),
        pytest.param({"To": TO, "From": FROM, "MessagingServiceSid": SERVICE_SID}, id="both"),
    ],
)
async def test_channel_addresses_and_other_senders_are_accepted(
    fake: FakeTwilio, api: httpx.AsyncClient, data: dict[str, str]
) -> None:
    response = await create(api, fake, {**data, "Body": "Hi"})

    assert response.status_code == 201
    assert response.json()["to"] == data["To"]
    assert response.json()["from"] == data.get("From")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"MediaUrl": "https://example.com/a.jpg"}, id="media-only"),
        pytest.param({"ContentSid": CONTENT_SID}, id="content-only"),
    ],
)
async def test_media_or_a_content_template_can_replace_the_body(
    fake: FakeTwilio, api: httpx.AsyncClient, data: dict[str, str]
) -> None:
    response = await create(api, fake, {"To": TO, "From": FROM, **data})
    assert response.status_code == 201
    assert response.json()["body"] == ""


@pytest.mark.parametrize(
    ("field", "number", "code"),
    [
        ("From", "+15005550001", 21212),
        ("From", "+15005550007", 21606),
        ("From", "+15005550008", 21611),
        ("To", "+15005550001", 21211),
        ("To", "+15005550002", 21612),
        ("To", "+15005550003", 21408),
        ("To", "+15005550004", 21610),
        ("To", "+15005550009", 21614),
    ],
)
async def test_twilios_magic_numbers_fail_with_their_documented_codes(
    fake: FakeTwilio, api: httpx.AsyncClient, field: str, number: str, code: int
) -> None:
    response = await create(api, fake, {**SEND, field: number})

    assert (response.status_code, response.json()["code"]) == (400, code)
    assert fake.messages == []


async def test_magic_numbers_can_be_turned_off(spec_checker: SpecChecker) -> None:
    fake = FakeTwilio(magic_numbers=False)
    async with checked_client(fake, spec_checker) as api:
        response = await create(api, fake, {**SEND, "To": "+15005550004"})
    assert response.status_code == 201


async def test_the_magic_success_sender_is_accepted(
    fake: FakeTwilio, api: httpx.AsyncClient
) -> None:
    response = await create(api, fake, {**SEND, "From": "+15005550006"})
    assert response.status_code == 201
