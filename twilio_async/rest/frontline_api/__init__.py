# Generated from specs/twilio-oai/twilio_frontline_v1.json by codegen; do not edit.
"""``client.frontline_api``: Twilio's frontline-api.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.frontline_api.v1 import FrontlineApiV1

__all__ = ["FrontlineApi"]


class FrontlineApi(Resource):
    """``client.frontline_api``."""

    @property
    def v1(self) -> FrontlineApiV1:
        """Version ``v1``."""
        from twilio_async.rest.frontline_api.v1 import FrontlineApiV1

        return FrontlineApiV1(self._transport, self._values)
