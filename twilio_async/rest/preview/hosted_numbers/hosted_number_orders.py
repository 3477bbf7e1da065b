# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview hosted_numbers: HostedNumberOrder (HostedNumberOrders) on preview.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "HostedNumberOrder",
    "HostedNumberOrderCapabilities",
    "HostedNumberOrderContext",
    "HostedNumberOrderCreateParams",
    "HostedNumberOrderList",
    "HostedNumberOrderListParams",
    "HostedNumberOrderStatus",
    "HostedNumberOrderUpdateParams",
    "HostedNumberOrderVerificationType",
]


class HostedNumberOrderStatus(OpenEnum):
    """``hosted_number_order_enum_status``."""

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


class HostedNumberOrderVerificationType(OpenEnum):
    """``hosted_number_order_enum_verification_type``."""

    PHONE_CALL = "phone-call"
    PHONE_BILL = "phone-bill"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class HostedNumberOrder(Record):
    """Record ``preview.hosted_numbers.hosted_number_order`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    incoming_phone_number_sid: str | None = None
    address_sid: str | None = None
    signing_document_sid: str | None = None
    phone_number: str | None = None
    capabilities: HostedNumberOrderCapabilities | None = None
    friendly_name: str | None = None
    unique_name: str | None = None
    status: HostedNumberOrderStatus | None = None
    failure_reason: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    verification_attempts: int | None = None
    email: str | None = None
    cc_emails: list[str] | None = None
    url: str
    verification_type: HostedNumberOrderVerificationType | None = None
    verification_document_sid: str | None = None
    extension: str | None = None
    call_delay: int | None = None
    verification_code: str | None = attrs.field(default=None, repr=False)
    verification_call_sids: list[str] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class HostedNumberOrderCapabilities(Record):
    """Record ``HostedNumberOrderCapabilities`` (every field may be ``None``)."""

    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None
    fax: bool | None = None


class HostedNumberOrderUpdateParams(TypedDict, total=False):
    """Keywords of ``preview.hosted_numbers.hosted_number_orders.update`` (``UpdateHostedNumbersHostedNumberOrder``)."""

    friendly_name: str
    """A 64 character string that is a human readable text that describes this resource."""
    unique_name: str
    """Provides a unique and addressable name to be assigned to this HostedNumberOrder, assigned by the developer, to be optionally used in addition to SID."""
    email: str
    """Email of the owner of this phone number that is being hosted."""
    cc_emails: Sequence[str]
    """Optional."""
    status: str
    verification_code: str
    """A verification code that is given to the user via a phone call to the phone number that is being hosted."""
    verification_type: str
    verification_document_sid: str
    """Optional."""
    extension: str
    """Digits to dial after connecting the verification call."""
    call_delay: int
    """The number of seconds, between 0 and 60, to delay before initiating the verification call."""


class HostedNumberOrderListParams(TypedDict, total=False):
    """Keywords of ``preview.hosted_numbers.hosted_number_orders.list`` (``ListHostedNumbersHostedNumberOrder``)."""

    status: str
    """The Status of this HostedNumberOrder."""
    phone_number: str
    """An E164 formatted phone number hosted by this HostedNumberOrder."""
    incoming_phone_number_sid: str
    """A 34 character string that uniquely identifies the IncomingPhoneNumber resource created by this HostedNumberOrder."""
    friendly_name: str
    """A human readable description of this resource, up to 64 characters."""
    unique_name: str
    """Provides a unique and addressable name to be assigned to this HostedNumberOrder, assigned by the developer, to be optionally used in addition to SID."""


class HostedNumberOrderCreateParams(TypedDict, total=False):
    """Keywords of ``preview.hosted_numbers.hosted_number_orders.create`` (``CreateHostedNumbersHostedNumberOrder``)."""

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
    verification_document_sid: str
    """Optional."""


_CONTEXT_FETCH: Operation[HostedNumberOrder] = Operation(
    id="preview.hosted_numbers.hosted_number_orders.fetch",
    method="GET",
    product="preview",
    path="/HostedNumbers/HostedNumberOrders/{Sid}",
    spec="preview",
    record=HostedNumberOrder,
)


_CONTEXT_UPDATE: Operation[HostedNumberOrder] = Operation(
    id="preview.hosted_numbers.hosted_number_orders.update",
    method="POST",
    product="preview",
    path="/HostedNumbers/HostedNumberOrders/{Sid}",
    spec="preview",
    record=HostedNumberOrder,
    form={
        "friendly_name": "FriendlyName",
        "unique_name": "UniqueName",
        "email": "Email",
        "cc_emails": "CcEmails",
        "status": "Status",
        "verification_code": "VerificationCode",
        "verification_type": "VerificationType",
        "verification_document_sid": "VerificationDocumentSid",
        "extension": "Extension",
        "call_delay": "CallDelay",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="preview.hosted_numbers.hosted_number_orders.delete",
    method="DELETE",
    product="preview",
    path="/HostedNumbers/HostedNumberOrders/{Sid}",
    spec="preview",
)


_LIST_LIST: Operation[HostedNumberOrder] = Operation(
    id="preview.hosted_numbers.hosted_number_orders.list",
    method="GET",
    product="preview",
    path="/HostedNumbers/HostedNumberOrders",
    spec="preview",
    record=HostedNumberOrder,
    query={
        "status": "Status",
        "phone_number": "PhoneNumber",
        "incoming_phone_number_sid": "IncomingPhoneNumberSid",
        "friendly_name": "FriendlyName",
        "unique_name": "UniqueName",
    },
    paging="meta",
    envelope="items",
)


_LIST_CREATE: Operation[HostedNumberOrder] = Operation(
    id="preview.hosted_numbers.hosted_number_orders.create",
    method="POST",
    product="preview",
    path="/HostedNumbers/HostedNumberOrders",
    spec="preview",
    record=HostedNumberOrder,
    form={
        "phone_number": "PhoneNumber",
        "sms_capability": "SmsCapability",
        "account_sid": "AccountSid",
        "friendly_name": "FriendlyName",
        "unique_name": "UniqueName",
        "cc_emails": "CcEmails",
        "sms_url": "SmsUrl",
        "sms_method": "SmsMethod",
        "sms_fallback_url": "SmsFallbackUrl",
        "sms_fallback_method": "SmsFallbackMethod",
        "status_callback_url": "StatusCallbackUrl",
        "status_callback_method": "StatusCallbackMethod",
        "sms_application_sid": "SmsApplicationSid",
        "address_sid": "AddressSid",
        "email": "Email",
        "verification_type": "VerificationType",
        "verification_document_sid": "VerificationDocumentSid",
    },
    required=frozenset(["phone_number", "sms_capability"]),
)


class HostedNumberOrderContext(Resource):
    """One ``HostedNumberOrders`` record: sid."""

    _path = "/HostedNumbers/HostedNumberOrders/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> HostedNumberOrder:
        """Fetch a specific HostedNumberOrder."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[HostedNumberOrderUpdateParams]) -> HostedNumberOrder:
        """Updates a specific HostedNumberOrder."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Cancel the HostedNumberOrder (only available when the status is in `received`)."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class HostedNumberOrderList(CreateMany[HostedNumberOrderCreateParams, HostedNumberOrder], Resource):
    """``HostedNumberOrders`` (call it with a sid)."""

    _path = "/HostedNumbers/HostedNumberOrders"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> HostedNumberOrderContext:
        """The record with this ``sid``."""
        return self._child(HostedNumberOrderContext, sid=sid)

    async def create(self, **params: Unpack[HostedNumberOrderCreateParams]) -> HostedNumberOrder:
        """Host a phone number's capability on Twilio's platform."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[HostedNumberOrderListParams],
    ) -> AsyncIterator[HostedNumberOrder]:
        """Retrieve a list of HostedNumberOrders belonging to the account initiating the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[HostedNumberOrderListParams],
    ) -> Page[HostedNumberOrder]:
        """Retrieve a list of HostedNumberOrders belonging to the account initiating the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[HostedNumberOrderListParams],
    ) -> list[HostedNumberOrder]:
        """Retrieve a list of HostedNumberOrders belonging to the account initiating the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
