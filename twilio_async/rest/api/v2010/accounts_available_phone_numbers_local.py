# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Local (Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/Local) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "AvailablePhoneNumberLocal",
    "AvailablePhoneNumberLocalCapabilities",
    "LocalList",
    "LocalListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AvailablePhoneNumberLocal(Record):
    """Record ``api.v2010.account.available_phone_number_country.available_phone_number_local`` (every field may be ``None``)."""

    friendly_name: str | None = None
    phone_number: str | None = None
    lata: str | None = None
    locality: str | None = None
    rate_center: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    region: str | None = None
    postal_code: str | None = None
    iso_country: str | None = None
    address_requirements: str | None = None
    beta: bool | None = None
    capabilities: AvailablePhoneNumberLocalCapabilities | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AvailablePhoneNumberLocalCapabilities(Record):
    """Record ``AvailablePhoneNumberLocalCapabilities`` (every field may be ``None``)."""

    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None
    fax: bool | None = None


class LocalListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.available_phone_numbers.local.list`` (``ListAvailablePhoneNumberLocal``)."""

    area_code: int
    """The area code of the phone numbers to read."""
    contains: str
    """Matching pattern to identify phone numbers."""
    sms_enabled: bool
    """Whether the phone numbers can receive text messages."""
    mms_enabled: bool
    """Whether the phone numbers can receive MMS messages."""
    voice_enabled: bool
    """Whether the phone numbers can receive calls."""
    exclude_all_address_required: bool
    """Whether to exclude phone numbers that require an Address."""
    exclude_local_address_required: bool
    """Whether to exclude phone numbers that require a local Address."""
    exclude_foreign_address_required: bool
    """Whether to exclude phone numbers that require a foreign Address."""
    beta: bool
    """Whether to read phone numbers that are new to the Twilio platform."""
    near_number: str
    """Given a phone number, find a geographically close number within `distance` miles."""
    near_lat_long: str
    """Given a latitude/longitude pair `lat,long` find geographically close numbers within `distance` miles."""
    distance: int
    """The search radius, in miles, for a `near_` query."""
    in_postal_code: str
    """Limit results to a particular postal code."""
    in_region: str
    """Limit results to a particular region, state, or province."""
    in_rate_center: str
    """Limit results to a specific rate center, or given a phone number search within the same rate center as that number."""
    in_lata: str
    """Limit results to a specific local access and transport area (LATA)."""
    in_locality: str
    """Limit results to a particular locality or city."""
    fax_enabled: bool
    """Whether the phone numbers can receive faxes."""


_LIST_LIST: Operation[AvailablePhoneNumberLocal] = Operation(
    id="api.v2010.accounts.available_phone_numbers.local.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json",
    spec="api_v2010",
    record=AvailablePhoneNumberLocal,
    query={
        "area_code": "AreaCode",
        "contains": "Contains",
        "sms_enabled": "SmsEnabled",
        "mms_enabled": "MmsEnabled",
        "voice_enabled": "VoiceEnabled",
        "exclude_all_address_required": "ExcludeAllAddressRequired",
        "exclude_local_address_required": "ExcludeLocalAddressRequired",
        "exclude_foreign_address_required": "ExcludeForeignAddressRequired",
        "beta": "Beta",
        "near_number": "NearNumber",
        "near_lat_long": "NearLatLong",
        "distance": "Distance",
        "in_postal_code": "InPostalCode",
        "in_region": "InRegion",
        "in_rate_center": "InRateCenter",
        "in_lata": "InLata",
        "in_locality": "InLocality",
        "fax_enabled": "FaxEnabled",
    },
    paging="v2010",
    envelope="available_phone_numbers",
)


class LocalList(Resource):
    """``Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/Local``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[LocalListParams],
    ) -> AsyncIterator[AvailablePhoneNumberLocal]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[LocalListParams],
    ) -> Page[AvailablePhoneNumberLocal]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[LocalListParams],
    ) -> list[AvailablePhoneNumberLocal]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
