# Generated from specs/twilio-oai/twilio_routes_v2.json by codegen; do not edit.
"""``client.routes``: Twilio's routes.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.routes.v2 import RoutesV2

__all__ = ["Routes"]


class Routes(Resource):
    """``client.routes``."""

    @property
    def v2(self) -> RoutesV2:
        """Version ``v2``."""
        from twilio_async.rest.routes.v2 import RoutesV2

        return RoutesV2(self._transport, self._values)
