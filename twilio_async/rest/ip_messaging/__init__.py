# Generated from specs/twilio-oai/twilio_ip_messaging_v1.json, twilio_ip_messaging_v2.json by codegen; do not edit.
"""``client.ip_messaging``: Twilio's ip-messaging.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.ip_messaging.v1 import IpMessagingV1
    from twilio_async.rest.ip_messaging.v2 import IpMessagingV2

__all__ = ["IpMessaging"]


class IpMessaging(Resource):
    """``client.ip_messaging``."""

    @property
    def v1(self) -> IpMessagingV1:
        """Version ``v1``."""
        from twilio_async.rest.ip_messaging.v1 import IpMessagingV1

        return IpMessagingV1(self._transport, self._values)

    @property
    def v2(self) -> IpMessagingV2:
        """Version ``v2``."""
        from twilio_async.rest.ip_messaging.v2 import IpMessagingV2

        return IpMessagingV2(self._transport, self._values)
