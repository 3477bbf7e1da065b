# Generated from specs/twilio-oai/twilio_flex_v2.json by codegen; do not edit.
"""FlexApi v2 on flex-api.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.flex_api.v2.instances_users import FlexUserList
    from twilio_async.rest.flex_api.v2.web_chats import WebChannelsList

__all__ = ["FlexApiV2"]


class FlexApiV2(Resource):
    """``client.flex_api.v2``."""

    @property
    def flex_user(self) -> FlexUserList:
        """``Instances/InstanceSid/Users``."""
        from twilio_async.rest.flex_api.v2.instances_users import FlexUserList

        return FlexUserList(self._transport)

    @property
    def web_channels(self) -> WebChannelsList:
        """``WebChats``."""
        from twilio_async.rest.flex_api.v2.web_chats import WebChannelsList

        return WebChannelsList(self._transport)
