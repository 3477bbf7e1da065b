# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""``client.conversations``: Twilio's conversations.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.conversations.v1 import ConversationsV1

__all__ = ["Conversations"]


class Conversations(Resource):
    """``client.conversations``."""

    @property
    def v1(self) -> ConversationsV1:
        """Version ``v1``."""
        from twilio_async.rest.conversations.v1 import ConversationsV1

        return ConversationsV1(self._transport, self._values)
