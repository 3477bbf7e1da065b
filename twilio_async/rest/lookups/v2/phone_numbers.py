# Generated from specs/twilio-oai/twilio_lookups_v2.json by codegen; do not edit.
"""Lookups v2: PhoneNumber (PhoneNumbers) on lookups.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "CallForwardingInfo",
    "CallerNameInfo",
    "IdentityMatchInfo",
    "LineStatusInfo",
    "LineTypeIntelligenceInfo",
    "PhoneNumber",
    "PhoneNumberContext",
    "PhoneNumberFetchParams",
    "PhoneNumberList",
    "ReassignedNumberInfo",
    "SimSwapInfo",
    "SmsPumpingRiskInfo",
    "ValidationError",
]


class ValidationError(OpenEnum):
    """``ValidationError``."""

    TOO_SHORT = "TOO_SHORT"
    TOO_LONG = "TOO_LONG"
    INVALID_BUT_POSSIBLE = "INVALID_BUT_POSSIBLE"
    INVALID_COUNTRY_CODE = "INVALID_COUNTRY_CODE"
    INVALID_LENGTH = "INVALID_LENGTH"
    NOT_A_NUMBER = "NOT_A_NUMBER"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CallForwardingInfo(Record):
    """Record ``CallForwardingInfo`` (every field may be ``None``)."""

    call_forwarding_enabled: bool | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CallerNameInfo(Record):
    """Record ``CallerNameInfo`` (every field may be ``None``)."""

    caller_name: str | None = None
    caller_type: str | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IdentityMatchInfo(Record):
    """Record ``IdentityMatchInfo`` (every field may be ``None``)."""

    first_name_match: str | None = None
    last_name_match: str | None = None
    address_lines_match: str | None = None
    city_match: str | None = None
    state_match: str | None = None
    postal_code_match: str | None = None
    address_country_match: str | None = None
    national_id_match: str | None = None
    date_of_birth_match: str | None = None
    summary_score: int | None = None
    error_code: int | None = None
    error_message: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class LineStatusInfo(Record):
    """Record ``LineStatusInfo`` (every field may be ``None``)."""

    status: str | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class LineTypeIntelligenceInfo(Record):
    """Record ``LineTypeIntelligenceInfo`` (every field may be ``None``)."""

    mobile_country_code: str | None = None
    mobile_network_code: str | None = None
    carrier_name: str | None = None
    type: str | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumber(Record):
    """Record ``LookupResponse`` (every field but ``phone_number``, ``url`` may be ``None``)."""

    calling_country_code: str | None = None
    country_code: str | None = None
    phone_number: str
    national_format: str | None = None
    valid: bool | None = None
    validation_errors: list[ValidationError] | None = None
    caller_name: CallerNameInfo | None = None
    sim_swap: SimSwapInfo | None = None
    call_forwarding: CallForwardingInfo | None = None
    line_type_intelligence: LineTypeIntelligenceInfo | None = None
    line_status: LineStatusInfo | None = None
    identity_match: IdentityMatchInfo | None = None
    reassigned_number: ReassignedNumberInfo | None = None
    sms_pumping_risk: SmsPumpingRiskInfo | None = None
    phone_number_quality_score: Any | None = None
    pre_fill: Any | None = None
    url: str


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ReassignedNumberInfo(Record):
    """Record ``ReassignedNumberInfo`` (every field may be ``None``)."""

    last_verified_date: str | None = None
    is_number_reassigned: str | None = None
    error_code: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SimSwapInfo(Record):
    """Record ``SimSwapInfo`` (every field may be ``None``)."""

    last_sim_swap: Any | None = None
    carrier_name: str | None = None
    mobile_country_code: str | None = None
    mobile_network_code: str | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SmsPumpingRiskInfo(Record):
    """Record ``SmsPumpingRiskInfo`` (every field may be ``None``)."""

    carrier_risk_category: str | None = None
    number_blocked: bool | None = None
    number_blocked_date: datetime | None = None
    number_blocked_last_3_months: bool | None = None
    sms_pumping_risk_score: int | None = None
    error_code: int | None = None


class PhoneNumberFetchParams(TypedDict, total=False):
    """Keywords of ``lookups.v2.phone_numbers.fetch`` (``FetchPhoneNumber``)."""

    fields: str
    """A comma-separated list of fields to return."""
    country_code: str
    """The country code used if the phone number provided is in national format."""
    first_name: str
    """User’s first name."""
    last_name: str
    """User’s last name."""
    address_line1: str
    """User’s first address line."""
    address_line2: str
    """User’s second address line."""
    city: str
    """User’s city."""
    state: str
    """User’s country subdivision, such as state, province, or locality."""
    postal_code: str
    """User’s postal zip code."""
    address_country_code: str
    """User’s country, up to two characters."""
    national_id: str
    """User’s national ID, such as SSN or Passport ID."""
    date_of_birth: str
    """User’s date of birth, in YYYYMMDD format."""
    last_verified_date: str
    """The date you obtained consent to call or text the end-user of the phone number or a date on which you are reasonably certain that the end-user coul..."""
    verification_sid: str
    """The unique identifier associated with a verification process through verify API."""
    partner_sub_id: str
    """The optional partnerSubId parameter to provide context for your sub-accounts, tenantIDs, sender IDs or other segmentation, enhancing the accuracy o..."""


_CONTEXT_FETCH: Operation[PhoneNumber] = Operation(
    id="lookups.v2.phone_numbers.fetch",
    method="GET",
    product="lookups",
    path="/v2/PhoneNumbers/{PhoneNumber}",
    spec="lookups_v2",
    record=PhoneNumber,
    query={
        "fields": "Fields",
        "country_code": "CountryCode",
        "first_name": "FirstName",
        "last_name": "LastName",
        "address_line1": "AddressLine1",
        "address_line2": "AddressLine2",
        "city": "City",
        "state": "State",
        "postal_code": "PostalCode",
        "address_country_code": "AddressCountryCode",
        "national_id": "NationalId",
        "date_of_birth": "DateOfBirth",
        "last_verified_date": "LastVerifiedDate",
        "verification_sid": "VerificationSid",
        "partner_sub_id": "PartnerSubId",
    },
)


class PhoneNumberContext(Resource):
    """One ``PhoneNumbers`` record: phone_number."""

    _path = "/v2/PhoneNumbers/{PhoneNumber}"

    @property
    def phone_number(self) -> str:
        """The ``phone_number`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[PhoneNumberFetchParams]) -> PhoneNumber:
        """Full API documentation: https://www.twilio.com/docs/lookup/v2-api."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class PhoneNumberList(Resource):
    """``PhoneNumbers`` (call it with a phone_number)."""

    def __call__(self, phone_number: str) -> PhoneNumberContext:
        """The record with this ``phone_number``."""
        return self._child(PhoneNumberContext, phone_number=phone_number)
