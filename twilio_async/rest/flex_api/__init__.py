# Generated from specs/twilio-oai/twilio_flex_v1.json, twilio_flex_v2.json by codegen; do not edit.
"""``client.flex_api``: Twilio's flex-api.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.flex_api.v1 import FlexApiV1
    from twilio_async.rest.flex_api.v2 import FlexApiV2

__all__ = ["FlexApi"]


class FlexApi(Resource):
    """``client.flex_api``."""

    @property
    def v1(self) -> FlexApiV1:
        """Version ``v1``."""
        from twilio_async.rest.flex_api.v1 import FlexApiV1

        return FlexApiV1(self._transport, self._values)

    @property
    def v2(self) -> FlexApiV2:
        """Version ``v2``."""
        from twilio_async.rest.flex_api.v2 import FlexApiV2

        return FlexApiV2(self._transport, self._values)
