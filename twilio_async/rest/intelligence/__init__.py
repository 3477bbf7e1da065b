# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""``client.intelligence``: Twilio's intelligence.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._operation import Resource

if TYPE_CHECKING:
    from twilio_async.rest.intelligence.v2 import IntelligenceV2

__all__ = ["Intelligence"]


class Intelligence(Resource):
    """``client.intelligence``."""

    @property
    def v2(self) -> IntelligenceV2:
        """Version ``v2``."""
        from twilio_async.rest.intelligence.v2 import IntelligenceV2

        return IntelligenceV2(self._transport, self._values)
