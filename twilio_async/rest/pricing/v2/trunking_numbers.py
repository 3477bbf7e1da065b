# Generated from specs/twilio-oai/twilio_pricing_v2.json by codegen; do not edit.
"""Pricing v2: Number (Trunking/Numbers) on pricing.twilio.com."""

from __future__ import annotations

from decimal import Decimal

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "NumberContext",
    "NumberFetchParams",
    "NumberList",
    "TrunkingNumber",
    "TrunkingNumberOriginatingCallPrice",
    "TrunkingNumberTerminatingPrefixPrices",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TrunkingNumber(Record):
    """Record ``pricing.v2.trunking_number`` (every field but ``destination_number``, ``url`` may be ``None``)."""

    destination_number: str
    origination_number: str | None = None
    country: str | None = None
    iso_country: str | None = None
    terminating_prefix_prices: list[TrunkingNumberTerminatingPrefixPrices] | None = None
    originating_call_price: TrunkingNumberOriginatingCallPrice | None = None
    price_unit: str | None = None
    url: str


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TrunkingNumberOriginatingCallPrice(Record):
    """Record ``TrunkingNumberOriginatingCallPrice`` (every field may be ``None``)."""

    base_price: Decimal | None = None
    current_price: Decimal | None = None
    number_type: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TrunkingNumberTerminatingPrefixPrices(Record):
    """Record ``TrunkingNumberTerminatingPrefixPrices`` (every field may be ``None``)."""

    origination_prefixes: list[str] | None = None
    destination_prefixes: list[str] | None = None
    base_price: Decimal | None = None
    current_price: Decimal | None = None
    friendly_name: str | None = None


class NumberFetchParams(TypedDict, total=False):
    """Keywords of ``pricing.v2.numbers.fetch`` (``FetchTrunkingNumber``)."""

    origination_number: str
    """The origination phone number, in E.164 format, for which to fetch the origin-based voice pricing information."""


_CONTEXT_FETCH: Operation[TrunkingNumber] = Operation(
    id="pricing.v2.numbers.fetch",
    method="GET",
    product="pricing",
    path="/v2/Trunking/Numbers/{DestinationNumber}",
    spec="pricing_v2",
    record=TrunkingNumber,
    query={
        "origination_number": "OriginationNumber",
    },
)


class NumberContext(Resource):
    """One ``Trunking/Numbers`` record: destination_number."""

    _path = "/v2/Trunking/Numbers/{DestinationNumber}"

    @property
    def destination_number(self) -> str:
        """The ``destination_number`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[NumberFetchParams]) -> TrunkingNumber:
        """Fetch pricing information for a specific destination and, optionally, origination phone number."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class NumberList(Resource):
    """``Trunking/Numbers`` (call it with a destination_number)."""

    _path = "/v2/Trunking/Numbers"

    def __call__(self, destination_number: str) -> NumberContext:
        """The record with this ``destination_number``."""
        return self._child(NumberContext, destination_number=destination_number)
