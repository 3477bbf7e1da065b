# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview hosted_numbers: DependentHostedNumberOrder (AuthorizationDocuments/SigningDocumentSid/DependentHostedNumberOrders) on preview.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "DependentHostedNumberOrder",
    "DependentHostedNumberOrderCapabilities",
    "DependentHostedNumberOrderList",
    "DependentHostedNumberOrderListParams",
    "DependentHostedNumberOrderStatus",
    "DependentHostedNumberOrderVerificationType",
]


class DependentHostedNumberOrderStatus(OpenEnum):
    """``dependent_hosted_number_order_enum_status``."""

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


class DependentHostedNumberOrderVerificationType(OpenEnum):
    """``dependent_hosted_number_order_enum_verification_type``."""

    PHONE_CALL = "phone-call"
    PHONE_BILL = "phone-bill"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DependentHostedNumberOrder(Record):
    """Record ``preview.hosted_numbers.authorization_document.dependent_hosted_number_order`` (every field may be ``None``)."""

    sid: str | None = None
    account_sid: str | None = None
    incoming_phone_number_sid: str | None = None
    address_sid: str | None = None
    signing_document_sid: str | None = None
    phone_number: str | None = None
    capabilities: DependentHostedNumberOrderCapabilities | None = None
    friendly_name: str | None = None
    unique_name: str | None = None
    status: DependentHostedNumberOrderStatus | None = None
    failure_reason: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    verification_attempts: int | None = None
    email: str | None = None
    cc_emails: list[str] | None = None
    verification_type: DependentHostedNumberOrderVerificationType | None = None
    verification_document_sid: str | None = None
    extension: str | None = None
    call_delay: int | None = None
    verification_code: str | None = attrs.field(default=None, repr=False)
    verification_call_sids: list[str] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DependentHostedNumberOrderCapabilities(Record):
    """Record ``DependentHostedNumberOrderCapabilities`` (every field may be ``None``)."""

    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None
    fax: bool | None = None


class DependentHostedNumberOrderListParams(TypedDict, total=False):
    """Keywords of ``preview.hosted_numbers.authorization_documents.dependent_hosted_number_orders.list`` (``ListHostedNumbersDependentHostedNumberOrder``)."""

    status: str
    """Status of an instance resource."""
    phone_number: str
    """An E164 formatted phone number hosted by this HostedNumberOrder."""
    incoming_phone_number_sid: str
    """A 34 character string that uniquely identifies the IncomingPhoneNumber resource created by this HostedNumberOrder."""
    friendly_name: str
    """A human readable description of this resource, up to 64 characters."""
    unique_name: str
    """Provides a unique and addressable name to be assigned to this HostedNumberOrder, assigned by the developer, to be optionally used in addition to SID."""


_LIST_LIST: Operation[DependentHostedNumberOrder] = Operation(
    id="preview.hosted_numbers.authorization_documents.dependent_hosted_number_orders.list",
    method="GET",
    product="preview",
    path="/HostedNumbers/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders",
    spec="preview",
    record=DependentHostedNumberOrder,
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


class DependentHostedNumberOrderList(Resource):
    """``AuthorizationDocuments/SigningDocumentSid/DependentHostedNumberOrders``."""

    _path = "/HostedNumbers/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[DependentHostedNumberOrderListParams],
    ) -> AsyncIterator[DependentHostedNumberOrder]:
        """Retrieve a list of dependent HostedNumberOrders belonging to the AuthorizationDocument. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[DependentHostedNumberOrderListParams],
    ) -> Page[DependentHostedNumberOrder]:
        """Retrieve a list of dependent HostedNumberOrders belonging to the AuthorizationDocument. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[DependentHostedNumberOrderListParams],
    ) -> list[DependentHostedNumberOrder]:
        """Retrieve a list of dependent HostedNumberOrders belonging to the AuthorizationDocument. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
