# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""``client.verify``: Twilio's verify.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.verify.v2 import VerifyV2

__all__ = ["Verify"]


class Verify(Resource):
    """``client.verify``."""

    @property
    def v2(self) -> VerifyV2:
        """Version ``v2``."""
        from twilio_async.rest.verify.v2 import VerifyV2

        return VerifyV2(self._transport, self._values)
