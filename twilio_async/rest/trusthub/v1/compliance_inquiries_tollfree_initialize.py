# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: ComplianceTollfreeInquiries (ComplianceInquiries/Tollfree/Initialize) on trusthub.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "ComplianceTollfreeInquiriesCreateParams",
    "ComplianceTollfreeInquiriesList",
    "ComplianceTollfreeInquiry",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ComplianceTollfreeInquiry(Record):
    """Record ``trusthub.v1.compliance_tollfree_inquiry`` (every field but ``url`` may be ``None``)."""

    inquiry_id: str | None = None
    inquiry_session_token: str | None = attrs.field(default=None, repr=False)
    registration_id: str | None = None
    url: str


class ComplianceTollfreeInquiriesCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.compliance_tollfree_inquiries.create`` (``CreateComplianceTollfreeInquiry``)."""

    tollfree_phone_number: Required[str]
    """The Tollfree phone number to be verified."""
    notification_email: Required[str]
    """The email address to receive the notification about the verification result."""
    customer_profile_sid: str
    """The Customer Profile Sid associated with the Account."""
    business_name: str
    """The name of the business or organization using the Tollfree number."""
    business_website: str
    """The website of the business or organization using the Tollfree number."""
    use_case_categories: Sequence[str]
    """The category of the use case for the Tollfree Number."""
    use_case_summary: str
    """Use this to further explain how messaging is used by the business or organization."""
    production_message_sample: str
    """An example of message content, i.e."""
    opt_in_image_urls: Sequence[str]
    """Link to an image that shows the opt-in workflow."""
    opt_in_type: str
    message_volume: str
    """Estimate monthly volume of messages from the Tollfree Number."""
    business_street_address: str
    """The address of the business or organization using the Tollfree number."""
    business_street_address2: str
    """The address of the business or organization using the Tollfree number."""
    business_city: str
    """The city of the business or organization using the Tollfree number."""
    business_state_province_region: str
    """The state/province/region of the business or organization using the Tollfree number."""
    business_postal_code: str
    """The postal code of the business or organization using the Tollfree number."""
    business_country: str
    """The country of the business or organization using the Tollfree number."""
    additional_information: str
    """Additional information to be provided for verification."""
    business_contact_first_name: str
    """The first name of the contact for the business or organization using the Tollfree number."""
    business_contact_last_name: str
    """The last name of the contact for the business or organization using the Tollfree number."""
    business_contact_email: str
    """The email address of the contact for the business or organization using the Tollfree number."""
    business_contact_phone: str
    """The phone number of the contact for the business or organization using the Tollfree number."""
    theme_set_id: str
    """Theme id for styling the inquiry form."""
    skip_messaging_use_case: bool
    """Skip the messaging use case screen of the inquiry form."""
    business_registration_number: str
    """The Business Registration Number of the business or organization."""
    business_registration_authority: str
    """The Business Registration Authority of the business or organization."""
    business_registration_country: str
    """The Business Registration Country of the business or organization."""
    business_type: str
    doing_business_as: str
    """Trade name, sub entity, or downstream business name of business being submitted for verification."""
    opt_in_confirmation_message: str
    """The confirmation message sent to users when they opt in to receive messages."""
    help_message_sample: str
    """A sample help message provided to users."""
    privacy_policy_url: str
    """The URL to the privacy policy for the business or organization."""
    terms_and_conditions_url: str
    """The URL to the terms and conditions for the business or organization."""
    age_gated_content: bool
    """Indicates if the content is age gated."""
    external_reference_id: str
    """A legally recognized business registration number."""
    opt_in_keywords: Sequence[str]
    """List of keywords that users can text in to opt in to receive messages."""
    vetting_id: str
    """Unique identifier for the created Vetting ."""
    vetting_provider: str
    """Name of the vetting provider."""


_LIST_CREATE: Operation[ComplianceTollfreeInquiry] = Operation(
    id="trusthub.v1.compliance_tollfree_inquiries.create",
    method="POST",
    product="trusthub",
    path="/v1/ComplianceInquiries/Tollfree/Initialize",
    spec="trusthub_v1",
    record=ComplianceTollfreeInquiry,
    form={
        "tollfree_phone_number": "TollfreePhoneNumber",
        "notification_email": "NotificationEmail",
        "customer_profile_sid": "CustomerProfileSid",
        "business_name": "BusinessName",
        "business_website": "BusinessWebsite",
        "use_case_categories": "UseCaseCategories",
        "use_case_summary": "UseCaseSummary",
        "production_message_sample": "ProductionMessageSample",
        "opt_in_image_urls": "OptInImageUrls",
        "opt_in_type": "OptInType",
        "message_volume": "MessageVolume",
        "business_street_address": "BusinessStreetAddress",
        "business_street_address2": "BusinessStreetAddress2",
        "business_city": "BusinessCity",
        "business_state_province_region": "BusinessStateProvinceRegion",
        "business_postal_code": "BusinessPostalCode",
        "business_country": "BusinessCountry",
        "additional_information": "AdditionalInformation",
        "business_contact_first_name": "BusinessContactFirstName",
        "business_contact_last_name": "BusinessContactLastName",
        "business_contact_email": "BusinessContactEmail",
        "business_contact_phone": "BusinessContactPhone",
        "theme_set_id": "ThemeSetId",
        "skip_messaging_use_case": "SkipMessagingUseCase",
        "business_registration_number": "BusinessRegistrationNumber",
        "business_registration_authority": "BusinessRegistrationAuthority",
        "business_registration_country": "BusinessRegistrationCountry",
        "business_type": "BusinessType",
        "doing_business_as": "DoingBusinessAs",
        "opt_in_confirmation_message": "OptInConfirmationMessage",
        "help_message_sample": "HelpMessageSample",
        "privacy_policy_url": "PrivacyPolicyUrl",
        "terms_and_conditions_url": "TermsAndConditionsUrl",
        "age_gated_content": "AgeGatedContent",
        "external_reference_id": "ExternalReferenceId",
        "opt_in_keywords": "OptInKeywords",
        "vetting_id": "VettingId",
        "vetting_provider": "VettingProvider",
    },
    required=frozenset(["notification_email", "tollfree_phone_number"]),
)


class ComplianceTollfreeInquiriesList(
    CreateMany[ComplianceTollfreeInquiriesCreateParams, ComplianceTollfreeInquiry], Resource
):
    """``ComplianceInquiries/Tollfree/Initialize``."""

    _path = "/v1/ComplianceInquiries/Tollfree/Initialize"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[ComplianceTollfreeInquiriesCreateParams]
    ) -> ComplianceTollfreeInquiry:
        """Create a new Compliance Tollfree Verification Inquiry for the authenticated account."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
