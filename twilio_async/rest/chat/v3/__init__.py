# Generated from specs/twilio-oai/twilio_chat_v3.json by codegen; do not edit.
"""Chat v3 on chat.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.chat.v3.services_channels import ChannelList

__all__ = ["ChatV3"]


class ChatV3(Resource):
    """``client.chat.v3``."""

    @property
    def channels(self) -> ChannelList:
        """``Services/ServiceSid/Channels``."""
        from twilio_async.rest.chat.v3.services_channels import ChannelList

        return ChannelList(self._transport)
