# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: TollfreeVerification (Tollfree/Verifications) on messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "TollfreeVerification",
    "TollfreeVerificationBusinessRegistrationAuthority",
    "TollfreeVerificationBusinessType",
    "TollfreeVerificationContext",
    "TollfreeVerificationCreateParams",
    "TollfreeVerificationList",
    "TollfreeVerificationListParams",
    "TollfreeVerificationOptInType",
    "TollfreeVerificationStatus",
    "TollfreeVerificationUpdateParams",
    "TollfreeVerificationUseCaseCategories",
    "TollfreeVerificationVettingProvider",
]


class TollfreeVerificationBusinessRegistrationAuthority(OpenEnum):
    """``tollfree_verification_enum_business_registration_authority``."""

    EIN = "EIN"
    CBN = "CBN"
    CRN = "CRN"
    PROVINCIAL_NUMBER = "PROVINCIAL_NUMBER"
    VAT = "VAT"
    ACN = "ACN"
    ABN = "ABN"
    BRN = "BRN"
    SIREN = "SIREN"
    SIRET = "SIRET"
    NZBN = "NZBN"
    UST_IDNR = "USt-IdNr"
    CIF = "CIF"
    NIF = "NIF"
    CNPJ = "CNPJ"
    UID = "UID"
    NEQ = "NEQ"
    OTHER = "OTHER"


class TollfreeVerificationBusinessType(OpenEnum):
    """``tollfree_verification_enum_business_type``."""

    PRIVATE_PROFIT = "PRIVATE_PROFIT"
    PUBLIC_PROFIT = "PUBLIC_PROFIT"
    SOLE_PROPRIETOR = "SOLE_PROPRIETOR"
    NON_PROFIT = "NON_PROFIT"
    GOVERNMENT = "GOVERNMENT"


class TollfreeVerificationOptInType(OpenEnum):
    """``tollfree_verification_enum_opt_in_type``."""

    VERBAL = "VERBAL"
    WEB_FORM = "WEB_FORM"
    PAPER_FORM = "PAPER_FORM"
    VIA_TEXT = "VIA_TEXT"
    MOBILE_QR_CODE = "MOBILE_QR_CODE"
    IMPORT = "IMPORT"
    IMPORT_PLEASE_REPLACE = "IMPORT_PLEASE_REPLACE"


class TollfreeVerificationStatus(OpenEnum):
    """``tollfree_verification_enum_status``."""

    PENDING_REVIEW = "PENDING_REVIEW"
    IN_REVIEW = "IN_REVIEW"
    TWILIO_APPROVED = "TWILIO_APPROVED"
    TWILIO_REJECTED = "TWILIO_REJECTED"


class TollfreeVerificationUseCaseCategories(OpenEnum):
    """``tollfree_verification_enum_use_case_categories``."""

    TWO_FACTOR_AUTHENTICATION = "TWO_FACTOR_AUTHENTICATION"
    ACCOUNT_NOTIFICATIONS = "ACCOUNT_NOTIFICATIONS"
    CUSTOMER_CARE = "CUSTOMER_CARE"
    CHARITY_NONPROFIT = "CHARITY_NONPROFIT"
    DELIVERY_NOTIFICATIONS = "DELIVERY_NOTIFICATIONS"
    FRAUD_ALERT_MESSAGING = "FRAUD_ALERT_MESSAGING"
    EVENTS = "EVENTS"
    HIGHER_EDUCATION = "HIGHER_EDUCATION"
    K12 = "K12"
    MARKETING = "MARKETING"
    POLLING_AND_VOTING_NON_POLITICAL = "POLLING_AND_VOTING_NON_POLITICAL"
    POLITICAL_ELECTION_CAMPAIGNS = "POLITICAL_ELECTION_CAMPAIGNS"
    PUBLIC_SERVICE_ANNOUNCEMENT = "PUBLIC_SERVICE_ANNOUNCEMENT"
    SECURITY_ALERT = "SECURITY_ALERT"


class TollfreeVerificationVettingProvider(OpenEnum):
    """``tollfree_verification_enum_vetting_provider``."""

    CAMPAIGN_VERIFY = "CAMPAIGN_VERIFY"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TollfreeVerification(Record):
    """Record ``messaging.v1.tollfree_verification`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    customer_profile_sid: str | None = None
    trust_product_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    regulated_item_sid: str | None = None
    business_name: str | None = None
    business_street_address: str | None = None
    business_street_address2: str | None = None
    business_city: str | None = None
    business_state_province_region: str | None = None
    business_postal_code: str | None = None
    business_country: str | None = None
    business_website: str | None = None
    business_contact_first_name: str | None = None
    business_contact_last_name: str | None = None
    business_contact_email: str | None = None
    business_contact_phone: str | None = None
    notification_email: str | None = None
    use_case_categories: list[TollfreeVerificationUseCaseCategories] | None = None
    use_case_summary: str | None = None
    production_message_sample: str | None = None
    opt_in_image_urls: list[str] | None = None
    opt_in_type: TollfreeVerificationOptInType | None = None
    message_volume: str | None = None
    additional_information: str | None = None
    tollfree_phone_number_sid: str | None = None
    tollfree_phone_number: str | None = None
    status: TollfreeVerificationStatus | None = None
    url: str
    rejection_reason: str | None = None
    error_code: int | None = None
    edit_expiration: datetime | None = None
    edit_allowed: bool | None = None
    business_registration_number: str | None = None
    business_registration_authority: TollfreeVerificationBusinessRegistrationAuthority | None = None
    business_registration_country: str | None = None
    business_type: TollfreeVerificationBusinessType | None = None
    business_registration_phone_number: str | None = None
    doing_business_as: str | None = None
    opt_in_confirmation_message: str | None = None
    help_message_sample: str | None = None
    privacy_policy_url: str | None = None
    terms_and_conditions_url: str | None = None
    age_gated_content: bool | None = None
    opt_in_keywords: list[str] | None = None
    rejection_reasons: list[Any] | None = None
    resource_links: Any | None = None
    external_reference_id: str | None = None
    vetting_id: str | None = None
    vetting_provider: TollfreeVerificationVettingProvider | None = None
    vetting_id_expiration: datetime | None = None


class TollfreeVerificationUpdateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.tollfree_verifications.update`` (``UpdateTollfreeVerification``)."""

    business_name: str
    """The name of the business or organization using the Tollfree number."""
    business_website: str
    """The website of the business or organization using the Tollfree number."""
    notification_email: str
    """The email address to receive the notification about the verification result."""
    use_case_categories: Sequence[str]
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
    """The E.164 formatted phone number of the contact for the business or organization using the Tollfree number."""
    edit_reason: str
    """Describe why the verification is being edited."""
    business_registration_number: str
    """A legally recognized business registration number."""
    business_registration_authority: str
    business_registration_country: str
    """Country business is registered in."""
    business_type: str
    business_registration_phone_number: str
    """The E.164 formatted number associated with the business."""
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
    opt_in_keywords: Sequence[str]
    """List of keywords that users can text in to opt in to receive messages."""
    vetting_provider: str
    vetting_id: str
    """The unique ID of the vetting."""


class TollfreeVerificationListParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.tollfree_verifications.list`` (``ListTollfreeVerification``)."""

    tollfree_phone_number_sid: str
    """The SID of the Phone Number associated with the Tollfree Verification."""
    status: str
    """The compliance status of the Tollfree Verification record."""
    external_reference_id: str
    """Customer supplied reference id for the Tollfree Verification record."""
    include_sub_accounts: bool
    """Whether to include Tollfree Verifications from sub accounts in list response."""
    trust_product_sid: Sequence[str]
    """The trust product sids / tollfree bundle sids of tollfree verifications."""


class TollfreeVerificationCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.tollfree_verifications.create`` (``CreateTollfreeVerification``)."""

    business_name: Required[str]
    """The name of the business or organization using the Tollfree number."""
    business_website: Required[str]
    """The website of the business or organization using the Tollfree number."""
    notification_email: Required[str]
    """The email address to receive the notification about the verification result."""
    use_case_categories: Required[Sequence[str]]
    use_case_summary: Required[str]
    """Use this to further explain how messaging is used by the business or organization."""
    production_message_sample: Required[str]
    """An example of message content, i.e."""
    opt_in_image_urls: Required[Sequence[str]]
    """Link to an image that shows the opt-in workflow."""
    opt_in_type: Required[str]
    message_volume: Required[str]
    """Estimate monthly volume of messages from the Tollfree Number."""
    tollfree_phone_number_sid: Required[str]
    """The SID of the Phone Number associated with the Tollfree Verification."""
    customer_profile_sid: str
    """Customer's Profile Bundle BundleSid."""
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
    """The E.164 formatted phone number of the contact for the business or organization using the Tollfree number."""
    external_reference_id: str
    """An optional external reference ID supplied by customer and echoed back on status retrieval."""
    business_registration_number: str
    """A legally recognized business registration number."""
    business_registration_authority: str
    business_registration_country: str
    """The country where the business is registered."""
    business_type: str
    business_registration_phone_number: str
    """The E.164 formatted number associated with the business."""
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
    opt_in_keywords: Sequence[str]
    """List of keywords that users can text in to opt in to receive messages."""
    vetting_provider: str
    vetting_id: str
    """The unique ID of the vetting."""


_CONTEXT_FETCH: Operation[TollfreeVerification] = Operation(
    id="messaging.v1.tollfree_verifications.fetch",
    method="GET",
    product="messaging",
    path="/v1/Tollfree/Verifications/{Sid}",
    spec="messaging_v1",
    record=TollfreeVerification,
)


_CONTEXT_UPDATE: Operation[TollfreeVerification] = Operation(
    id="messaging.v1.tollfree_verifications.update",
    method="POST",
    product="messaging",
    path="/v1/Tollfree/Verifications/{Sid}",
    spec="messaging_v1",
    record=TollfreeVerification,
    form={
        "business_name": "BusinessName",
        "business_website": "BusinessWebsite",
        "notification_email": "NotificationEmail",
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
        "edit_reason": "EditReason",
        "business_registration_number": "BusinessRegistrationNumber",
        "business_registration_authority": "BusinessRegistrationAuthority",
        "business_registration_country": "BusinessRegistrationCountry",
        "business_type": "BusinessType",
        "business_registration_phone_number": "BusinessRegistrationPhoneNumber",
        "doing_business_as": "DoingBusinessAs",
        "opt_in_confirmation_message": "OptInConfirmationMessage",
        "help_message_sample": "HelpMessageSample",
        "privacy_policy_url": "PrivacyPolicyUrl",
        "terms_and_conditions_url": "TermsAndConditionsUrl",
        "age_gated_content": "AgeGatedContent",
        "opt_in_keywords": "OptInKeywords",
        "vetting_provider": "VettingProvider",
        "vetting_id": "VettingId",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.tollfree_verifications.delete",
    method="DELETE",
    product="messaging",
    path="/v1/Tollfree/Verifications/{Sid}",
    spec="messaging_v1",
)


_LIST_LIST: Operation[TollfreeVerification] = Operation(
    id="messaging.v1.tollfree_verifications.list",
    method="GET",
    product="messaging",
    path="/v1/Tollfree/Verifications",
    spec="messaging_v1",
    record=TollfreeVerification,
    query={
        "tollfree_phone_number_sid": "TollfreePhoneNumberSid",
        "status": "Status",
        "external_reference_id": "ExternalReferenceId",
        "include_sub_accounts": "IncludeSubAccounts",
        "trust_product_sid": "TrustProductSid",
    },
    paging="meta",
    envelope="verifications",
)


_LIST_CREATE: Operation[TollfreeVerification] = Operation(
    id="messaging.v1.tollfree_verifications.create",
    method="POST",
    product="messaging",
    path="/v1/Tollfree/Verifications",
    spec="messaging_v1",
    record=TollfreeVerification,
    form={
        "business_name": "BusinessName",
        "business_website": "BusinessWebsite",
        "notification_email": "NotificationEmail",
        "use_case_categories": "UseCaseCategories",
        "use_case_summary": "UseCaseSummary",
        "production_message_sample": "ProductionMessageSample",
        "opt_in_image_urls": "OptInImageUrls",
        "opt_in_type": "OptInType",
        "message_volume": "MessageVolume",
        "tollfree_phone_number_sid": "TollfreePhoneNumberSid",
        "customer_profile_sid": "CustomerProfileSid",
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
        "external_reference_id": "ExternalReferenceId",
        "business_registration_number": "BusinessRegistrationNumber",
        "business_registration_authority": "BusinessRegistrationAuthority",
        "business_registration_country": "BusinessRegistrationCountry",
        "business_type": "BusinessType",
        "business_registration_phone_number": "BusinessRegistrationPhoneNumber",
        "doing_business_as": "DoingBusinessAs",
        "opt_in_confirmation_message": "OptInConfirmationMessage",
        "help_message_sample": "HelpMessageSample",
        "privacy_policy_url": "PrivacyPolicyUrl",
        "terms_and_conditions_url": "TermsAndConditionsUrl",
        "age_gated_content": "AgeGatedContent",
        "opt_in_keywords": "OptInKeywords",
        "vetting_provider": "VettingProvider",
        "vetting_id": "VettingId",
    },
    required=frozenset(
        [
            "business_name",
            "business_website",
            "message_volume",
            "notification_email",
            "opt_in_image_urls",
            "opt_in_type",
            "production_message_sample",
            "tollfree_phone_number_sid",
            "use_case_categories",
            "use_case_summary",
        ]
    ),
)


class TollfreeVerificationContext(Resource):
    """One ``Tollfree/Verifications`` record: sid."""

    _path = "/v1/Tollfree/Verifications/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> TollfreeVerification:
        """Retrieve a tollfree verification."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[TollfreeVerificationUpdateParams]
    ) -> TollfreeVerification:
        """Edit a tollfree verification."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a tollfree verification."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class TollfreeVerificationList(
    CreateMany[TollfreeVerificationCreateParams, TollfreeVerification], Resource
):
    """``Tollfree/Verifications`` (call it with a sid)."""

    _path = "/v1/Tollfree/Verifications"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TollfreeVerificationContext:
        """The record with this ``sid``."""
        return self._child(TollfreeVerificationContext, sid=sid)

    async def create(
        self, **params: Unpack[TollfreeVerificationCreateParams]
    ) -> TollfreeVerification:
        """Create a tollfree verification."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TollfreeVerificationListParams],
    ) -> AsyncIterator[TollfreeVerification]:
        """List tollfree verifications. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TollfreeVerificationListParams],
    ) -> Page[TollfreeVerification]:
        """List tollfree verifications. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TollfreeVerificationListParams],
    ) -> list[TollfreeVerification]:
        """List tollfree verifications. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
