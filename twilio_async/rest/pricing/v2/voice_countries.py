# Generated from specs/twilio-oai/twilio_pricing_v2.json by codegen; do not edit.
"""Pricing v2: Country (Voice/Countries) on pricing.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "CountryContext",
    "CountryList",
    "VoiceCountry",
    "VoiceCountryInboundCallPrices",
    "VoiceCountryOutboundPrefixPrices",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceCountry(Record):
    """Record ``pricing.v2.voice.voice_country`` (every field but ``iso_country``, ``url`` may be ``None``)."""

    country: str | None = None
    iso_country: str
    url: str
    outbound_prefix_prices: list[VoiceCountryOutboundPrefixPrices] | None = None
    inbound_call_prices: list[VoiceCountryInboundCallPrices] | None = None
    price_unit: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceCountryInboundCallPrices(Record):
    """Record ``VoiceCountryInboundCallPrices`` (every field may be ``None``)."""

    base_price: Decimal | None = None
    current_price: Decimal | None = None
    number_type: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceCountryOutboundPrefixPrices(Record):
    """Record ``VoiceCountryOutboundPrefixPrices`` (every field may be ``None``)."""

    origination_prefixes: list[str] | None = None
    destination_prefixes: list[str] | None = None
    base_price: Decimal | None = None
    current_price: Decimal | None = None
    friendly_name: str | None = None


_LIST_LIST: Operation[VoiceCountry] = Operation(
    id="pricing.v2.voice.countries.list",
    method="GET",
    product="pricing",
    path="/v2/Voice/Countries",
    spec="pricing_v2",
    record=VoiceCountry,
    paging="meta",
    envelope="countries",
)


_CONTEXT_FETCH: Operation[VoiceCountry] = Operation(
    id="pricing.v2.voice.countries.fetch",
    method="GET",
    product="pricing",
    path="/v2/Voice/Countries/{IsoCountry}",
    spec="pricing_v2",
    record=VoiceCountry,
)


class CountryContext(Resource):
    """One ``Voice/Countries`` record: iso_country."""

    _path = "/v2/Voice/Countries/{IsoCountry}"

    @property
    def iso_country(self) -> str:
        """The ``iso_country`` this context points at."""
        return self._values[0]

    async def fetch(self) -> VoiceCountry:
        """Fetch a specific Country."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class CountryList(Resource):
    """``Voice/Countries`` (call it with a iso_country)."""

    _path = "/v2/Voice/Countries"

    def __call__(self, iso_country: str) -> CountryContext:
        """The record with this ``iso_country``."""
        return self._child(CountryContext, iso_country=iso_country)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[VoiceCountry]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[VoiceCountry]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[VoiceCountry]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
