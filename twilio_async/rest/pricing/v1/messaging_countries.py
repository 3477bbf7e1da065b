# Generated from specs/twilio-oai/twilio_pricing_v1.json by codegen; do not edit.
"""Pricing v1: Country (Messaging/Countries) on pricing.twilio.com."""

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
    "MessagingCountry",
    "MessagingCountryInboundSmsPrices",
    "MessagingCountryOutboundSmsPrices",
    "MessagingCountryOutboundSmsPricesPrices",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessagingCountry(Record):
    """Record ``pricing.v1.messaging.messaging_country`` (every field but ``iso_country``, ``url`` may be ``None``)."""

    country: str | None = None
    iso_country: str
    url: str
    outbound_sms_prices: list[MessagingCountryOutboundSmsPrices] | None = None
    inbound_sms_prices: list[MessagingCountryInboundSmsPrices] | None = None
    price_unit: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessagingCountryInboundSmsPrices(Record):
    """Record ``MessagingCountryInboundSmsPrices`` (every field may be ``None``)."""

    base_price: Decimal | None = None
    current_price: Decimal | None = None
    number_type: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessagingCountryOutboundSmsPrices(Record):
    """Record ``MessagingCountryOutboundSmsPrices`` (every field may be ``None``)."""

    carrier: str | None = None
    mcc: str | None = None
    mnc: str | None = None
    prices: list[MessagingCountryOutboundSmsPricesPrices] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessagingCountryOutboundSmsPricesPrices(Record):
    """Record ``MessagingCountryOutboundSmsPricesPrices`` (every field may be ``None``)."""

    base_price: Decimal | None = None
    current_price: Decimal | None = None
    number_type: str | None = None


_LIST_LIST: Operation[MessagingCountry] = Operation(
    id="pricing.v1.messaging.countries.list",
    method="GET",
    product="pricing",
    path="/v1/Messaging/Countries",
    spec="pricing_v1",
    record=MessagingCountry,
    paging="meta",
    envelope="countries",
)


_CONTEXT_FETCH: Operation[MessagingCountry] = Operation(
    id="pricing.v1.messaging.countries.fetch",
    method="GET",
    product="pricing",
    path="/v1/Messaging/Countries/{IsoCountry}",
    spec="pricing_v1",
    record=MessagingCountry,
)


class CountryContext(Resource):
    """One ``Messaging/Countries`` record: iso_country."""

    _path = "/v1/Messaging/Countries/{IsoCountry}"

    @property
    def iso_country(self) -> str:
        """The ``iso_country`` this context points at."""
        return self._values[0]

    async def fetch(self) -> MessagingCountry:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class CountryList(Resource):
    """``Messaging/Countries`` (call it with a iso_country)."""

    _path = "/v1/Messaging/Countries"

    def __call__(self, iso_country: str) -> CountryContext:
        """The record with this ``iso_country``."""
        return self._child(CountryContext, iso_country=iso_country)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[MessagingCountry]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[MessagingCountry]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[MessagingCountry]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
