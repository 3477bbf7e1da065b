# Generated from specs/twilio-oai/twilio_studio_v1.json, twilio_studio_v2.json by codegen; do not edit.
"""``client.studio``: Twilio's studio.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.studio.v1 import StudioV1
    from twilio_async.rest.studio.v2 import StudioV2

__all__ = ["Studio"]


class Studio(Resource):
    """``client.studio``."""

    @property
    def v1(self) -> StudioV1:
        """Version ``v1``."""
        from twilio_async.rest.studio.v1 import StudioV1

        return StudioV1(self._transport, self._values)

    @property
    def v2(self) -> StudioV2:
        """Version ``v2``."""
        from twilio_async.rest.studio.v2 import StudioV2

        return StudioV2(self._transport, self._values)
