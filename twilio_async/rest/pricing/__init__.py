# Generated from specs/twilio-oai/twilio_pricing_v1.json, twilio_pricing_v2.json by codegen; do not edit.
"""``client.pricing``: Twilio's pricing.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.pricing.v1 import PricingV1
    from twilio_async.rest.pricing.v2 import PricingV2

__all__ = ["Pricing"]


class Pricing(Resource):
    """``client.pricing``."""

    @property
    def v1(self) -> PricingV1:
        """Version ``v1``."""
        from twilio_async.rest.pricing.v1 import PricingV1

        return PricingV1(self._transport, self._values)

    @property
    def v2(self) -> PricingV2:
        """Version ``v2``."""
        from twilio_async.rest.pricing.v2 import PricingV2

        return PricingV2(self._transport, self._values)
