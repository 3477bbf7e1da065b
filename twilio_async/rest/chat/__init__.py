# Generated from specs/twilio-oai/twilio_chat_v1.json, twilio_chat_v2.json, twilio_chat_v3.json by codegen; do not edit.
"""``client.chat``: Twilio's chat.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.chat.v1 import ChatV1
    from twilio_async.rest.chat.v2 import ChatV2
    from twilio_async.rest.chat.v3 import ChatV3

__all__ = ["Chat"]


class Chat(Resource):
    """``client.chat``."""

    @property
    def v1(self) -> ChatV1:
        """Version ``v1``."""
        from twilio_async.rest.chat.v1 import ChatV1

        return ChatV1(self._transport, self._values)

    @property
    def v2(self) -> ChatV2:
        """Version ``v2``."""
        from twilio_async.rest.chat.v2 import ChatV2

        return ChatV2(self._transport, self._values)

    @property
    def v3(self) -> ChatV3:
        """Version ``v3``."""
        from twilio_async.rest.chat.v3 import ChatV3

        return ChatV3(self._transport, self._values)
