# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""``client.trusthub``: Twilio's trusthub.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.trusthub.v1 import TrusthubV1

__all__ = ["Trusthub"]


class Trusthub(Resource):
    """``client.trusthub``."""

    @property
    def v1(self) -> TrusthubV1:
        """Version ``v1``."""
        from twilio_async.rest.trusthub.v1 import TrusthubV1

        return TrusthubV1(self._transport, self._values)
