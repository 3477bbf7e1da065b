# Generated from specs/twilio-oai/twilio_numbers_v3.json by codegen; do not edit.
"""Numbers v3: HostedNumberOrder (HostedNumbers/HostedNumberOrders) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "HostedNumberOrder",
    "HostedNumberOrderCapabilities",
    "HostedNumberOrderCreateParams",
    "HostedNumberOrderEnumStatus",
    "HostedNumberOrderEnumVerificationType",
    "HostedNumberOrderList",
]


class HostedNumberOrderEnumStatus(OpenEnum):
    """``hostedNumberOrderEnumStatus``."""

    TWILIO_PROCESSING = "twilio-processing"
    RECEIVED = "received"
    PENDING_VERIFICATION = "pending-verification"
    VERIFIED = "verified"
    PENDING_LOA = "pending-loa"
    CARRIER_PROCESSING = "carrier-processing"
    TESTING = "testing"
    COMPLETED = "completed"
    FAILED = "failed"
    ACTION_REQUIRED = "action-required"


class HostedNumberOrderEnumVerificationType(OpenEnum):
    """``hostedNumberOrderEnumVerificationType``."""

    PHONE_CALL = "phone-call"
    PHONE_BILL = "phone-bill"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class HostedNumberOrder(Record):
    """Record ``numbers.v3.hostedNumbers.hostedNumberOrder`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str | None = attrs.field(default=None, metadata={"json": "accountSid"})
    incoming_phone_number_sid: str | None = attrs.field(
        default=None, metadata={"json": "incomingPhoneNumberSid"}
    )
    address_sid: str | None = attrs.field(default=None, metadata={"json": "addressSid"})
    signing_document_sid: str | None = attrs.field(
        default=None, metadata={"json": "signingDocumentSid"}
    )
    phone_number: str | None = attrs.field(default=None, metadata={"json": "phoneNumber"})
    capabilities: HostedNumberOrderCapabilities | None = None
    friendly_name: str | None = attrs.field(default=None, metadata={"json": "friendlyName"})
    unique_name: str | None = attrs.field(default=None, metadata={"json": "uniqueName"})
    status: HostedNumberOrderEnumStatus | None = None
    failure_reason: str | None = attrs.field(default=None, metadata={"json": "failureReason"})
    date_created: datetime | None = attrs.field(default=None, metadata={"json": "dateCreated"})
    date_updated: datetime | None = attrs.field(default=None, metadata={"json": "dateUpdated"})
    verification_attempts: int | None = attrs.field(
        default=None, metadata={"json": "verificationAttempts"}
    )
    email: str | None = None
    cc_emails: list[str] | None = attrs.field(default=None, metadata={"json": "ccEmails"})
    url: str
    verification_type: HostedNumberOrderEnumVerificationType | None = attrs.field(
        default=None, metadata={"json": "verificationType"}
    )
    verification_document_sid: str | None = attrs.field(
        default=None, metadata={"json": "verificationDocumentSid"}
    )
    extension: str | None = None
    call_delay: int | None = attrs.field(default=None, metadata={"json": "callDelay"})
    verification_code: str | None = attrs.field(
        default=None, repr=False, metadata={"json": "verificationCode"}
    )
    verification_call_sids: list[str] | None = attrs.field(
        default=None, metadata={"json": "verificationCallSids"}
    )


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class HostedNumberOrderCapabilities(Record):
    """Record ``HostedNumberOrderCapabilities`` (every field may be ``None``)."""

    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None


class HostedNumberOrderCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v3.hosted_number_orders.create`` (``CreateHostedNumbersHostedNumberOrder``)."""

    phone_number: Required[str]
    """The number to host in +E.164 format."""
    sms_capability: Required[bool]
    """Used to specify that the SMS capability will be hosted on Twilio's platform."""
    account_sid: str
    """This defaults to the AccountSid of the authorization the user is using."""
    friendly_name: str
    """A 64 character string that is a human readable text that describes this resource."""
    unique_name: str
    """Optional."""
    cc_emails: Sequence[str]
    """Optional."""
    sms_url: str
    """The URL that Twilio should request when somebody sends an SMS to the phone number."""
    sms_method: str
    """The HTTP method that should be used to request the SmsUrl."""
    sms_fallback_url: str
    """A URL that Twilio will request if an error occurs requesting or executing the TwiML defined by SmsUrl."""
    sms_fallback_method: str
    """The HTTP method that should be used to request the SmsFallbackUrl."""
    status_callback_url: str
    """Optional."""
    status_callback_method: str
    """Optional."""
    sms_application_sid: str
    """Optional."""
    address_sid: str
    """Optional."""
    email: str
    """Optional."""
    verification_type: str
    """Optional."""
    verification_document_sid: str
    """Optional."""


_LIST_CREATE: Operation[HostedNumberOrder] = Operation(
    id="numbers.v3.hosted_number_orders.create",
    method="POST",
    product="numbers",
    path="/v3/HostedNumbers/HostedNumberOrders",
    spec="numbers_v3",
    record=HostedNumberOrder,
    form={
        "phone_number": "phoneNumber",
        "sms_capability": "smsCapability",
        "account_sid": "accountSid",
        "friendly_name": "friendlyName",
        "unique_name": "uniqueName",
        "cc_emails": "ccEmails",
        "sms_url": "smsUrl",
        "sms_method": "smsMethod",
        "sms_fallback_url": "smsFallbackUrl",
        "sms_fallback_method": "smsFallbackMethod",
        "status_callback_url": "statusCallbackUrl",
        "status_callback_method": "statusCallbackMethod",
        "sms_application_sid": "smsApplicationSid",
        "address_sid": "addressSid",
        "email": "email",
        "verification_type": "verificationType",
        "verification_document_sid": "verificationDocumentSid",
    },
    required=frozenset(["phone_number", "sms_capability"]),
)


class HostedNumberOrderList(CreateMany[HostedNumberOrderCreateParams, HostedNumberOrder], Resource):
    """``HostedNumbers/HostedNumberOrders``."""

    _path = "/v3/HostedNumbers/HostedNumberOrders"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[HostedNumberOrderCreateParams]) -> HostedNumberOrder:
        """Host a phone number's capability on Twilio's platform."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
