# Generated from specs/twilio-oai/twilio_iam_v1.json by codegen; do not edit.
"""``client.iam``: Twilio's iam.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.iam.v1 import IamV1

__all__ = ["Iam"]


class Iam(Resource):
    """``client.iam``."""

    @property
    def v1(self) -> IamV1:
        """Version ``v1``."""
        from twilio_async.rest.iam.v1 import IamV1

        return IamV1(self._transport, self._values)
