# Generated from specs/twilio-oai/twilio_pricing_v1.json by codegen; do not edit.
"""Pricing v1: Country (PhoneNumbers/Countries) on pricing.twilio.com."""

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
    "PhoneNumberCountry",
    "PhoneNumberCountryPhoneNumberPrices",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumberCountry(Record):
    """Record ``pricing.v1.phone_number.phone_number_country`` (every field but ``iso_country``, ``url`` may be ``None``)."""

    country: str | None = None
    iso_country: str
    url: str
    phone_number_prices: list[PhoneNumberCountryPhoneNumberPrices] | None = None
    price_unit: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumberCountryPhoneNumberPrices(Record):
    """Record ``PhoneNumberCountryPhoneNumberPrices`` (every field may be ``None``)."""

    base_price: Decimal | None = None
    current_price: Decimal | None = None
    number_type: str | None = None


_LIST_LIST: Operation[PhoneNumberCountry] = Operation(
    id="pricing.v1.phone_numbers.countries.list",
    method="GET",
    product="pricing",
    path="/v1/PhoneNumbers/Countries",
    spec="pricing_v1",
    record=PhoneNumberCountry,
    paging="meta",
    envelope="countries",
)


_CONTEXT_FETCH: Operation[PhoneNumberCountry] = Operation(
    id="pricing.v1.phone_numbers.countries.fetch",
    method="GET",
    product="pricing",
    path="/v1/PhoneNumbers/Countries/{IsoCountry}",
    spec="pricing_v1",
    record=PhoneNumberCountry,
)


class CountryContext(Resource):
    """One ``PhoneNumbers/Countries`` record: iso_country."""

    _path = "/v1/PhoneNumbers/Countries/{IsoCountry}"

    @property
    def iso_country(self) -> str:
        """The ``iso_country`` this context points at."""
        return self._values[0]

    async def fetch(self) -> PhoneNumberCountry:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class CountryList(Resource):
    """``PhoneNumbers/Countries`` (call it with a iso_country)."""

    _path = "/v1/PhoneNumbers/Countries"

    def __call__(self, iso_country: str) -> CountryContext:
        """The record with this ``iso_country``."""
        return self._child(CountryContext, iso_country=iso_country)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PhoneNumberCountry]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[PhoneNumberCountry]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[PhoneNumberCountry]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
