"""Personal data and secrets in what the client writes about requests (issue 19 item 7).

By default no phone number, email address, credential or Verify code reaches a span
attribute, a metric attribute, a log record (ours at every level, and httpx's request
line) or the text of an error; ``Client(redact_pii=False)`` brings the full URLs back,
never the secrets. One module decides (``twilio_async._redaction``): the transport's error
parameters, telemetry and the generator's secret record fields all use it.
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest
import respx

from twilio_async import (
    Client,
    InvalidRequestError,
    TwilioConnectionError,
    TwilioError,
    TwilioOutcomeUnknownError,
    UnsubscribedRecipientError,
)

from .conftest import ACCOUNT_SID, API, AUTH_TOKEN, MESSAGES_PATH, error_json, message_json
from .otel_support import Otel, in_memory_otel

if TYPE_CHECKING:
    from .conftest import FakeTime

PHONE = "+15558675310"
SENDER = "+15017122661"
EMAIL = "alice.smith@example.com"
CODE = "864209"
SERVICE = "VA" + "a" * 32
LOOKUPS = "https://lookups.twilio.com"
VERIFY = "https://verify.twilio.com"
CONVERSATIONS = "https://conversations.twilio.com"
LOOKUP_PATH = "/v2/PhoneNumbers/%2B15558675310"
USER_PATH = "/v1/Users/alice.smith%40example.com"
CHECK_PATH = f"/v2/Services/{SERVICE}/VerificationCheck"
VERIFICATIONS_PATH = f"/v2/Services/{SERVICE}/Verifications"

# What must never be written: any E.164 number or email address (plain or percent-encoded),
# the test's own numbers as bare digits, the credentials and the one-time code.
LEAKS = re.compile(
    r"(?:\+|%2B)\d{7,15}|[\w.+-]+(?:@|%40)[\w-]+\.[\w.]+|5558675310|5017122661|alice"
    + f"|{re.escape(AUTH_TOKEN)}|{CODE}"
    + f"|{re.escape(base64.b64encode(f'{ACCOUNT_SID}:{AUTH_TOKEN}'.encode()).decode())}",
    re.IGNORECASE,
)


@pytest.fixture
def otel() -> Iterator[Otel]:
    yield from in_memory_otel()


@pytest.fixture
def twilio() -> Iterator[respx.MockRouter]:
    """Every Twilio host this module calls, mocked."""
    with respx.mock(assert_all_called=False) as router:
        yield router


def reply(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"Twilio-Request-Id": "RQ" + "0" * 32})


def mock_representative_answers(twilio: respx.MockRouter) -> None:
    """Answers for :func:`representative_calls`: retries, failures and successes."""
    first_page = {
        "messages": [message_json(1)],
        "next_page_uri": f"{MESSAGES_PATH}?To=%2B15558675310&From=%2B15017122661"
        "&PageSize=50&Page=1&PageToken=PASM" + "1" * 32,
    }
    last_page = {"messages": [message_json(2)], "next_page_uri": None}
    number = {
        "phone_number": PHONE,
        "national_format": "(555) 867-5310",
        "valid": True,
        "url": LOOKUPS + LOOKUP_PATH,
    }
    invalid = f"The 'To' number {PHONE} is not a valid phone number."
    twilio.post(API + MESSAGES_PATH).mock(
        side_effect=[
            reply(429, error_json(20429, 429, f"Too many requests for {PHONE}")),
            reply(201, message_json(1)),
            reply(400, error_json(21211, 400, invalid)),
        ]
    )
    twilio.get(API + MESSAGES_PATH).mock(
        side_effect=[reply(200, first_page), reply(200, last_page)]
    )
    twilio.get(LOOKUPS + LOOKUP_PATH).mock(
        side_effect=[reply(503, error_json(20503, 503, f"busy: {PHONE}")), reply(200, number)]
    )
    twilio.post(VERIFY + CHECK_PATH).mock(
        return_value=reply(400, error_json(60200, 400, f"Invalid code {CODE} for {PHONE}"))
    )
    twilio.post(VERIFY + VERIFICATIONS_PATH).mock(
        return_value=reply(500, error_json(20500, 500, f"could not reach {EMAIL}"))
    )
    twilio.get(CONVERSATIONS + USER_PATH).mock(
        side_effect=httpx.ConnectError(f"cannot connect for {EMAIL}")
    )


async def representative_calls(client: Client) -> list[TwilioError]:
    """Messages create (retried) and list by recipient, a Lookups fetch (retried), a
    Verify check with a code, a Verify email verification, a Conversations user by email
    (a connection failure after retries), and an invalid create. Returns the errors."""
    errors: list[TwilioError] = []
    await client.messages.create(to=PHONE, from_=SENDER, body="Your code is " + CODE)
    assert len([m async for m in client.messages.stream(to=PHONE, from_=SENDER)]) == 2
    await client.lookups.v2.phone_numbers(PHONE).fetch()
    verify = client.verify.v2.services(SERVICE)
    with pytest.raises(InvalidRequestError) as check:
        await verify.verification_checks.create(to=PHONE, code=CODE)
    errors.append(check.value)
    with pytest.raises(TwilioOutcomeUnknownError) as unknown:
        await verify.verifications.create(to=EMAIL, channel="email")
    errors.append(unknown.value)
    with pytest.raises(TwilioConnectionError) as lost:
        await client.conversations.v1.users(EMAIL).fetch()
    errors.append(lost.value)
    with pytest.raises(InvalidRequestError) as invalid:
        await client.messages.create(to=PHONE, from_=SENDER, body="hi")
    errors.append(invalid.value)
    return errors


def record_text(record: logging.LogRecord) -> str:
    """A log record as a handler could see it: message, arguments and every field."""
    return f"{record.getMessage()} {record.__dict__!r}"


async def run_representative_calls(
    twilio: respx.MockRouter,
    otel: Otel,
    fake_time: FakeTime,
    caplog: pytest.LogCaptureFixture,
    **options: Any,
) -> tuple[list[TwilioError], set[str]]:
    """:func:`representative_calls` with every logger at DEBUG; the errors and the spans'
    ``url.full`` values."""
    mock_representative_answers(twilio)
    with caplog.at_level(logging.DEBUG):  # every logger, every level
        async with otel.client(fake_time, **options) as client:
            errors = await representative_calls(client)
    return errors, {str((s.attributes or {})["url.full"]) for s in otel.finished()}


async def test_item7_no_personal_data_or_secret_in_spans_metrics_logs_or_error_text(
    twilio: respx.MockRouter,
    otel: Otel,
    fake_time: FakeTime,
    caplog: pytest.LogCaptureFixture,
) -> None:
    errors, urls = await run_representative_calls(twilio, otel, fake_time, caplog)
    values = otel.every_value()
    records = caplog.records
    texts = [record_text(r) for r in records] + [str(e) for e in errors]
    texts += [repr(e) for e in errors]
    leaks = [text for text in values + texts if LEAKS.search(text)]
    assert not leaks, leaks
    # The scan saw what it had to: every call's span, retry events and lines, failure
    # lines, httpx's own request lines, and metrics.
    names = [span.name for span in otel.finished()]
    assert "twilio lookups.phone_numbers.fetch" in names
    assert names.count("twilio messages.list") == 2
    assert "twilio.retry" in values
    messages = [r.getMessage() for r in records]
    assert sum(m.startswith("retrying GET") for m in messages) >= 2
    assert sum(" failed after " in m for m in messages) == len(errors)
    assert any(r.name == "httpx" for r in records)
    assert "http.client.request.duration" in otel.metrics()
    # ... and shows the request's shape instead of its data.
    assert f"{LOOKUPS}/v2/PhoneNumbers/{{PhoneNumber}}" in urls
    assert f"{CONVERSATIONS}/v1/Users/{{Sid}}" in urls
    assert (
        f"{API}{MESSAGES_PATH}?To=REDACTED&From=REDACTED&PageSize=50&Page=1"
        f"&PageToken=PASM{'1' * 32}"
    ) in urls


async def test_item7_errors_keep_the_full_request_for_code_but_not_in_their_text(
    twilio: respx.MockRouter, fake_time: FakeTime
) -> None:
    twilio.get(LOOKUPS + LOOKUP_PATH).respond(
        404, json=error_json(20404, 404, f"No data for {PHONE}")
    )
    async with Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy()) as client:
        with pytest.raises(TwilioError) as caught:
            await client.lookups.v2.phone_numbers(PHONE).fetch()
    error: Any = caught.value
    assert error.url == LOOKUPS + LOOKUP_PATH  # what the caller needs to act on it
    assert error.message == f"No data for {PHONE}"
    assert str(error).startswith(
        f"HTTP 404 [code 20404] from GET {LOOKUPS}/v2/PhoneNumbers/{{PhoneNumber}}: "
        "No data for REDACTED (after 1 attempt)"
    )
    assert not LEAKS.search(str(error) + repr(error))


async def test_item7_redact_pii_false_shows_full_urls_but_never_secrets(
    twilio: respx.MockRouter,
    otel: Otel,
    fake_time: FakeTime,
    caplog: pytest.LogCaptureFixture,
) -> None:
    errors, urls = await run_representative_calls(twilio, otel, fake_time, caplog, redact_pii=False)
    assert LOOKUPS + LOOKUP_PATH in urls
    assert CONVERSATIONS + USER_PATH in urls
    assert any("To=%2B15558675310" in url for url in urls)
    assert any(LOOKUP_PATH in r.getMessage() for r in caplog.records if r.name == "twilio_async")
    assert any(PHONE in str(e) for e in errors)
    everything = otel.every_value() + [record_text(r) for r in caplog.records]
    everything += [str(e) + repr(e) for e in errors]
    for secret in (AUTH_TOKEN, CODE):
        assert not [text for text in everything if secret in text], secret
    check = errors[0]
    assert isinstance(check, InvalidRequestError)
    assert check.params == {"To": PHONE, "Code": "<redacted>"}


def test_item7_httpx_request_line_is_left_alone_for_other_hosts(
    caplog: pytest.LogCaptureFixture,
) -> None:
    Client(ACCOUNT_SID, AUTH_TOKEN)  # installs the guard for Twilio's hosts
    # The product in the path (the fake on a socket) watches that one host, not every host.
    Client(ACCOUNT_SID, AUTH_TOKEN, base_url="http://127.0.0.1:8080/{product}")
    # A host no other test points a client at (the guard is per process).
    url = httpx.URL("https://people.not-twilio.invalid/v1/People/%2B15558675310?To=x")
    ours = httpx.URL(LOOKUPS + LOOKUP_PATH + "?Fields=line_type_intelligence")
    with caplog.at_level(logging.INFO, logger="httpx"):
        for target in (url, ours):
            logging.getLogger("httpx").info(
                'HTTP Request: %s %s "%s %d %s"', "GET", target, "HTTP/1.1", 200, "OK"
            )
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        f'HTTP Request: GET {url} "HTTP/1.1 200 OK"',
        f'HTTP Request: GET {LOOKUPS}/v2/PhoneNumbers/REDACTED?Fields=REDACTED "HTTP/1.1 200 OK"',
    ]


async def test_item7_escape_hatch_info_lines_and_problem_details_errors_are_redacted(
    twilio: respx.MockRouter,
    otel: Otel,
    fake_time: FakeTime,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """``client.request`` URLs (no operation template: the safety net) in spans and the
    per-response INFO line, and a problem-details error refined to a typed code class."""
    twilio.get(LOOKUPS + LOOKUP_PATH).respond(200, json={"phone_number": PHONE})
    detail = f"The recipient {PHONE} replied STOP; contact {EMAIL}."
    twilio.post(API + MESSAGES_PATH).respond(
        400,
        json={
            "type": "https://www.twilio.com/docs/errors/21610",
            "title": "Attempt to send to unsubscribed recipient",
            "status": 400,
            "detail": detail,
            "code": 21610,
        },
    )
    with caplog.at_level(logging.INFO, logger="twilio_async"):
        async with otel.client(fake_time) as client:
            answer = await client.request("GET", LOOKUPS + LOOKUP_PATH, params={"To": PHONE})
            with pytest.raises(UnsubscribedRecipientError) as caught:
                await client.request("POST", API + MESSAGES_PATH, data={"To": PHONE})
    assert answer.json() == {"phone_number": PHONE}
    error = caught.value
    assert error.detail == detail  # kept for code
    assert error.url == API + MESSAGES_PATH
    info = [r for r in caplog.records if r.levelno == logging.INFO and r.name == "twilio_async"]
    assert [r.getMessage().split(" -> ")[0] for r in info] == [
        f"HTTP GET {LOOKUPS}/v2/PhoneNumbers/REDACTED?To=REDACTED",
        f"HTTP POST {API}{MESSAGES_PATH}",
    ]
    urls = {str((s.attributes or {})["url.full"]) for s in otel.finished()}
    assert f"{LOOKUPS}/v2/PhoneNumbers/REDACTED?To=REDACTED" in urls
    texts = [record_text(r) for r in caplog.records] + otel.every_value()
    texts += [str(error), repr(error)]
    assert "REDACTED replied STOP" in str(error)
    assert not [text for text in texts if LEAKS.search(text)]


@pytest.mark.parametrize("redact_pii", [True, False])
async def test_item7_a_with_options_view_keeps_the_clients_redact_pii(
    twilio: respx.MockRouter, fake_time: FakeTime, redact_pii: bool
) -> None:
    twilio.get(LOOKUPS + LOOKUP_PATH).respond(
        404, json=error_json(20404, 404, f"No data for {PHONE}")
    )
    client = Client(ACCOUNT_SID, AUTH_TOKEN, retry=fake_time.policy(), redact_pii=redact_pii)
    async with client:
        view = client.with_options(timeout=5, headers={"X-Trace": "1"})
        with pytest.raises(TwilioError) as caught:
            await view.lookups.v2.phone_numbers(PHONE).fetch()
    shown = str(caught.value) + repr(caught.value)
    assert (PHONE in shown) is not redact_pii
    assert ("{PhoneNumber}" in shown) is redact_pii
