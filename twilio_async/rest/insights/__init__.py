# Generated from specs/twilio-oai/twilio_insights_v1.json, twilio_insights_v2.json by codegen; do not edit.
"""``client.insights``: Twilio's insights.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.insights.v1 import InsightsV1
    from twilio_async.rest.insights.v2 import InsightsV2

__all__ = ["Insights"]


class Insights(Resource):
    """``client.insights``."""

    @property
    def v1(self) -> InsightsV1:
        """Version ``v1``."""
        from twilio_async.rest.insights.v1 import InsightsV1

        return InsightsV1(self._transport, self._values)

    @property
    def v2(self) -> InsightsV2:
        """Version ``v2``."""
        from twilio_async.rest.insights.v2 import InsightsV2

        return InsightsV2(self._transport, self._values)
