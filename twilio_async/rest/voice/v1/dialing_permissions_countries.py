# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: Country (DialingPermissions/Countries) on voice.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.voice.v1.dialing_permissions_countries_high_risk_special_prefixes import (
        HighriskSpecialPrefixList,
    )

__all__ = ["CountryContext", "CountryList", "CountryListParams", "DialingPermissionsCountry"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DialingPermissionsCountry(Record):
    """Record ``voice.v1.dialing_permissions.dialing_permissions_country`` (every field but ``iso_code``, ``url`` may be ``None``)."""

    iso_code: str
    name: str | None = None
    continent: str | None = None
    country_codes: list[str] | None = None
    low_risk_numbers_enabled: bool | None = None
    high_risk_special_numbers_enabled: bool | None = None
    high_risk_tollfraud_numbers_enabled: bool | None = None
    url: str
    links: dict[str, Any] | None = None


class CountryListParams(TypedDict, total=False):
    """Keywords of ``voice.v1.dialing_permissions.countries.list`` (``ListDialingPermissionsCountry``)."""

    iso_code: str
    """Filter to retrieve the country permissions by specifying the ISO country code."""
    continent: str
    """Filter to retrieve the country permissions by specifying the continent."""
    country_code: str
    """Filter the results by specified country codes."""
    low_risk_numbers_enabled: bool
    """Filter to retrieve the country permissions with dialing to low-risk numbers enabled."""
    high_risk_special_numbers_enabled: bool
    """Filter to retrieve the country permissions with dialing to high-risk special service numbers enabled."""
    high_risk_tollfraud_numbers_enabled: bool
    """Filter to retrieve the country permissions with dialing to high-risk toll fraud numbers enabled."""


_CONTEXT_FETCH: Operation[DialingPermissionsCountry] = Operation(
    id="voice.v1.dialing_permissions.countries.fetch",
    method="GET",
    product="voice",
    path="/v1/DialingPermissions/Countries/{IsoCode}",
    spec="voice_v1",
    record=DialingPermissionsCountry,
)


_LIST_LIST: Operation[DialingPermissionsCountry] = Operation(
    id="voice.v1.dialing_permissions.countries.list",
    method="GET",
    product="voice",
    path="/v1/DialingPermissions/Countries",
    spec="voice_v1",
    record=DialingPermissionsCountry,
    query={
        "iso_code": "IsoCode",
        "continent": "Continent",
        "country_code": "CountryCode",
        "low_risk_numbers_enabled": "LowRiskNumbersEnabled",
        "high_risk_special_numbers_enabled": "HighRiskSpecialNumbersEnabled",
        "high_risk_tollfraud_numbers_enabled": "HighRiskTollfraudNumbersEnabled",
    },
    paging="meta",
    envelope="content",
)


class CountryContext(Resource):
    """One ``DialingPermissions/Countries`` record: iso_code."""

    _path = "/v1/DialingPermissions/Countries/{IsoCode}"

    @property
    def iso_code(self) -> str:
        """The ``iso_code`` this context points at."""
        return self._values[0]

    async def fetch(self) -> DialingPermissionsCountry:
        """Retrieve voice dialing country permissions identified by the given ISO country code."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def highrisk_special_prefixes(self) -> HighriskSpecialPrefixList:
        """``DialingPermissions/Countries/IsoCode/HighRiskSpecialPrefixes``."""
        from twilio_async.rest.voice.v1.dialing_permissions_countries_high_risk_special_prefixes import (
            HighriskSpecialPrefixList,
        )

        return self._child(HighriskSpecialPrefixList)


class CountryList(Resource):
    """``DialingPermissions/Countries`` (call it with a iso_code)."""

    _path = "/v1/DialingPermissions/Countries"

    def __call__(self, iso_code: str) -> CountryContext:
        """The record with this ``iso_code``."""
        return self._child(CountryContext, iso_code=iso_code)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CountryListParams],
    ) -> AsyncIterator[DialingPermissionsCountry]:
        """Retrieve all voice dialing country permissions for this account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CountryListParams],
    ) -> Page[DialingPermissionsCountry]:
        """Retrieve all voice dialing country permissions for this account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CountryListParams],
    ) -> list[DialingPermissionsCountry]:
        """Retrieve all voice dialing country permissions for this account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
