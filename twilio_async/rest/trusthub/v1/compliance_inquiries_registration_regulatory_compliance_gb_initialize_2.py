# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: ComplianceRegistrationInquiries (ComplianceInquiries/Registration/RegistrationId/RegulatoryCompliance/GB/Initialize) on trusthub.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import HttpInfo, Operation, Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ComplianceRegistration",
    "ComplianceRegistrationInquiriesContext",
    "ComplianceRegistrationInquiriesList",
    "ComplianceRegistrationInquiriesUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ComplianceRegistration:
    """Record ``trusthub.v1.compliance_registration`` (every field may be ``None``)."""

    inquiry_id: str | None = None
    inquiry_session_token: str | None = None
    registration_id: str | None = None
    url: str | None = None


class ComplianceRegistrationInquiriesUpdateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.compliance_registration_inquiries_.update`` (``UpdateComplianceRegistration``)."""

    is_isv_embed: bool
    """Indicates if the inquiry is being started from an ISV embedded component."""
    theme_set_id: str
    """Theme id for styling the inquiry form."""


_CONTEXT_UPDATE: Operation[ComplianceRegistration] = Operation(
    id="trusthub.v1.compliance_registration_inquiries_.update",
    method="POST",
    product="trusthub",
    path="/v1/ComplianceInquiries/Registration/{RegistrationId}/RegulatoryCompliance/GB/Initialize",
    spec="trusthub_v1",
    record=ComplianceRegistration,
    form={
        "is_isv_embed": "IsIsvEmbed",
        "theme_set_id": "ThemeSetId",
    },
)


class ComplianceRegistrationInquiriesContext(Resource):
    """One ``ComplianceInquiries/Registration/RegistrationId/RegulatoryCompliance/GB/Initialize`` record."""

    _path = (
        "/v1/ComplianceInquiries/Registration/{RegistrationId}/RegulatoryCompliance/GB/Initialize"
    )

    @property
    def registration_id(self) -> str:
        """The ``registration_id`` this context points at."""
        return self._values[0]

    async def update(
        self, **params: Unpack[ComplianceRegistrationInquiriesUpdateParams]
    ) -> ComplianceRegistration:
        """Resume a specific Regulatory Compliance Inquiry that has expired, or re-open a rejected Compliance Inquiry for editing."""
        return await self._call(_CONTEXT_UPDATE, params)

    async def update_with_http_info(
        self, **params: Unpack[ComplianceRegistrationInquiriesUpdateParams]
    ) -> HttpInfo[ComplianceRegistration]:
        """Like ``update``, with the status code and response headers."""
        return await self._call_info(_CONTEXT_UPDATE, params)


class ComplianceRegistrationInquiriesList(Resource):
    """``ComplianceInquiries/Registration/RegistrationId/RegulatoryCompliance/GB/Initialize``."""

    def __call__(self, registration_id: str) -> ComplianceRegistrationInquiriesContext:
        """The record with this ``registration_id``."""
        return self._child(ComplianceRegistrationInquiriesContext, registration_id=registration_id)
