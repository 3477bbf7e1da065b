# Generated from specs/twilio-oai/twilio_pricing_v1.json by codegen; do not edit.
"""Pricing v1 on pricing.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.pricing.v1.messaging import MessagingList
    from twilio_async.rest.pricing.v1.phone_numbers import PhoneNumberList
    from twilio_async.rest.pricing.v1.voice import VoiceList

__all__ = ["PricingV1"]


class PricingV1(Resource):
    """``client.pricing.v1``."""

    @property
    def messaging(self) -> MessagingList:
        """``Messaging``."""
        from twilio_async.rest.pricing.v1.messaging import MessagingList

        return MessagingList(self._transport)

    @property
    def phone_numbers(self) -> PhoneNumberList:
        """``PhoneNumbers``."""
        from twilio_async.rest.pricing.v1.phone_numbers import PhoneNumberList

        return PhoneNumberList(self._transport)

    @property
    def voice(self) -> VoiceList:
        """``Voice``."""
        from twilio_async.rest.pricing.v1.voice import VoiceList

        return VoiceList(self._transport)
