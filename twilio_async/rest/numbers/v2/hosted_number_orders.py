# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: HostedNumberOrder (HostedNumber/Orders) on numbers.twilio.com."""

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


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class HostedNumberOrder(Record):
    """Record ``numbers.v2.hosted_number_order`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    incoming_phone_number_sid: str | None = None
    address_sid: str | None = None
    signing_document_sid: str | None = None
    phone_number: str | None = None
    capabilities: HostedNumberOrderCapabilities | None = None
    friendly_name: str | None = None
    status: HostedNumberOrderStatus | None = None
    failure_reason: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    email: str | None = None
    cc_emails: list[str] | None = None
    url: str
    contact_title: str | None = None
    contact_phone_number: str | None = None
    bulk_hosting_request_sid: str | None = None
    next_step: str | None = None
    verification_attempts: int | None = None
    verification_call_sids: list[str] | None = None
    verification_call_delay: int | None = None
    verification_call_extension: str | None = None
    verification_code: str | None = attrs.field(default=None, repr=False)
    verification_type: HostedNumberOrderVerificationType | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class HostedNumberOrderCapabilities(Record):
    """Record ``HostedNumberOrderCapabilities`` (every field may be ``None``)."""

    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None
    fax: bool | None = None


class HostedNumberOrderUpdateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.hosted_number_orders.update`` (``UpdateHostedNumberOrder``)."""

    status: Required[str]
    verification_call_delay: int
    """The number of seconds to wait before initiating the ownership verification call."""
    verification_call_extension: str
    """The numerical extension to dial when making the ownership verification call."""


class HostedNumberOrderListParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.hosted_number_orders.list`` (``ListHostedNumberOrder``)."""

    status: str
    """The Status of this HostedNumberOrder."""
    sms_capability: bool
    """Whether the SMS capability will be hosted on our platform."""
    phone_number: str
    """An E164 formatted phone number hosted by this HostedNumberOrder."""
    incoming_phone_number_sid: str
    """A 34 character string that uniquely identifies the IncomingPhoneNumber resource created by this HostedNumberOrder."""
    friendly_name: str
    """A human readable description of this resource, up to 128 characters."""


class HostedNumberOrderCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.hosted_number_orders.create`` (``CreateHostedNumberOrder``)."""

    phone_number: Required[str]
    """The number to host in +E.164 format."""
    contact_phone_number: Required[str]
    """The contact phone number of the person authorized to sign the Authorization Document."""
    address_sid: Required[str]
    """Optional."""
    email: Required[str]
    """Optional."""
    account_sid: str
    """This defaults to the AccountSid of the authorization the user is using."""
    friendly_name: str
    """A 128 character string that is a human readable text that describes this resource."""
    cc_emails: Sequence[str]
    """Optional."""
    sms_url: str
    """The URL that Twilio should request when somebody sends an SMS to the phone number."""
    sms_method: str
    """The HTTP method that should be used to request the SmsUrl."""
    sms_fallback_url: str
    """A URL that Twilio will request if an error occurs requesting or executing the TwiML defined by SmsUrl."""
    sms_capability: bool
    """Used to specify that the SMS capability will be hosted on Twilio's platform."""
    sms_fallback_method: str
    """The HTTP method that should be used to request the SmsFallbackUrl."""
    status_callback_url: str
    """Optional."""
    status_callback_method: str
    """Optional."""
    sms_application_sid: str
    """Optional."""
    contact_title: str
    """The title of the person authorized to sign the Authorization Document for this phone number."""


_CONTEXT_FETCH: Operation[HostedNumberOrder] = Operation(
    id="numbers.v2.hosted_number_orders.fetch",
    method="GET",
    product="numbers",
    path="/v2/HostedNumber/Orders/{Sid}",
    spec="numbers_v2",
    record=HostedNumberOrder,
)


_CONTEXT_UPDATE: Operation[HostedNumberOrder] = Operation(
    id="numbers.v2.hosted_number_orders.update",
    method="POST",
    product="numbers",
    path="/v2/HostedNumber/Orders/{Sid}",
    spec="numbers_v2",
    record=HostedNumberOrder,
    form={
        "status": "Status",
        "verification_call_delay": "VerificationCallDelay",
        "verification_call_extension": "VerificationCallExtension",
    },
    required=frozenset(["status"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="numbers.v2.hosted_number_orders.delete",
    method="DELETE",
    product="numbers",
    path="/v2/HostedNumber/Orders/{Sid}",
    spec="numbers_v2",
)


_LIST_LIST: Operation[HostedNumberOrder] = Operation(
    id="numbers.v2.hosted_number_orders.list",
    method="GET",
    product="numbers",
    path="/v2/HostedNumber/Orders",
    spec="numbers_v2",
    record=HostedNumberOrder,
    query={
        "status": "Status",
        "sms_capability": "SmsCapability",
        "phone_number": "PhoneNumber",
        "incoming_phone_number_sid": "IncomingPhoneNumberSid",
        "friendly_name": "FriendlyName",
    },
    paging="meta",
    envelope="items",
)


_LIST_CREATE: Operation[HostedNumberOrder] = Operation(
    id="numbers.v2.hosted_number_orders.create",
    method="POST",
    product="numbers",
    path="/v2/HostedNumber/Orders",
    spec="numbers_v2",
    record=HostedNumberOrder,
    form={
        "phone_number": "PhoneNumber",
        "contact_phone_number": "ContactPhoneNumber",
        "address_sid": "AddressSid",
        "email": "Email",
        "account_sid": "AccountSid",
        "friendly_name": "FriendlyName",
        "cc_emails": "CcEmails",
        "sms_url": "SmsUrl",
        "sms_method": "SmsMethod",
        "sms_fallback_url": "SmsFallbackUrl",
        "sms_capability": "SmsCapability",
        "sms_fallback_method": "SmsFallbackMethod",
        "status_callback_url": "StatusCallbackUrl",
        "status_callback_method": "StatusCallbackMethod",
        "sms_application_sid": "SmsApplicationSid",
        "contact_title": "ContactTitle",
    },
    required=frozenset(["address_sid", "contact_phone_number", "email", "phone_number"]),
)


class HostedNumberOrderContext(Resource):
    """One ``HostedNumber/Orders`` record: sid."""

    _path = "/v2/HostedNumber/Orders/{Sid}"

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
    """``HostedNumber/Orders`` (call it with a sid)."""

    _path = "/v2/HostedNumber/Orders"
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
