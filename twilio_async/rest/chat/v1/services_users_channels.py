# Generated from specs/twilio-oai/twilio_chat_v1.json by codegen; do not edit.
"""Chat v1: UserChannel (Services/ServiceSid/Users/UserSid/Channels) on chat.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["UserChannel", "UserChannelChannelStatus", "UserChannelList"]


class UserChannelChannelStatus(OpenEnum):
    """``user_channel_enum_channel_status``."""

    JOINED = "joined"
    INVITED = "invited"
    NOT_PARTICIPATING = "not_participating"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UserChannel(Record):
    """Record ``chat.v1.service.user.user_channel`` (every field may be ``None``)."""

    account_sid: str | None = None
    service_sid: str | None = None
    channel_sid: str | None = None
    member_sid: str | None = None
    status: UserChannelChannelStatus | None = None
    last_consumed_message_index: int | None = None
    unread_messages_count: int | None = None
    links: dict[str, Any] | None = None


_LIST_LIST: Operation[UserChannel] = Operation(
    id="chat.v1.services.users.user_channels.list",
    method="GET",
    product="chat",
    path="/v1/Services/{ServiceSid}/Users/{UserSid}/Channels",
    spec="chat_v1",
    record=UserChannel,
    paging="meta",
    envelope="channels",
)


class UserChannelList(Resource):
    """``Services/ServiceSid/Users/UserSid/Channels``."""

    _path = "/v1/Services/{ServiceSid}/Users/{UserSid}/Channels"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[UserChannel]:
        """List all Channels for a given User. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[UserChannel]:
        """List all Channels for a given User. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[UserChannel]:
        """List all Channels for a given User. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
