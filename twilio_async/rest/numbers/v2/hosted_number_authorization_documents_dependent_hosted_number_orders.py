# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: DependentHostedNumberOrder (HostedNumber/AuthorizationDocuments/SigningDocumentSid/DependentHostedNumberOrders) on numbers.twilio.com."""

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
]


class DependentHostedNumberOrderStatus(OpenEnum):
    """``dependent_hosted_number_order_enum_status``."""

    RECEIVED = "received"
    VERIFIED = "verified"
    PENDING_LOA = "pending-loa"
    CARRIER_PROCESSING = "carrier-processing"
    COMPLETED = "completed"
    FAILED = "failed"
    ACTION_REQUIRED = "action-required"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DependentHostedNumberOrder(Record):
    """Record ``numbers.v2.authorization_document.dependent_hosted_number_order`` (every field may be ``None``)."""

    sid: str | None = None
    bulk_hosting_request_sid: str | None = None
    next_step: str | None = None
    account_sid: str | None = None
    incoming_phone_number_sid: str | None = None
    address_sid: str | None = None
    signing_document_sid: str | None = None
    phone_number: str | None = None
    capabilities: DependentHostedNumberOrderCapabilities | None = None
    friendly_name: str | None = None
    status: DependentHostedNumberOrderStatus | None = None
    failure_reason: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    email: str | None = None
    cc_emails: list[str] | None = None
    contact_title: str | None = None
    contact_phone_number: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DependentHostedNumberOrderCapabilities(Record):
    """Record ``DependentHostedNumberOrderCapabilities`` (every field may be ``None``)."""

    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None
    fax: bool | None = None


class DependentHostedNumberOrderListParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.authorization_documents.dependent_hosted_number_orders.list`` (``ListDependentHostedNumberOrder``)."""

    status: str
    """Status of an instance resource."""
    phone_number: str
    """An E164 formatted phone number hosted by this HostedNumberOrder."""
    incoming_phone_number_sid: str
    """A 34 character string that uniquely identifies the IncomingPhoneNumber resource created by this HostedNumberOrder."""
    friendly_name: str
    """A human readable description of this resource, up to 128 characters."""


_LIST_LIST: Operation[DependentHostedNumberOrder] = Operation(
    id="numbers.v2.authorization_documents.dependent_hosted_number_orders.list",
    method="GET",
    product="numbers",
    path="/v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders",
    spec="numbers_v2",
    record=DependentHostedNumberOrder,
    query={
        "status": "Status",
        "phone_number": "PhoneNumber",
        "incoming_phone_number_sid": "IncomingPhoneNumberSid",
        "friendly_name": "FriendlyName",
    },
    paging="meta",
    envelope="items",
)


class DependentHostedNumberOrderList(Resource):
    """``HostedNumber/AuthorizationDocuments/SigningDocumentSid/DependentHostedNumberOrders``."""

    _path = (
        "/v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders"
    )

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
