# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: ComplianceInquiries (ComplianceInquiries/Customers/Initialize) on trusthub.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "ComplianceInquiriesContext",
    "ComplianceInquiriesCreateParams",
    "ComplianceInquiriesList",
    "ComplianceInquiriesUpdateParams",
    "ComplianceInquiry",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ComplianceInquiry(Record):
    """Record ``trusthub.v1.compliance_inquiry`` (every field but ``customer_id``, ``url`` may be ``None``)."""

    inquiry_id: str | None = None
    inquiry_session_token: str | None = attrs.field(default=None, repr=False)
    customer_id: str
    url: str


class ComplianceInquiriesCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.compliance_inquiries.create`` (``CreateComplianceInquiry``)."""

    notification_email: str
    """The email address that approval status updates will be sent to."""
    theme_set_id: str
    """Theme id for styling the inquiry form."""
    primary_profile_sid: str
    """The unique SID identifier of the Primary Customer Profile that should be used as a parent."""


class ComplianceInquiriesUpdateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.compliance_inquiries.update`` (``UpdateComplianceInquiry``)."""

    primary_profile_sid: Required[str]
    """The unique SID identifier of the Primary Customer Profile that should be used as a parent."""
    theme_set_id: str
    """Theme id for styling the inquiry form."""


_LIST_CREATE: Operation[ComplianceInquiry] = Operation(
    id="trusthub.v1.compliance_inquiries.create",
    method="POST",
    product="trusthub",
    path="/v1/ComplianceInquiries/Customers/Initialize",
    spec="trusthub_v1",
    record=ComplianceInquiry,
    form={
        "notification_email": "NotificationEmail",
        "theme_set_id": "ThemeSetId",
        "primary_profile_sid": "PrimaryProfileSid",
    },
)


_CONTEXT_UPDATE: Operation[ComplianceInquiry] = Operation(
    id="trusthub.v1.compliance_inquiries.update",
    method="POST",
    product="trusthub",
    path="/v1/ComplianceInquiries/Customers/{CustomerId}/Initialize",
    spec="trusthub_v1",
    record=ComplianceInquiry,
    form={
        "primary_profile_sid": "PrimaryProfileSid",
        "theme_set_id": "ThemeSetId",
    },
    required=frozenset(["primary_profile_sid"]),
)


class ComplianceInquiriesContext(Resource):
    """One ``ComplianceInquiries/Customers/Initialize`` record."""

    _path = "/v1/ComplianceInquiries/Customers/{CustomerId}/Initialize"

    @property
    def customer_id(self) -> str:
        """The ``customer_id`` this context points at."""
        return self._values[0]

    async def update(self, **params: Unpack[ComplianceInquiriesUpdateParams]) -> ComplianceInquiry:
        """Resume a specific Compliance Inquiry that has expired, or re-open a rejected Compliance Inquiry for editing."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ComplianceInquiriesList(
    CreateMany[ComplianceInquiriesCreateParams, ComplianceInquiry], Resource
):
    """``ComplianceInquiries/Customers/Initialize``."""

    _path = "/v1/ComplianceInquiries/Customers/Initialize"
    _create_operation = _LIST_CREATE

    def __call__(self, customer_id: str) -> ComplianceInquiriesContext:
        """The record with this ``customer_id``."""
        return self._child(ComplianceInquiriesContext, customer_id=customer_id)

    async def create(self, **params: Unpack[ComplianceInquiriesCreateParams]) -> ComplianceInquiry:
        """Create a new Compliance Inquiry for the authenticated account."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
