# Generated from specs/twilio-oai/twilio_pricing_v2.json by codegen; do not edit.
"""Pricing v2: Voice (Voice) on pricing.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.pricing.v2.voice_countries import CountryList
    from twilio_async.rest.pricing.v2.voice_numbers import NumberList

__all__ = ["VoiceContext", "VoiceList"]


class VoiceContext(Resource):
    """One ``Voice`` record."""

    _path = "/v2/Voice"


class VoiceList(Resource):
    """``Voice``."""

    def __call__(self) -> VoiceContext:
        """The one record of this resource."""
        return self._child(VoiceContext)

    @property
    def countries(self) -> CountryList:
        """``Voice/Countries``."""
        from twilio_async.rest.pricing.v2.voice_countries import CountryList

        return self._child(CountryList)

    @property
    def numbers(self) -> NumberList:
        """``Voice/Numbers``."""
        from twilio_async.rest.pricing.v2.voice_numbers import NumberList

        return self._child(NumberList)
