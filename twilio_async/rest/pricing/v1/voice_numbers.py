# Generated from specs/twilio-oai/twilio_pricing_v1.json by codegen; do not edit.
"""Pricing v1: Number (Voice/Numbers) on pricing.twilio.com."""

from __future__ import annotations

from decimal import Decimal

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "NumberContext",
    "NumberList",
    "VoiceNumber",
    "VoiceNumberInboundCallPrice",
    "VoiceNumberOutboundCallPrice",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceNumber(Record):
    """Record ``pricing.v1.voice.voice_number`` (every field but ``number``, ``url`` may be ``None``)."""

    number: str
    country: str | None = None
    iso_country: str | None = None
    outbound_call_price: VoiceNumberOutboundCallPrice | None = None
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
class VoiceNumberOutboundCallPrice(Record):
    """Record ``VoiceNumberOutboundCallPrice`` (every field may be ``None``)."""

    base_price: Decimal | None = None
    current_price: Decimal | None = None


_CONTEXT_FETCH: Operation[VoiceNumber] = Operation(
    id="pricing.v1.voice.numbers.fetch",
    method="GET",
    product="pricing",
    path="/v1/Voice/Numbers/{Number}",
    spec="pricing_v1",
    record=VoiceNumber,
)


class NumberContext(Resource):
    """One ``Voice/Numbers`` record: number."""

    _path = "/v1/Voice/Numbers/{Number}"

    @property
    def number(self) -> str:
        """The ``number`` this context points at."""
        return self._values[0]

    async def fetch(self) -> VoiceNumber:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class NumberList(Resource):
    """``Voice/Numbers`` (call it with a number)."""

    _path = "/v1/Voice/Numbers"

    def __call__(self, number: str) -> NumberContext:
        """The record with this ``number``."""
        return self._child(NumberContext, number=number)
