# Generated from specs/twilio-oai/twilio_wireless_v1.json by codegen; do not edit.
"""``client.wireless``: Twilio's wireless.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.wireless.v1 import WirelessV1

__all__ = ["Wireless"]


class Wireless(Resource):
    """``client.wireless``."""

    @property
    def v1(self) -> WirelessV1:
        """Version ``v1``."""
        from twilio_async.rest.wireless.v1 import WirelessV1

        return WirelessV1(self._transport, self._values)
