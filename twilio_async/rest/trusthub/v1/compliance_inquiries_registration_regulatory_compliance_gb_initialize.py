# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: ComplianceRegistrationInquiries (ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize) on trusthub.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "ComplianceRegistration",
    "ComplianceRegistrationInquiriesContext",
    "ComplianceRegistrationInquiriesCreateParams",
    "ComplianceRegistrationInquiriesList",
    "ComplianceRegistrationInquiriesUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ComplianceRegistration(Record):
    """Record ``trusthub.v1.compliance_registration`` (every field but ``registration_id``, ``url`` may be ``None``)."""

    inquiry_id: str | None = None
    inquiry_session_token: str | None = attrs.field(default=None, repr=False)
    registration_id: str
    url: str


class ComplianceRegistrationInquiriesCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.compliance_registration_inquiries.create`` (``CreateComplianceRegistration``)."""

    end_user_type: Required[str]
    phone_number_type: Required[str]
    business_identity_type: str
    business_registration_authority: str
    business_legal_name: str
    """he name of the business or organization using the Tollfree number."""
    notification_email: str
    """he email address to receive the notification about the verification result."""
    accepted_notification_receipt: bool
    """The email address to receive the notification about the verification result."""
    business_registration_number: str
    """Business registration number of the business."""
    business_website_url: str
    """The URL of the business website."""
    friendly_name: str
    """Friendly name for your business information."""
    authorized_representative1_first_name: str
    """First name of the authorized representative."""
    authorized_representative1_last_name: str
    """Last name of the authorized representative."""
    authorized_representative1_phone: str
    """Phone number of the authorized representative."""
    authorized_representative1_email: str
    """Email address of the authorized representative."""
    authorized_representative1_date_of_birth: str
    """Birthdate of the authorized representative."""
    address_street: str
    """Street address of the business."""
    address_street_secondary: str
    """Street address of the business."""
    address_city: str
    """City of the business."""
    address_subdivision: str
    """State or province of the business."""
    address_postal_code: str
    """Postal code of the business."""
    address_country_code: str
    """Country code of the business."""
    emergency_address_street: str
    """Street address of the business."""
    emergency_address_street_secondary: str
    """Street address of the business."""
    emergency_address_city: str
    """City of the business."""
    emergency_address_subdivision: str
    """State or province of the business."""
    emergency_address_postal_code: str
    """Postal code of the business."""
    emergency_address_country_code: str
    """Country code of the business."""
    use_address_as_emergency_address: bool
    """Use the business address as the emergency address."""
    file_name: str
    """The name of the verification document to upload."""
    file: str
    """The verification document to upload."""
    first_name: str
    """The first name of the Individual User."""
    last_name: str
    """The last name of the Individual User."""
    date_of_birth: str
    """The date of birth of the Individual User."""
    individual_email: str
    """The email address of the Individual User."""
    individual_phone: str
    """The phone number of the Individual User."""
    is_isv_embed: bool
    """Indicates if the inquiry is being started from an ISV embedded component."""
    isv_registering_for_self_or_tenant: str
    """Indicates if the isv registering for self or tenant."""
    status_callback_url: str
    """The url we call to inform you of bundle changes."""
    theme_set_id: str
    """Theme id for styling the inquiry form."""


class ComplianceRegistrationInquiriesUpdateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.compliance_registration_inquiries.update`` (``UpdateComplianceRegistration``)."""

    is_isv_embed: bool
    """Indicates if the inquiry is being started from an ISV embedded component."""
    theme_set_id: str
    """Theme id for styling the inquiry form."""


_LIST_CREATE: Operation[ComplianceRegistration] = Operation(
    id="trusthub.v1.compliance_registration_inquiries.create",
    method="POST",
    product="trusthub",
    path="/v1/ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize",
    spec="trusthub_v1",
    record=ComplianceRegistration,
    form={
        "end_user_type": "EndUserType",
        "phone_number_type": "PhoneNumberType",
        "business_identity_type": "BusinessIdentityType",
        "business_registration_authority": "BusinessRegistrationAuthority",
        "business_legal_name": "BusinessLegalName",
        "notification_email": "NotificationEmail",
        "accepted_notification_receipt": "AcceptedNotificationReceipt",
        "business_registration_number": "BusinessRegistrationNumber",
        "business_website_url": "BusinessWebsiteUrl",
        "friendly_name": "FriendlyName",
        "authorized_representative1_first_name": "AuthorizedRepresentative1FirstName",
        "authorized_representative1_last_name": "AuthorizedRepresentative1LastName",
        "authorized_representative1_phone": "AuthorizedRepresentative1Phone",
        "authorized_representative1_email": "AuthorizedRepresentative1Email",
        "authorized_representative1_date_of_birth": "AuthorizedRepresentative1DateOfBirth",
        "address_street": "AddressStreet",
        "address_street_secondary": "AddressStreetSecondary",
        "address_city": "AddressCity",
        "address_subdivision": "AddressSubdivision",
        "address_postal_code": "AddressPostalCode",
        "address_country_code": "AddressCountryCode",
        "emergency_address_street": "EmergencyAddressStreet",
        "emergency_address_street_secondary": "EmergencyAddressStreetSecondary",
        "emergency_address_city": "EmergencyAddressCity",
        "emergency_address_subdivision": "EmergencyAddressSubdivision",
        "emergency_address_postal_code": "EmergencyAddressPostalCode",
        "emergency_address_country_code": "EmergencyAddressCountryCode",
        "use_address_as_emergency_address": "UseAddressAsEmergencyAddress",
        "file_name": "FileName",
        "file": "File",
        "first_name": "FirstName",
        "last_name": "LastName",
        "date_of_birth": "DateOfBirth",
        "individual_email": "IndividualEmail",
        "individual_phone": "IndividualPhone",
        "is_isv_embed": "IsIsvEmbed",
        "isv_registering_for_self_or_tenant": "IsvRegisteringForSelfOrTenant",
        "status_callback_url": "StatusCallbackUrl",
        "theme_set_id": "ThemeSetId",
    },
    required=frozenset(["end_user_type", "phone_number_type"]),
)


_CONTEXT_UPDATE: Operation[ComplianceRegistration] = Operation(
    id="trusthub.v1.compliance_registration_inquiries.update",
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
    """One ``ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize`` record."""

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

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ComplianceRegistrationInquiriesList(
    CreateMany[ComplianceRegistrationInquiriesCreateParams, ComplianceRegistration], Resource
):
    """``ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize``."""

    _path = "/v1/ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize"
    _create_operation = _LIST_CREATE

    def __call__(self, registration_id: str) -> ComplianceRegistrationInquiriesContext:
        """The record with this ``registration_id``."""
        return self._child(ComplianceRegistrationInquiriesContext, registration_id=registration_id)

    async def create(
        self, **params: Unpack[ComplianceRegistrationInquiriesCreateParams]
    ) -> ComplianceRegistration:
        """Create a new Compliance Registration Inquiry for the authenticated account."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
