# Generated from specs/twilio-oai/twilio_messaging_v1.json, twilio_messaging_v2.json, twilio_messaging_v3.json by codegen; do not edit.
"""``client.messaging``: Twilio's messaging.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.messaging.v1 import MessagingV1
    from twilio_async.rest.messaging.v2 import MessagingV2
    from twilio_async.rest.messaging.v3 import MessagingV3

__all__ = ["Messaging"]


class Messaging(Resource):
    """``client.messaging``."""

    @property
    def v1(self) -> MessagingV1:
        """Version ``v1``."""
        from twilio_async.rest.messaging.v1 import MessagingV1

        return MessagingV1(self._transport, self._values)

    @property
    def v2(self) -> MessagingV2:
        """Version ``v2``."""
        from twilio_async.rest.messaging.v2 import MessagingV2

        return MessagingV2(self._transport, self._values)

    @property
    def v3(self) -> MessagingV3:
        """Version ``v3``."""
        from twilio_async.rest.messaging.v3 import MessagingV3

        return MessagingV3(self._transport, self._values)
