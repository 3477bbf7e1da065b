# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""``client.serverless``: Twilio's serverless.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.serverless.v1 import ServerlessV1

__all__ = ["Serverless"]


class Serverless(Resource):
    """``client.serverless``."""

    @property
    def v1(self) -> ServerlessV1:
        """Version ``v1``."""
        from twilio_async.rest.serverless.v1 import ServerlessV1

        return ServerlessV1(self._transport, self._values)
