# Generated from specs/twilio-oai/twilio_lookups_v1.json, twilio_lookups_v2.json by codegen; do not edit.
"""``client.lookups``: Twilio's lookups.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.lookups.v1 import LookupsV1
    from twilio_async.rest.lookups.v2 import LookupsV2

__all__ = ["Lookups"]


class Lookups(Resource):
    """``client.lookups``."""

    @property
    def v1(self) -> LookupsV1:
        """Version ``v1``."""
        from twilio_async.rest.lookups.v1 import LookupsV1

        return LookupsV1(self._transport, self._values)

    @property
    def v2(self) -> LookupsV2:
        """Version ``v2``."""
        from twilio_async.rest.lookups.v2 import LookupsV2

        return LookupsV2(self._transport, self._values)
