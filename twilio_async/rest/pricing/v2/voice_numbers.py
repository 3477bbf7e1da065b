# Generated from specs/twilio-oai/twilio_pricing_v2.json by codegen; do not edit.
"""Pricing v2: Number (Voice/Numbers) on pricing.twilio.com."""

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
    "VoiceNumber",
    "VoiceNumberInboundCallPrice",
    "VoiceNumberOutboundCallPrices",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceNumber(Record):
    """Record ``pricing.v2.voice.voice_number`` (every field but ``destination_number``, ``url`` may be ``None``)."""

    destination_number: str
    origination_number: str | None = None
    country: str | None = None
    iso_country: str | None = None
    outbound_call_prices: list[VoiceNumberOutboundCallPrices] | None = None
    inbound_call_price: VoiceNumberInboundCallPrice | None = None
    price_unit: str | None = None
    url: str


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceNumberInboundCallPrice(Record):
    """Record ``VoiceNumberInboundCallPrice`` (every field may be ``None``)."""

    base_price: Decimal | None = None
    current_price: Decimal | None = None
    number_type: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceNumberOutboundCallPrices(Record):
    """Record ``VoiceNumberOutboundCallPrices`` (every field may be ``None``)."""

    base_price: Decimal | None = None
    current_price: Decimal | None = None
    origination_prefixes: list[str] | None = None


class NumberFetchParams(TypedDict, total=False):
    """Keywords of ``pricing.v2.voice.numbers.fetch`` (``FetchVoiceNumber``)."""

    origination_number: str
    """The origination phone number, in E.164 format, for which to fetch the origin-based voice pricing information."""


_CONTEXT_FETCH: Operation[VoiceNumber] = Operation(
    id="pricing.v2.voice.numbers.fetch",
    method="GET",
    product="pricing",
    path="/v2/Voice/Numbers/{DestinationNumber}",
    spec="pricing_v2",
    record=VoiceNumber,
    query={
        "origination_number": "OriginationNumber",
    },
)


class NumberContext(Resource):
    """One ``Voice/Numbers`` record: destination_number."""

    _path = "/v2/Voice/Numbers/{DestinationNumber}"

    @property
    def destination_number(self) -> str:
        """The ``destination_number`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[NumberFetchParams]) -> VoiceNumber:
        """Fetch pricing information for a specific destination and, optionally, origination phone number."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class NumberList(Resource):
    """``Voice/Numbers`` (call it with a destination_number)."""

    _path = "/v2/Voice/Numbers"

    def __call__(self, destination_number: str) -> NumberContext:
        """The record with this ``destination_number``."""
        return self._child(NumberContext, destination_number=destination_number)
