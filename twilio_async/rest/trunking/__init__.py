# Generated from specs/twilio-oai/twilio_trunking_v1.json by codegen; do not edit.
"""``client.trunking``: Twilio's trunking.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.trunking.v1 import TrunkingV1

__all__ = ["Trunking"]


class Trunking(Resource):
    """``client.trunking``."""

    @property
    def v1(self) -> TrunkingV1:
        """Version ``v1``."""
        from twilio_async.rest.trunking.v1 import TrunkingV1

        return TrunkingV1(self._transport, self._values)
