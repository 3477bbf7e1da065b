# Generated from specs/twilio-oai/twilio_pricing_v2.json by codegen; do not edit.
"""Pricing v2 on pricing.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.pricing.v2.trunking_countries import CountryList
    from twilio_async.rest.pricing.v2.trunking_numbers import NumberList
    from twilio_async.rest.pricing.v2.voice import VoiceList

__all__ = ["PricingV2"]


class PricingV2(Resource):
    """``client.pricing.v2``."""

    @property
    def countries(self) -> CountryList:
        """``Trunking/Countries``."""
        from twilio_async.rest.pricing.v2.trunking_countries import CountryList

        return CountryList(self._transport)

    @property
    def numbers(self) -> NumberList:
        """``Trunking/Numbers``."""
        from twilio_async.rest.pricing.v2.trunking_numbers import NumberList

        return NumberList(self._transport)

    @property
    def voice(self) -> VoiceList:
        """``Voice``."""
        from twilio_async.rest.pricing.v2.voice import VoiceList

        return VoiceList(self._transport)
