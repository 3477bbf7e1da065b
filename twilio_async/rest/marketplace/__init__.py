# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""``client.marketplace``: Twilio's marketplace.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._operation import Resource

if TYPE_CHECKING:
    from twilio_async.rest.marketplace.v1 import MarketplaceV1

__all__ = ["Marketplace"]


class Marketplace(Resource):
    """``client.marketplace``."""

    @property
    def v1(self) -> MarketplaceV1:
        """Version ``v1``."""
        from twilio_async.rest.marketplace.v1 import MarketplaceV1

        return MarketplaceV1(self._transport, self._values)
