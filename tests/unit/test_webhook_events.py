"""Typed webhook records, and the dependency that validates and parses them (Starlette)."""

from __future__ import annotations

from datetime import datetime, timezone

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient
from twilio.request_validator import RequestValidator as OfficialValidator

from twilio_async import CallStatus, MessageStatus
from twilio_async.webhooks import (
    CallStatusCallback,
    IncomingMedia,
    IncomingMessage,
    MessageStatusCallback,
    RequestValidator,
    WebhookPayloadError,
    twilio_webhook,
)

TOKEN = "12345678901234567890123456789012"
ACCOUNT = "AC" + "a" * 32
MESSAGE = {
    "MessageSid": "SM" + "1" * 32,
    "SmsSid": "SM" + "1" * 32,
    "AccountSid": ACCOUNT,
    "MessagingServiceSid": "MG" + "2" * 32,
    "From": "+15558675310",
    "To": "+15017122661",
    "Body": "Hi & bye",
    "NumMedia": "2",
    "NumSegments": "1",
    "MediaUrl1": "https://api.twilio.com/m/ME2",
    "MediaContentType1": "application/pdf",
    "MediaUrl0": "https://api.twilio.com/m/ME1",
    "MediaContentType0": "image/jpeg",
    "FromCity": "SAN FRANCISCO",
    "FromState": "CA",
    "FromZip": "94105",
    "FromCountry": "US",
    "ToCountry": "US",
    "SmsStatus": "received",
    "ApiVersion": "2010-04-01",
    "AddOns": '{"status": "successful"}',
    "ReferralNumMedia": "0",
}


def test_incoming_message_fields_media_and_geo() -> None:
    message = IncomingMessage.from_form(MESSAGE)
    assert message.message_sid == MESSAGE["MessageSid"]
    assert (message.from_, message.to, message.body) == ("+15558675310", "+15017122661", "Hi & bye")
    assert message.num_media == 2
    assert message.num_segments == 1
    assert message.media == (
        IncomingMedia("https://api.twilio.com/m/ME1", "image/jpeg"),
        IncomingMedia("https://api.twilio.com/m/ME2", "application/pdf"),
    )
    assert (message.from_city, message.from_state, message.from_zip) == (
        "SAN FRANCISCO",
        "CA",
        "94105",
    )
    assert message.to_city is None
    assert message.messaging_service_sid == MESSAGE["MessagingServiceSid"]


def test_unknown_fields_are_kept_and_read_only() -> None:
    message = IncomingMessage.from_form(MESSAGE)
    assert dict(message.extra) == {
        "SmsSid": MESSAGE["SmsSid"],
        "AddOns": MESSAGE["AddOns"],
        "ReferralNumMedia": "0",
    }
    with pytest.raises(TypeError):
        message.extra["x"] = "y"  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        message.body = "changed"  # type: ignore[misc]


def test_lists_of_values_as_starlette_or_validate_request_give_them() -> None:
    form = {name: [value] for name, value in MESSAGE.items()}
    form["Body"] = ["first", "last"]
    message = IncomingMessage.from_form(form)
    assert message.body == "last"
    assert message == attrs.evolve(IncomingMessage.from_form(MESSAGE), body="last")


def test_message_status_callback_typed_and_open_ended() -> None:
    form = {
        "MessageSid": "SM" + "3" * 32,
        "MessageStatus": "undelivered",
        "AccountSid": ACCOUNT,
        "ErrorCode": "30003",
        "RawDlrDoneDate": "2311231215",
        "ChannelPrefix": "sms",
    }
    callback = MessageStatusCallback.from_form(form)
    assert callback.message_status is MessageStatus.UNDELIVERED
    assert callback.error_code == 30003
    assert callback.raw_dlr_done_date == "2311231215"
    assert callback.extra == {"ChannelPrefix": "sms"}
    later = MessageStatusCallback.from_form(
        {**form, "MessageStatus": "teleported", "ErrorCode": ""}
    )
    assert later.message_status == "teleported"
    assert not later.message_status.is_known
    assert later.error_code is None


def test_call_status_callback() -> None:
    callback = CallStatusCallback.from_form(
        {
            "CallSid": "CA" + "4" * 32,
            "AccountSid": ACCOUNT,
            "From": "+15558675310",
            "To": "+15017122661",
            "CallStatus": "completed",
            "Direction": "outbound-api",
            "CallDuration": "42",
            "Timestamp": "Thu, 24 Aug 2023 05:01:45 +0000",
            "SequenceNumber": "3",
            "CallbackSource": "call-progress-events",
            "ToCity": "NEW YORK",
            "StirVerstat": "TN-Validation-Passed-A",
        }
    )
    assert callback.call_status is CallStatus.COMPLETED
    assert callback.call_duration == 42
    assert callback.sequence_number == 3
    assert callback.timestamp == datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc)
    assert callback.to_city == "NEW YORK"
    assert callback.extra == {"StirVerstat": "TN-Validation-Passed-A"}


def test_missing_required_field_or_bad_value_names_the_field() -> None:
    without_from = {k: v for k, v in MESSAGE.items() if k != "From"}
    with pytest.raises(WebhookPayloadError, match="'From'"):
        IncomingMessage.from_form(without_from)
    with pytest.raises(WebhookPayloadError, match="'NumMedia'"):
        IncomingMessage.from_form({**MESSAGE, "NumMedia": "two"})
    with pytest.raises(ValueError, match="'Timestamp'"):
        CallStatusCallback.from_form(
            {
                "CallSid": "CA1",
                "AccountSid": ACCOUNT,
                "From": "a",
                "To": "b",
                "CallStatus": "ringing",
                "Timestamp": "yesterday",
            }
        )


def test_media_type_without_url_stays_in_extra() -> None:
    message = IncomingMessage.from_form({**MESSAGE, "MediaContentType7": "image/png"})
    assert len(message.media) == 2
    assert message.extra["MediaContentType7"] == "image/png"


# The dependency under plain Starlette -------------------------------------------------------


def starlette_app(**options: str) -> Starlette:
    incoming = twilio_webhook(IncomingMessage, TOKEN, **options)

    async def endpoint(request: Request) -> PlainTextResponse:
        message = await incoming(request)
        return PlainTextResponse(f"{message.from_}|{message.body}|{len(message.media)}")

    return Starlette(routes=[Route("/hooks/sms", endpoint, methods=["POST"])])


def official_signature(url: str, form: dict[str, str], token: str = TOKEN) -> str:
    return str(OfficialValidator(token).compute_signature(url, form))


def test_dependency_in_a_starlette_endpoint() -> None:
    url = "http://testserver/hooks/sms?source=a%2Fb"
    with TestClient(starlette_app()) as http:
        good = http.post(
            "/hooks/sms?source=a%2Fb",
            data=MESSAGE,
            headers={"X-Twilio-Signature": official_signature(url, MESSAGE)},
        )
        bad = http.post("/hooks/sms", data=MESSAGE, headers={"X-Twilio-Signature": "AAAA"})
    assert good.status_code == 200
    assert good.text == "+15558675310|Hi & bye|2"
    assert bad.status_code == 403
    assert TOKEN not in bad.text


def test_public_base_url_with_trailing_slash() -> None:
    public = "https://hooks.example.com/"
    url = "https://hooks.example.com/hooks/sms"
    with TestClient(starlette_app(public_base_url=public)) as http:
        response = http.post(
            "/hooks/sms",
            data=MESSAGE,
            headers={"X-Twilio-Signature": official_signature(url, MESSAGE)},
        )
    assert response.status_code == 200


def test_dependency_signature_is_what_fastapi_needs() -> None:
    import inspect

    dependency = twilio_webhook(CallStatusCallback, TOKEN)
    signature = inspect.signature(dependency)
    assert signature.parameters["request"].annotation is Request
    assert signature.return_annotation is CallStatusCallback


form_values = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@given(
    body=form_values,
    extra=st.dictionaries(st.from_regex(r"[A-Z][A-Za-z]{0,12}", fullmatch=True), form_values),
)
def test_property_signatures_agree_with_the_official_validator(
    body: str, extra: dict[str, str]
) -> None:
    form = {**extra, **{k: v for k, v in MESSAGE.items()}, "Body": body}
    url = "https://example.com/hooks/sms?x=1"
    expected = official_signature(url, form)
    assert RequestValidator(TOKEN).compute_signature(url, form) == expected
    assert RequestValidator(TOKEN).validate(url, form, expected)
