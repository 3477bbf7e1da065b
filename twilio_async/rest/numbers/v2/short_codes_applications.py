# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: Application (ShortCodes/Applications) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Application",
    "ApplicationBusinessInformation",
    "ApplicationComplianceKeywords",
    "ApplicationContentExamples",
    "ApplicationContext",
    "ApplicationCreateParams",
    "ApplicationList",
    "ApplicationListParams",
    "ApplicationRecord",
    "ApplicationRecordBusinessInformation",
    "ApplicationRecordComplianceKeywords",
    "ApplicationRecordContentExamples",
    "ApplicationRecordSetup",
    "ApplicationRecordSmsCampaignDetails",
    "ApplicationRecordUserSignUp",
    "ApplicationSetup",
    "ApplicationSmsCampaignDetails",
    "ApplicationUserSignUp",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Application(Record):
    """Record ``ShortCodeApplication`` (every field may be ``None``)."""

    sid: str | None = None
    application_requirements_sid: str | None = None
    application_requirements_version: int | None = None
    account_sid: str | None = None
    bundle_sid: str | None = None
    reviewer: str | None = None
    zendesk_ticket_id: str | None = None
    friendly_name: str | None = None
    notification_emails: list[str] | None = None
    iso_country: str | None = None
    state: str | None = None
    setup: ApplicationSetup | None = None
    business_information: ApplicationBusinessInformation | None = None
    user_sign_up: ApplicationUserSignUp | None = None
    compliance_keywords: ApplicationComplianceKeywords | None = None
    content_examples: ApplicationContentExamples | None = None
    sms_campaign_details: ApplicationSmsCampaignDetails | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    created_by: str | None = None
    updated_by: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationBusinessInformation(Record):
    """Record ``ApplicationBusinessInformation`` (every field may be ``None``)."""

    managing_company_profile: str | None = None
    customer_facing_profile: str | None = None
    business_website: str | None = None
    ein_managing_company_profile: str | None = None
    ein_customer_facing_profile: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationComplianceKeywords(Record):
    """Record ``ApplicationComplianceKeywords`` (every field may be ``None``)."""

    help: str | None = None
    stop: str | None = None
    info: str | None = None
    aide: str | None = None
    arret: str | None = None
    opt_out_filtering: bool | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationContentExamples(Record):
    """Record ``ApplicationContentExamples`` (every field may be ``None``)."""

    examples: list[str] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationRecord(Record):
    """Record ``CreateShortCodeApplicationResponse`` (every field may be ``None``)."""

    sid: str | None = None
    application_requirements_sid: str | None = None
    application_requirements_version: int | None = None
    account_sid: str | None = None
    bundle_sid: str | None = None
    reviewer: str | None = None
    zendesk_ticket_id: str | None = None
    friendly_name: str | None = None
    notification_emails: list[str] | None = None
    iso_country: str | None = None
    state: str | None = None
    setup: ApplicationRecordSetup | None = None
    business_information: ApplicationRecordBusinessInformation | None = None
    user_sign_up: ApplicationRecordUserSignUp | None = None
    compliance_keywords: ApplicationRecordComplianceKeywords | None = None
    content_examples: ApplicationRecordContentExamples | None = None
    sms_campaign_details: ApplicationRecordSmsCampaignDetails | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    created_by: str | None = None
    updated_by: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationRecordBusinessInformation(Record):
    """Record ``ApplicationRecordBusinessInformation`` (every field may be ``None``)."""

    managing_company_profile: str | None = None
    customer_facing_profile: str | None = None
    business_website: str | None = None
    ein_managing_company_profile: str | None = None
    ein_customer_facing_profile: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationRecordComplianceKeywords(Record):
    """Record ``ApplicationRecordComplianceKeywords`` (every field may be ``None``)."""

    help: str | None = None
    stop: str | None = None
    info: str | None = None
    aide: str | None = None
    arret: str | None = None
    opt_out_filtering: bool | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationRecordContentExamples(Record):
    """Record ``ApplicationRecordContentExamples`` (every field may be ``None``)."""

    examples: list[str] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationRecordSetup(Record):
    """Record ``ApplicationRecordSetup`` (every field may be ``None``)."""

    request_type: str | None = None
    traffic_type: str | None = None
    lease_type: str | None = None
    payment_frequency: str | None = None
    short_code_preference: str | None = None
    mms_enabled: bool | None = None
    free_to_end_user: bool | None = None
    charges_apply: bool | None = None
    current_provider: str | None = None
    migrated_mms_enabled: bool | None = None
    migrated_live_traffic: bool | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationRecordSmsCampaignDetails(Record):
    """Record ``ApplicationRecordSmsCampaignDetails`` (every field may be ``None``)."""

    campaign_name: str | None = None
    campaign_brand_website: str | None = None
    customer_care_channel: str | None = None
    customer_care_value: str | None = None
    campaign_frequency: list[str] | None = None
    sc_use_case_categories: list[str] | None = None
    sms_terms_of_service_url: str | None = None
    sms_privacy_policy_url: str | None = None
    monthly_outbound_volume_expected: str | None = None
    monthly_inbound_volume_expected: str | None = None
    avg_monthly_messages_sent_to_each_subscriber: str | None = None
    avg_monthly_messages_received_from_subscribers: str | None = None
    estimated_total_subscribers: str | None = None
    duration_of_the_campaign: str | None = None
    planned_traffic_spikes: str | None = None
    spike_details: str | None = None
    expected_traffic_start_date: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationRecordUserSignUp(Record):
    """Record ``ApplicationRecordUserSignUp`` (every field may be ``None``)."""

    sign_up_options: list[str] | None = None
    double_opt_in_process: bool | None = None
    double_opt_in_message: str | None = None
    sign_up_confirmation_message: str | None = None
    double_opt_in_response_message: str | None = None
    online_web_form_message: str | None = None
    keyword_message: str | None = None
    ivr_message: str | None = None
    other_form_message: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationSetup(Record):
    """Record ``ApplicationSetup`` (every field may be ``None``)."""

    request_type: str | None = None
    traffic_type: str | None = None
    lease_type: str | None = None
    payment_frequency: str | None = None
    short_code_preference: str | None = None
    mms_enabled: bool | None = None
    free_to_end_user: bool | None = None
    charges_apply: bool | None = None
    current_provider: str | None = None
    migrated_mms_enabled: bool | None = None
    migrated_live_traffic: bool | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationSmsCampaignDetails(Record):
    """Record ``ApplicationSmsCampaignDetails`` (every field may be ``None``)."""

    campaign_name: str | None = None
    campaign_brand_website: str | None = None
    customer_care_channel: str | None = None
    customer_care_value: str | None = None
    campaign_frequency: list[str] | None = None
    sc_use_case_categories: list[str] | None = None
    sms_terms_of_service_url: str | None = None
    sms_privacy_policy_url: str | None = None
    monthly_outbound_volume_expected: str | None = None
    monthly_inbound_volume_expected: str | None = None
    avg_monthly_messages_sent_to_each_subscriber: str | None = None
    avg_monthly_messages_received_from_subscribers: str | None = None
    estimated_total_subscribers: str | None = None
    duration_of_the_campaign: str | None = None
    planned_traffic_spikes: str | None = None
    spike_details: str | None = None
    expected_traffic_start_date: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApplicationUserSignUp(Record):
    """Record ``ApplicationUserSignUp`` (every field may be ``None``)."""

    sign_up_options: list[str] | None = None
    double_opt_in_process: bool | None = None
    double_opt_in_message: str | None = None
    sign_up_confirmation_message: str | None = None
    double_opt_in_response_message: str | None = None
    online_web_form_message: str | None = None
    keyword_message: str | None = None
    ivr_message: str | None = None
    other_form_message: str | None = None


class ApplicationListParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.applications.list`` (``ListShortCodeApplications``)."""

    account_sid: str
    """The Account SID to filter by."""
    iso_country: str
    """The ISO country to filter by."""
    status: str
    """The application status to filter by."""
    friendly_name: str
    """The friendly name to filter by."""
    sid: str
    """The application SID to filter by."""


class ApplicationCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.applications.create`` (``CreateShortCodeApplication``)."""

    create_short_code_application_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_LIST: Operation[Application] = Operation(
    id="numbers.v2.applications.list",
    method="GET",
    product="numbers",
    path="/v2/ShortCodes/Applications",
    spec="numbers_v2",
    record=Application,
    query={
        "account_sid": "AccountSid",
        "iso_country": "IsoCountry",
        "status": "Status",
        "friendly_name": "FriendlyName",
        "sid": "Sid",
    },
    paging="page_number",
    envelope="results",
    max_page_size=50,
)


_LIST_CREATE: Operation[ApplicationRecord] = Operation(
    id="numbers.v2.applications.create",
    method="POST",
    product="numbers",
    path="/v2/ShortCodes/Applications",
    spec="numbers_v2",
    record=ApplicationRecord,
    body="create_short_code_application_request",
    required=frozenset(["create_short_code_application_request"]),
)


_CONTEXT_FETCH: Operation[Application] = Operation(
    id="numbers.v2.applications.fetch",
    method="GET",
    product="numbers",
    path="/v2/ShortCodes/Applications/{sid}",
    spec="numbers_v2",
    record=Application,
)


class ApplicationContext(Resource):
    """One ``ShortCodes/Applications`` record: sid."""

    _path = "/v2/ShortCodes/Applications/{sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Application:
        """Fetch a specific Short Code Application instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class ApplicationList(CreateMany[ApplicationCreateParams, ApplicationRecord], Resource):
    """``ShortCodes/Applications`` (call it with a sid)."""

    _path = "/v2/ShortCodes/Applications"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ApplicationContext:
        """The record with this ``sid``."""
        return self._child(ApplicationContext, sid=sid)

    async def create(self, **params: Unpack[ApplicationCreateParams]) -> ApplicationRecord:
        """Create a new short code application."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ApplicationListParams],
    ) -> AsyncIterator[Application]:
        """List Short Code Applications. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ApplicationListParams],
    ) -> Page[Application]:
        """List Short Code Applications. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ApplicationListParams],
    ) -> list[Application]:
        """List Short Code Applications. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
